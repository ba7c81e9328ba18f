// Company admins: approve and revoke employees; the monthly statement (HT, TVA, TTC, totals by VAT rate, the
// month's commitments apart) with a chart by category, as CSV for Excel, CSV RFC 4180, Excel or PDF; the bilan RSE.
import { h, mount, notice, field, scrollTable } from '../dom.js';
import { t, colon } from '../i18n.js';
import { api, items } from '../api.js';
import { money, date, text, isoMonth, dateTime, number } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { barChart, tally } from '../charts.js';
import { badge, unavailable } from '../ui.js';
import { statementDownloads } from '../export.js';
import { renderImpact } from './company-impact.js';

export async function render(main, params, query) {
  const companyId = query.get('id') || session.user().companyId;
  if (!companyId) {
    mount(main, h('h1', {}, t('nav.companyAdmin')), notice('info', t('admin.noCompany')));
    return;
  }
  const base = `/api/companies/${encodeURIComponent(companyId)}`;
  let company = { name: companyId };
  try {
    company = await api(base);
  } catch (error) {
    mount(main, h('h1', {}, t('nav.companyAdmin')), unavailable(error, () => render(main, params, query)));
    return;
  }
  const employees = h('section', { 'aria-labelledby': 'employees-heading' });
  const statement = h('section', { 'aria-labelledby': 'statement-heading' });
  const impact = h('section', { id: 'impact' });
  mount(main, h('h1', {}, t('admin.title', { name: company.name || companyId })), employees, statement, impact);
  renderEmployees(employees, base);
  renderStatement(statement, base, query.get('mois') || isoMonth());
  renderImpact(impact, base);
}

