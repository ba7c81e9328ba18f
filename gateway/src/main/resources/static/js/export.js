// Exports of a period as files: CSV for a French spreadsheet, or Excel, or PDF. Fetched with the token in the
// Authorization header, then saved from a Blob link: the token never goes into an address.
import { h, mount, notice, field, uid } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';
import { isoDate } from './format.js';
import { unavailable } from './ui.js';

const TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** `path` with `format=` (and any other parameter) added. */
function withParams(path, params) {
  const [base, query = ''] = path.split('?');
  const search = new URLSearchParams(query);
  Object.entries(params).forEach(([key, value]) => { if (value) search.set(key, value); });
  return `${base}?${search}`;
}

/** The file name of a Content-Disposition header, if it gives one. */
function fileNameOf(disposition) {
  const match = /filename="([^"]+)"/.exec(disposition || '');
  return match ? match[1] : null;
}

/** Downloads the export at `path` in `format` (csv, xlsx or pdf); answers the file's name. */
export async function downloadExport(path, format, fallbackName) {
  const response = await api(withParams(path, { format }), { accept: TYPES[format], raw: true });
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition')) || `${fallbackName}.${format}`;
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, class: 'visually-hidden' }, name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

/**
 * « Exporter (CSV) » and « Exporter (Excel) » for what `path()` answers (a function: the period may change),
 * with a polite message saying what was downloaded or why not. `id` prefixes the buttons' ids.
 */
export function exportButtons({ path, fileBase, id = 'export' }) {
  const live = h('div', { 'aria-live': 'polite', class: 'export-message' });
  const button = format => h('button', {
    type: 'button', class: 'secondary', id: `${id}-${format}`, dataset: { export: format },
    onclick: async event => {
      const target = event.currentTarget;
      const where = typeof path === 'function' ? path() : path;
      if (!where) return;
      target.disabled = true;
      target.setAttribute('aria-busy', 'true');
      mount(live, h('p', { class: 'loading' }, t('export.busy')));
      try {
        const name = await downloadExport(where, format, fileBase);
        mount(live, notice('success', t('export.done', { name })));
      } catch (error) {
        mount(live, unavailable(error));
      } finally {
        target.disabled = false;
        target.removeAttribute('aria-busy');
      }
    },
  }, t(`export.${format}`));
  return h('div', { class: 'export-actions' }, h('div', { class: 'actions' }, button('csv'), button('xlsx')), live);
}

/** A period (this month by default) and the two buttons: the export of `path` with `from` and `to`. */
export function periodExport({ path, fileBase, id = 'export', title = t('export.period') }) {
  const now = new Date();
  const from = h('input', { type: 'date', value: isoDate(new Date(now.getFullYear(), now.getMonth(), 1)), required: true });
  const to = h('input', { type: 'date', value: isoDate(new Date(now.getFullYear(), now.getMonth() + 1, 0)), required: true });
  const error = h('div', { 'aria-live': 'polite' });
  const chosen = () => {
    if (!from.value || !to.value || to.value < from.value) {
      mount(error, notice('error', t('export.badPeriod')));
      return null;
    }
    mount(error);
    return `${path}${path.includes('?') ? '&' : '?'}from=${from.value}&to=${to.value}`;
  };
  const headingId = uid('export-heading');
  return h('section', { class: 'period-export', id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    h('div', { class: 'inline-form' },
      field({ label: t('export.from'), name: `${id}-from`, control: from, required: true }),
      field({ label: t('export.to'), name: `${id}-to`, control: to, required: true })),
    error,
    exportButtons({ path: chosen, fileBase, id }));
}

/**
 * A statement's four downloads (issue 16): « CSV pour Excel » (the French dialect: `;`, BOM, decimal comma),
 * « CSV (RFC 4180) » for programs, Excel and PDF, each fetched from `path()` (a function: the month may change).
 * Ids: `<id>-csv` (French), `<id>-csv-rfc4180`, `<id>-xlsx`, `<id>-pdf`; `pdf: false` leaves the PDF out.
 */
export function statementDownloads({ path, fileBase, id = 'download', pdf = true }) {
  const live = h('div', { 'aria-live': 'polite', class: 'export-message' });
  const files = [
    { key: 'csv', format: 'csv', dialect: 'fr', label: 'download.csvFr' },
    { key: 'csv-rfc4180', format: 'csv', dialect: 'rfc4180', label: 'download.csvRfc' },
    { key: 'xlsx', format: 'xlsx', label: 'download.xlsx' },
    ...(pdf ? [{ key: 'pdf', format: 'pdf', label: 'download.pdf' }] : []),
  ];
  const button = file => h('button', {
    type: 'button', class: 'secondary', id: `${id}-${file.key}`, dataset: { export: file.key },
    onclick: async event => {
      const target = event.currentTarget;
      const where = typeof path === 'function' ? path() : path;
      if (!where) return;
      target.disabled = true;
      target.setAttribute('aria-busy', 'true');
      mount(live, h('p', { class: 'loading' }, t('export.busy')));
      try {
        const name = await downloadExport(withParams(where, { dialect: file.dialect }), file.format, fileBase);
        mount(live, notice('success', t('export.done', { name })));
      } catch (error) {
        mount(live, unavailable(error));
      } finally {
        target.disabled = false;
        target.removeAttribute('aria-busy');
      }
    },
  }, t(file.label));
  return h('div', { class: 'export-actions' }, h('div', { class: 'actions' }, files.map(button)), live);
}
