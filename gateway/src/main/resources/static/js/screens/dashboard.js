// Coordinators: the numbers of a period, counted by the services where the data is (issue 14): orders by
// state, category, commune, member and company; revenue and the pole's commission; hours worked and
// insertion hours; for each service, the communes no active member does. Period and filters are in
// the address (#/coordination?month=2026-12&communeInsee=38563), so a view can be linked.
import { h, mount, notice } from '../dom.js';
import { t, label } from '../i18n.js';
import { api, items, cached } from '../api.js';
import { money, number, isoMonth, text } from '../format.js';
import * as territory from '../territory.js';
import { barChart } from '../charts.js';
import { unavailable, settle } from '../ui.js';
import { orderCards, ordersQuery } from './orders.js';
import { filterForm, exportButtons, period } from '../listing.js';
import { exportButtons as fileButtons } from '../export.js';

const PATH = '/coordination';

export async function render(main, params = {}, given = new URLSearchParams()) {
  const query = new URLSearchParams(given);
  if (!query.get('month') && !query.get('from') && !query.get('to')) query.set('month', isoMonth());
  mount(main, h('h1', {}, t('dash.title')), h('p', { class: 'loading' }, t('loading')));
  const filters = await filterForm({ path: PATH, query, keys: ['month', 'from', 'communeInsee', 'memberId', 'companyId'], defaultMonth: true });
  const orderFilters = ordersQuery(query);
  const jobFilters = new URLSearchParams();
  for (const key of ['from', 'to', 'communeInsee', 'memberId']) if (orderFilters.get(key)) jobFilters.set(key, orderFilters.get(key));
  const recentQuery = new URLSearchParams(orderFilters);
  recentQuery.set('size', '10');
  const [reportR, jobsR, gapsR, recentR, membersR, categoriesR, communesR, companiesR] = await settle([
    api(`/api/reports/orders?${orderFilters}`), api(`/api/reports/jobs?${jobFilters}`), api('/api/reports/coverage-gaps'),
    api(`/api/orders?${recentQuery}`), territory.members(), territory.categories(), territory.communes(),
    cached('/api/companies').then(items),
  ]);
  const categoryName = code => text((categoriesR.value || []).find(c => c.code === code)?.label) || code;
  const memberName = id => (membersR.value || []).find(m => m.id === id)?.name || id;
  const communeName = id => (communesR.value || []).find(c => c.inseeCode === id)?.name || id;
  const companyName = id => (companiesR.value || []).find(c => c.id === id)?.name || id;
  const report = reportR.value;
  const jobs = jobsR.value;
  const p = period(query);
  const periodText = report ? t('dash.period', { from: report.from, to: report.to }) : t('dash.period', { from: p.from, to: p.to });

  const sections = [filters, h('p', { class: 'muted', id: 'dash-period' }, periodText)];
  const kpi = (id, term, value) => h('div', {}, h('dt', {}, term), h('dd', { id, dataset: { value: String(value ?? '') } }, value === undefined || value === null ? '—' : value));
  sections.push(h('dl', { class: 'kpis', id: 'kpis' },
    kpi('kpi-orders', t('dash.orders'), report ? number(report.total) : null),
    kpi('kpi-unassigned', t('dash.unassignedKpi'), report ? number(report.byState.UNASSIGNED || 0) : null),
    kpi('kpi-completed', t('dash.completed'), report ? number(report.completed) : null),
    kpi('kpi-revenue', t('dash.revenue'), report ? money(report.revenueCents) : null),
    kpi('kpi-commission', t('dash.commission'), report ? money(report.commissionCents) : null),
    kpi('kpi-hours', t('dash.hours'), jobs ? `${number(jobs.hoursWorked, 2)} h` : null),
    kpi('kpi-insertion', t('dash.insertionTotal'), jobs ? `${number(jobs.insertionHours, 2)} h` : null)));
  if (report) {
    sections[sections.length - 1].querySelector('#kpi-orders').dataset.value = String(report.total);
    sections[sections.length - 1].querySelector('#kpi-unassigned').dataset.value = String(report.byState.UNASSIGNED || 0);
  }
  if (report && report.byState.UNASSIGNED) {
    const reassign = new URLSearchParams();
    if (report.from) reassign.set('from', report.from);
    if (report.to) reassign.set('to', report.to);
    if (query.get('communeInsee')) reassign.set('communeInsee', query.get('communeInsee'));
    sections.push(notice('info', h('a', { href: `#/coordination/reattribuer?${reassign}`, id: 'unassigned-link' },
      t('dash.unassigned', { count: number(report.byState.UNASSIGNED) }))));
  }
  sections.push(exportButtons('/api/orders', orderFilters, 'commandes'));
  const grid = h('div', { class: 'chart-grid' });
  const entries = (map, name) => Object.entries(map || {}).map(([key, value]) => ({ label: name(key), value: Number(value) }))
    .filter(d => d.value > 0).sort((a, b) => b.value - a.value);
  if (reportR.error) {
    grid.append(h('section', {}, h('h2', {}, t('dash.byState')), unavailable(reportR.error)));
  } else {
    grid.append(
      barChart({ title: t('dash.byState'), data: entries(report.byState, s => label('state', s)) }),
      barChart({ title: t('dash.byCategory'), data: entries(report.byCategory, categoryName) }),
      barChart({ title: t('dash.byCommune'), data: entries(report.byCommune, communeName).slice(0, 15) }),
      barChart({ title: t('dash.byMember'), data: entries(report.byMember, memberName) }),
      barChart({ title: t('dash.byCompany'), data: entries(report.byCompany, companyName) }));
  }
  if (jobsR.error) {
    grid.append(h('section', {}, h('h2', {}, t('dash.hours')), unavailable(jobsR.error)));
  }
  const from = report?.from || p.from;
  const to = report?.to || p.to;
  sections.push(grid,
    h('section', { 'aria-labelledby': 'impact-export-heading' }, h('h2', { id: 'impact-export-heading' }, t('export.impact')),
      fileButtons({ path: `/api/impact?from=${from}&to=${to}`, fileBase: `impact-${from}-${to}`, id: 'impact-export' })),
    h('p', {}, h('a', { href: `#/repartition?mois=${(from || isoMonth()).slice(0, 7)}`, id: 'rotation-link' }, t('rotation.link'))));

  // Coverage gaps: for each service of the catalog, the communes no active member does.
  const gaps = h('section', { 'aria-labelledby': 'gaps-heading', id: 'coverage-gaps' }, h('h2', { id: 'gaps-heading' }, t('dash.gaps')));
  if (gapsR.error) {
    gaps.append(unavailable(gapsR.error));
  } else {
    const rows = gapsR.value.gaps || [];
    gaps.append(barChart({ title: t('dash.gaps.chart'), data: rows.map(g => ({ label: text(g.title) || g.serviceId, value: g.missingCount })),
      format: v => number(v), empty: t('dash.gaps.none') }));
    rows.forEach(g => gaps.append(h('details', { dataset: { service: g.serviceId } },
      h('summary', {}, `${text(g.title) || g.serviceId} (${categoryName(g.category)}) — ${t('dash.gaps.count', { count: g.missingCount })}`),
      h('p', {}, g.missing.map(c => c.name).join(', ')))));
  }
  sections.push(gaps);
  const recent = recentR.value ? items(recentR.value) : [];
  if (recent.length) {
    const all = new URLSearchParams(query);
    sections.push(h('section', { 'aria-labelledby': 'recent-heading', id: 'recent-orders' }, h('h2', { id: 'recent-heading' }, t('dash.recent')),
      orderCards(recent), h('p', {}, h('a', { href: `#/commandes?${all}` }, t('dash.allOrders', { count: number(recentR.value.totalElements) })))));
  }
  mount(main, h('h1', {}, t('dash.title')), sections);
}
