// A company's « bilan RSE » (issue 16): for a year or a month, the hours of work its employees' orders gave member
// structures and people in insertion, by structure and by category, the kinds of structure explained, and the PDF.
import { h, mount, notice, field, scrollTable, uid } from '../dom.js';
import { t, lang } from '../i18n.js';
import { api } from '../api.js';
import { number, isoMonth } from '../format.js';
import * as territory from '../territory.js';
import { barChart } from '../charts.js';
import { unavailable } from '../ui.js';
import { downloadExport } from '../export.js';

const hours = value => t('impact.hours', { hours: number(value, 2) });

/** The periods offered: this year and the two before, then the last twelve months, newest first. */
function periods(now = new Date()) {
  const years = [0, 1, 2].map(back => String(now.getFullYear() - back));
  const months = Array.from({ length: 12 }, (_, back) => isoMonth(new Date(now.getFullYear(), now.getMonth() - back, 1)));
  return { years, months };
}

function monthLabel(month) {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
}

/** Renders the bilan RSE of the company at `base` (`/api/companies/{id}`) into `section`. */
export function renderImpact(section, base) {
  const { years, months } = periods();
  const select = h('select', { name: 'impact-period', id: 'impact-period' },
    h('optgroup', { label: t('impact.years') }, years.map(y => h('option', { value: `year=${y}` }, y))),
    h('optgroup', { label: t('impact.months') }, months.map(m => h('option', { value: `month=${m}` }, monthLabel(m)))));
  const form = h('form', { class: 'inline-form', id: 'impact-form' },
    field({ label: t('impact.period'), name: 'impact-period', control: select, required: true }),
    h('button', { type: 'submit', class: 'secondary' }, t('admin.show')));
  const body = h('div', { 'aria-live': 'polite', id: 'impact-body' });
  const headingId = uid('impact-heading');
  section.setAttribute('aria-labelledby', headingId);
  mount(section, h('h2', { id: headingId }, t('impact.title')), h('p', { class: 'hint' }, t('impact.intro')), form, body);
  form.addEventListener('submit', event => {
    event.preventDefault();
    load(select.value);
  });
  const load = async period => {
    mount(body, h('p', { class: 'loading' }, t('loading')));
    let impact;
    try {
      impact = await api(`${base}/impact?${period}`);
    } catch (error) {
      mount(body, unavailable(error, () => load(period)));
      return;
    }
    const categoryName = await territory.categoryName();
    const live = h('div', { 'aria-live': 'polite', class: 'export-message' });
    const pdf = h('button', {
      type: 'button', class: 'secondary', id: 'impact-pdf',
      onclick: async event => {
        const target = event.currentTarget;
        target.disabled = true;
        mount(live, h('p', { class: 'loading' }, t('export.busy')));
        try {
          const name = await downloadExport(`${base}/impact?${period}`, 'pdf', `bilan-rse-${impact.period}`);
          mount(live, notice('success', t('export.done', { name })));
        } catch (error) {
          mount(live, unavailable(error));
        } finally {
          target.disabled = false;
        }
      },
    }, t('impact.pdf'));
    const typeName = code => (impact.structureTypes || []).find(s => s.code === code)?.[lang() === 'en' ? 'nameEn' : 'name'] || code;
    const structures = impact.byStructure || [];
    mount(body,
      h('dl', { class: 'kpis' },
        h('div', {}, h('dt', {}, t('impact.orders')), h('dd', { id: 'impact-orders' }, number(impact.ordersCompleted))),
        h('div', {}, h('dt', {}, t('impact.hoursWorked')), h('dd', { id: 'impact-hours' }, hours(impact.hoursWorked))),
        h('div', {}, h('dt', {}, t('impact.insertionHours')), h('dd', { id: 'impact-insertion' }, hours(impact.insertionHours))),
        h('div', {}, h('dt', {}, t('impact.siae')), h('dd', {}, hours(impact.siaeInsertionHours)))),
      h('div', { class: 'export-actions' }, h('div', { class: 'actions' }, pdf), live),
      barChart({
        title: t('impact.byStructure'),
        data: structures.map(s => ({ label: s.memberName, value: Number(s.hoursWorked), marker: Number(s.insertionHours) })),
        format: hours,
        markerLabel: t('impact.ofWhichInsertion'),
        legend: t('impact.chartLegend'),
        empty: t('impact.none'),
      }),
      structures.length ? scrollTable(t('impact.byStructure'), h('table', { id: 'impact-structures' },
        h('thead', {}, h('tr', {}, [t('impact.structure'), t('impact.type'), t('impact.orders'), t('impact.hoursWorked'), t('impact.insertionHours')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, structures.map(s => h('tr', {},
          h('th', { scope: 'row' }, s.memberName),
          h('td', {}, typeName(s.structureType)),
          h('td', {}, number(s.orders)),
          h('td', {}, hours(s.hoursWorked)),
          h('td', {}, hours(s.insertionHours))))))) : null,
      (impact.byCategory || []).length ? scrollTable(t('impact.byCategory'), h('table', { id: 'impact-categories' },
        h('caption', {}, t('impact.byCategory')),
        h('thead', {}, h('tr', {}, [t('col.category'), t('impact.orders'), t('impact.hoursWorked'), t('impact.insertionHours')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, impact.byCategory.map(c => h('tr', {},
          h('th', { scope: 'row' }, categoryName(c.key) || c.key),
          h('td', {}, number(c.orders)),
          h('td', {}, hours(c.hoursWorked)),
          h('td', {}, hours(c.insertionHours))))))) : null,
      (impact.structureTypes || []).length ? h('section', { class: 'structure-types' },
        h('h3', {}, t('impact.types')),
        h('dl', {}, impact.structureTypes.flatMap(s => [
          h('dt', {}, `${s.code} — ${lang() === 'en' ? s.nameEn : s.name}`),
          h('dd', {}, lang() === 'en' ? s.explanationEn : s.explanation)]))) : null);
  };
  load(select.value);
}
