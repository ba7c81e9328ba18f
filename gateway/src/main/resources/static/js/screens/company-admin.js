// Company admins: approve and revoke employees; the monthly statement with a chart by category, as CSV or Excel.
import { h, mount, notice, field, scrollTable } from '../dom.js';
import { t, colon } from '../i18n.js';
import { api, items } from '../api.js';
import { money, date, text, isoMonth, dateTime } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { barChart, tally } from '../charts.js';
import { badge, unavailable } from '../ui.js';
import { exportButtons } from '../export.js';

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
  mount(main, h('h1', {}, t('admin.title', { name: company.name || companyId })), employees, statement);
  renderEmployees(employees, base);
  renderStatement(statement, base, query.get('mois') || isoMonth());
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
    // the French spreadsheet's CSV (the API's default CSV stays RFC 4180 for programs)
    const files = exportButtons({ path: `${base}/statements/${value}?dialect=fr`, fileBase: `releve-${value}`, id: 'download' });
    mount(body,
      h('dl', { class: 'kpis' },
        h('div', {}, h('dt', {}, t('admin.employerTotal')), h('dd', { id: 'employer-total' }, money(statement.employerTotalCents))),
        h('div', {}, h('dt', {}, t('admin.employeeTotal')), h('dd', {}, money(statement.employeeTotalCents)))),
      chart, files,
      h('h3', {}, t('admin.lines')),
      lines.length ? scrollTable(t('admin.lines'), h('table', { id: 'statement-lines' },
        h('thead', {}, h('tr', {}, [t('orders.number'), t('col.date'), t('col.employee'), t('col.service'), t('col.category'), t('col.total'), t('col.employer'), t('col.employeePart')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, lines.map(l => h('tr', {},
          h('th', { scope: 'row' }, l.orderNumber || l.number || l.orderId || ''),
          h('td', {}, l.date || l.slot?.date ? date(l.date || l.slot?.date) : (l.completedAt ? dateTime(l.completedAt) : '—')),
          h('td', {}, l.employeeName || l.displayName || l.customer?.displayName || l.employeeEmail || ''),
          h('td', {}, text(l.serviceTitle) || l.serviceId || ''),
          h('td', {}, categoryName(categoryOf(l)) || ''),
          h('td', {}, money(totalOf(l))),
          h('td', {}, money(employerOf(l))),
          h('td', {}, money(employeeOf(l)))))))) : notice('info', t('admin.lines.none')));
  };
  load(month);
}
