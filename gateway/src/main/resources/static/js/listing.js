// Filters, paging and exports shared by the coordinators' lists and dashboard (issue 14). The filters
// live in the address (#/commandes?state=…&page=2), so a filtered page can be linked and reloaded.
import { h, field } from './dom.js';
import { t, label } from './i18n.js';
import { items, cached } from './api.js';
import { exportButtons as fileButtons } from './export.js';
import { number, isoMonth } from './format.js';
import * as territory from './territory.js';
import { settle } from './ui.js';

export const ORDER_STATES = ['DISPATCHING', 'OFFERED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'UNASSIGNED'];

/** The filters of the API that a query of the address carries (other keys are left out). */
export function apiFilters(query, keys) {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = query.get(key);
    if (value) params.set(key, value);
  }
  return params;
}

/** A month (yyyy-MM) in the address becomes the period's first and last day. */
export function period(query) {
  const month = query.get('month');
  if (month && /^\d{4}-\d{2}$/.test(month) && !query.get('from') && !query.get('to')) {
    const [y, m] = month.split('-').map(Number);
    const last = new Date(y, m, 0).getDate();
    return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, month };
  }
  return { from: query.get('from') || '', to: query.get('to') || '', month: '' };
}

/**
 * The filter form: each choice by name (communes, members, companies), the period as a month or from/to.
 * Applying it rewrites the address of the screen (page back to the first).
 */
export async function filterForm({ path, query, keys, defaultMonth = false }) {
  const [communesR, membersR, companiesR] = await settle([territory.communes(), territory.members(),
    keys.includes('companyId') ? cached('/api/companies').then(items) : Promise.resolve([])]);
  const p = period(query);
  const month = p.month || (defaultMonth && !p.from && !p.to ? isoMonth() : '');
  const options = (list, value, name) => [{ value: '', label: t('filter.any') },
    ...list.map(x => ({ value: value(x), label: name(x) }))];
  const controls = [];
  if (keys.includes('month')) {
    controls.push(field({ label: t('filter.month'), name: 'month', type: 'month', value: month }));
  }
  if (keys.includes('from')) {
    // only days chosen as such: a month's days are not copied here, or they would outlive a change of month
    controls.push(field({ label: t('filter.from'), name: 'from', type: 'date', value: query.get('from') || '' }),
      field({ label: t('filter.to'), name: 'to', type: 'date', value: query.get('to') || '' }));
  }
  if (keys.includes('state')) {
    controls.push(field({ label: t('filter.state'), name: 'state', type: 'select', value: query.get('state') || '',
      options: options(ORDER_STATES, s => s, s => label('state', s)) }));
  }
  if (keys.includes('communeInsee')) {
    const communes = [...(communesR.value || [])].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    controls.push(field({ label: t('filter.commune'), name: 'communeInsee', type: 'select', value: query.get('communeInsee') || '',
      options: options(communes, c => c.inseeCode, c => c.name) }));
  }
  if (keys.includes('memberId')) {
    controls.push(field({ label: t('filter.member'), name: 'memberId', type: 'select', value: query.get('memberId') || '',
      options: options(membersR.value || [], m => m.id, m => m.name) }));
  }
  if (keys.includes('companyId') && (companiesR.value || []).length) {
    controls.push(field({ label: t('filter.company'), name: 'companyId', type: 'select', value: query.get('companyId') || '',
      options: options(companiesR.value, c => c.id, c => c.name) }));
  }
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('filter.title') },
    h('div', { class: 'filter-fields' }, controls),
    h('p', {}, h('button', { type: 'submit' }, t('filter.apply')), ' ',
      h('a', { href: `#${path}`, class: 'button-link' }, t('filter.reset'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const [key, value] of data.entries()) {
      if (String(value)) next.set(key, String(value));
    }
    // a chosen from/to wins over the month
    if (next.get('from') || next.get('to')) next.delete('month');
    location.hash = `#${path}${next.toString() ? `?${next}` : ''}`;
  });
  return form;
}

/** « 1 234 commande(s) — page 2 sur 13 », and links to the other pages that keep the filters. */
export function pager({ path, query, page, size, total, noun = 'list.items' }) {
  const pages = Math.max(1, Math.ceil(total / size));
  const link = p => {
    const next = new URLSearchParams(query);
    next.set('page', String(p));
    return `#${path}?${next}`;
  };
  return h('nav', { class: 'pager', 'aria-label': t('list.pages') },
    h('p', { class: 'list-total', dataset: { total: String(total) } },
      t(noun, { count: number(total) }), ' — ', t('list.page', { page: number(page + 1), pages: number(pages) })),
    h('p', {},
      page > 0 ? h('a', { href: link(page - 1), rel: 'prev' }, t('list.previous')) : null,
      page > 0 && page + 1 < pages ? ' · ' : null,
      page + 1 < pages ? h('a', { href: link(page + 1), rel: 'next' }, t('list.next')) : null));
}

/** The page asked for in the address (0 when absent or wrong). */
export function pageOf(query) {
  const page = Number.parseInt(query.get('page') || '0', 10);
  return Number.isFinite(page) && page >= 0 ? page : 0;
}

/** « Exporter » buttons (js/export.js): the same filters, every page, as CSV (French spreadsheet) or XLSX. */
export function exportButtons(path, params, fileName) {
  const all = new URLSearchParams(params);
  all.delete('page');
  all.delete('size');
  return fileButtons({ path: `${path}${all.toString() ? `?${all}` : ''}`, fileBase: fileName, id: 'orders-export' });
}
