// Member staff: « Relevé mensuel », the month's jobs done with hours, insertion hours, revenue (HT) and the pole's
// commission, totals, and the four downloads (CSV for Excel, CSV RFC 4180, Excel, PDF). Coordinators: ?membre=<id>.
import { h, mount, notice, field, scrollTable } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { money, date, number, isoMonth } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { unavailable } from '../ui.js';
import { statementDownloads } from '../export.js';

export async function render(main, params, query) {
  const user = session.user();
  const memberId = user.memberId || query.get('membre');
  if (!memberId) {
    mount(main, h('h1', {}, t('nav.memberStatement')), notice('info', t('jobs.noMember')));
    return;
  }
  const memberName = await territory.memberName();
  const base = `/api/members/${encodeURIComponent(memberId)}/statements`;
  const monthInput = h('input', { type: 'month', name: 'month', value: query.get('mois') || isoMonth(), required: true, pattern: '\\d{4}-\\d{2}' });
  const form = h('form', { class: 'inline-form', id: 'member-statement-form' },
    field({ label: t('admin.month'), name: 'month', control: monthInput, required: true }),
    h('button', { type: 'submit', class: 'secondary' }, t('admin.show')));
  const body = h('div', { 'aria-live': 'polite' });
  mount(main, h('h1', {}, t('memberStatement.title', { member: memberName(memberId) || memberId })),
    h('p', { class: 'hint' }, t('memberStatement.intro')), form, body);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (/^\d{4}-\d{2}$/.test(monthInput.value)) load(monthInput.value);
  });
  const hours = value => number(value, 2);
  const load = async month => {
    mount(body, h('p', { class: 'loading' }, t('loading')));
    let statement;
    try {
      statement = await api(`${base}/${month}`);
    } catch (error) {
      mount(body, unavailable(error, () => load(month)));
      return;
    }
    const categoryName = await territory.categoryName();
    const lines = statement.lines || [];
    mount(body,
      h('dl', { class: 'kpis' },
        h('div', {}, h('dt', {}, t('memberStatement.jobs')), h('dd', { id: 'member-jobs' }, number(statement.jobsDone))),
        h('div', {}, h('dt', {}, t('memberStatement.hours')), h('dd', { id: 'member-hours' }, hours(statement.hoursWorked))),
        h('div', {}, h('dt', {}, t('memberStatement.insertion')), h('dd', { id: 'member-insertion' }, hours(statement.insertionHours))),
        h('div', {}, h('dt', {}, t('memberStatement.revenue')), h('dd', { id: 'member-revenue' }, money(statement.revenueCents))),
        h('div', {}, h('dt', {}, t('memberStatement.commission')), h('dd', { id: 'member-commission' }, money(statement.commissionCents))),
        h('div', {}, h('dt', {}, t('memberStatement.payout')), h('dd', {}, money(statement.payoutCents)))),
      statementDownloads({ path: `${base}/${month}`, fileBase: `releve-${month}`, id: 'member-download' }),
      lines.length ? scrollTable(t('memberStatement.lines'), h('table', { id: 'member-statement-lines' },
        h('thead', {}, h('tr', {}, [t('orders.number'), t('col.date'), t('col.service'), t('col.category'), t('memberStatement.commune'), t('memberStatement.hours'), t('memberStatement.insertion'), t('memberStatement.revenue'), t('memberStatement.commission')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, lines.map(l => h('tr', {},
          h('th', { scope: 'row' }, l.orderNumber),
          h('td', {}, date(l.completedOn)),
          h('td', {}, l.serviceName),
          h('td', {}, categoryName(l.category) || l.category),
          h('td', {}, l.communeName),
          h('td', {}, hours(l.hoursWorked)),
          h('td', {}, hours(l.insertionHours)),
          h('td', {}, money(l.revenueCents)),
          h('td', {}, money(l.commissionCents))))),
        h('tfoot', {}, h('tr', {},
          h('th', { scope: 'row', colspan: 5 }, t('memberStatement.total')),
          h('td', {}, hours(statement.hoursWorked)), h('td', {}, hours(statement.insertionHours)),
          h('td', {}, money(statement.revenueCents)), h('td', {}, money(statement.commissionCents)))))) : notice('info', t('memberStatement.none')));
  };
  load(monthInput.value);
}