async function renderEmployees(section, base) {
  const heading = h('h2', { id: 'employees-heading' }, t('admin.employees'));
  mount(section, heading, h('p', { class: 'loading' }, t('loading')));
  let list;
  try {
    list = items(await api(`${base}/employees?size=100`));
  } catch (error) {
    mount(section, heading, unavailable(error, () => renderEmployees(section, base)));
    return;
  }
  const live = h('div', { 'aria-live': 'polite' });
  if (!list.length) {
    mount(section, heading, notice('info', t('admin.employees.none')));
    return;
  }
  const act = (employee, action) => async event => {
    event.target.disabled = true;
    try {
      await api(`${base}/employees/${encodeURIComponent(employee.userId)}/${action}`, { method: 'POST', body: {} });
      await renderEmployees(section, base);
      section.querySelector(`[data-user="${CSS.escape(employee.userId)}"] button`)?.focus();
    } catch (error) {
      event.target.disabled = false;
      mount(live, unavailable(error));
    }
  };
  mount(section, heading, live,
    scrollTable(`${colon(t('admin.employees'))}${t('col.status')}`, h('table', { id: 'employees' },
      h('thead', {}, h('tr', {}, [t('col.name'), t('col.email'), t('col.status'), t('admin.requestedAt'), t('col.actions')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, list.map(e => h('tr', { dataset: { user: e.userId } },
        h('th', { scope: 'row' }, e.displayName || e.email),
        h('td', {}, e.email),
        h('td', {}, badge('company.status', e.status)),
        h('td', {}, e.requestedAt ? dateTime(e.requestedAt) : '—'),
        h('td', {},
          e.status !== 'APPROVED' ? h('button', { type: 'button', class: 'small', onclick: act(e, 'approve') }, t('admin.approve.short'), h('span', { class: 'visually-hidden' }, ` ${e.displayName || e.email}`)) : null,
          e.status === 'APPROVED' ? h('button', { type: 'button', class: 'small danger', onclick: act(e, 'revoke') }, t('admin.revoke.short'), h('span', { class: 'visually-hidden' }, ` ${e.displayName || e.email}`)) : null)))))));
}

async function renderStatement(section, base, month) {
  const monthInput = h('input', { type: 'month', name: 'month', value: month, required: true, pattern: '\\d{4}-\\d{2}' });
  const form = h('form', { class: 'inline-form', id: 'statement-form' },
    field({ label: t('admin.month'), name: 'month', control: monthInput, required: true }),
    h('button', { type: 'submit', class: 'secondary' }, t('admin.show')));
  const body = h('div', { 'aria-live': 'polite' });
  mount(section, h('h2', { id: 'statement-heading' }, t('admin.statement')), form, body);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (/^\d{4}-\d{2}$/.test(monthInput.value)) load(monthInput.value);
  });
  const load = async value => {
    mount(body, h('p', { class: 'loading' }, t('loading')));
    let statement;
    try {
      statement = await api(`${base}/statements/${value}`);
    } catch (error) {
      mount(body, unavailable(error, () => load(value)));
      return;
    }
    const [categoryName, serviceCategory] = await Promise.all([territory.categoryName(), territory.serviceCategory()]);
    const lines = statement.lines || [];
    const employerOf = l => l.employerShareCents ?? l.price?.employerShareCents ?? 0;
    const employeeOf = l => l.employeeShareCents ?? l.customerShareCents ?? l.price?.customerShareCents ?? 0;
    const totalOf = l => l.totalCents ?? l.price?.totalCents ?? (employerOf(l) + employeeOf(l));
    const categoryOf = l => l.category || serviceCategory(l.serviceId);
    const chart = barChart({
      title: t('admin.byCategory'),
      data: tally(lines, l => categoryName(categoryOf(l)), employerOf),
      format: money,
      empty: t('admin.lines.none'),
    });
    // the API's default CSV stays RFC 4180 for programs: each button names its dialect
    const files = statementDownloads({ path: `${base}/statements/${value}`, fileBase: `releve-${value}`, id: 'download' });
    const rate = r => `${number(r, 2)} %`;
    const commitments = statement.commitments || [];
    const committed = statement.commitmentTotals || {};
    const heading = (cols) => h('thead', {}, h('tr', {}, cols.map(c => h('th', { scope: 'col' }, c))));
    mount(body,
      h('dl', { class: 'kpis' },
        h('div', {}, h('dt', {}, t('admin.subtotal')), h('dd', { id: 'statement-subtotal' }, money(statement.subtotalCents))),
        h('div', {}, h('dt', {}, t('admin.vat')), h('dd', { id: 'statement-vat' }, money(statement.vatCents))),
        h('div', {}, h('dt', {}, t('admin.totalTtc')), h('dd', { id: 'statement-total' }, money(statement.totalCents))),
        h('div', {}, h('dt', {}, t('admin.employerTotal')), h('dd', { id: 'employer-total' }, money(statement.employerTotalCents))),
        h('div', {}, h('dt', {}, t('admin.employeeTotal')), h('dd', {}, money(statement.employeeTotalCents)))),
      files, chart,
      (statement.vatTotals || []).length ? scrollTable(t('admin.vatTotals'), h('table', { id: 'statement-vat-totals' },
        h('caption', {}, t('admin.vatTotals')),
        heading([t('admin.vatRate'), t('admin.subtotal'), t('admin.vat'), t('admin.totalTtc')]),
        h('tbody', {}, statement.vatTotals.map(v => h('tr', {},
          h('th', { scope: 'row' }, rate(v.ratePercent)),
          h('td', {}, money(v.subtotalCents)), h('td', {}, money(v.vatCents)), h('td', {}, money(v.totalCents))))))) : null,
      h('h3', {}, t('admin.lines')),
      lines.length ? scrollTable(t('admin.lines'), h('table', { id: 'statement-lines' },
        heading([t('orders.number'), t('col.date'), t('col.employee'), t('col.service'), t('col.category'), t('admin.subtotal'), t('admin.vat'), t('admin.totalTtc'), t('col.employer'), t('col.employeePart')]),
        h('tbody', {}, lines.map(l => h('tr', {},
          h('th', { scope: 'row' }, l.orderNumber || l.number || l.orderId || ''),
          h('td', {}, l.date || l.slot?.date ? date(l.date || l.slot?.date) : (l.completedAt ? dateTime(l.completedAt) : '—')),
          h('td', {}, l.employeeName || l.displayName || l.customer?.displayName || l.employeeEmail || ''),
          h('td', {}, text(l.serviceTitle) || l.serviceId || ''),
          h('td', {}, categoryName(categoryOf(l)) || ''),
          h('td', {}, money(l.subtotalCents)),
          h('td', {}, `${money(l.vatCents)} (${rate(l.vatRatePercent)})`),
          h('td', {}, money(totalOf(l))),
          h('td', {}, money(employerOf(l))),
          h('td', {}, money(employeeOf(l)))))))) : notice('info', t('admin.lines.none')),
      h('h3', {}, t('admin.commitments')),
      h('p', { class: 'hint' }, t('admin.commitments.hint')),
      commitments.length ? scrollTable(t('admin.commitments'), h('table', { id: 'statement-commitments' },
        heading([t('orders.number'), t('col.date'), t('col.employee'), t('col.service'), t('col.status'), t('admin.totalTtc'), t('col.employer')]),
        h('tbody', {}, commitments.map(c => h('tr', {},
          h('th', { scope: 'row' }, c.orderNumber),
          h('td', {}, date(c.slotDate)),
          h('td', {}, c.employeeName || ''),
          h('td', {}, text(c.serviceTitle)),
          h('td', {}, t(`state.${c.state}`)),
          h('td', {}, money(c.totalCents)),
          h('td', {}, money(c.employerShareCents))))),
        h('tfoot', {}, h('tr', {},
          h('th', { scope: 'row', colspan: 5 }, t('admin.commitments.total', { count: committed.count ?? commitments.length })),
          h('td', { id: 'commitments-total' }, money(committed.totalCents)),
          h('td', { id: 'commitments-employer' }, money(committed.employerShareCents)))))) : notice('info', t('admin.commitments.none')));
  };
  load(month);
}
