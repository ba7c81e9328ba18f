// Coordinators: this month's orders by state, category and member; insertion hours; the commission;
// the communes where a category has no member.
import { h, mount, notice } from '../dom.js';
import { t, label } from '../i18n.js';
import { api, items } from '../api.js';
import { money, number, isoDate, isoMonth, text } from '../format.js';
import * as territory from '../territory.js';
import { barChart, tally } from '../charts.js';
import { unavailable, settle } from '../ui.js';
import { orderCards } from './orders.js';
import { exportButtons } from '../export.js';

export async function render(main) {
  const now = new Date();
  const month = isoMonth(now);
  const from = `${month}-01`;
  const to = isoDate(now);
  mount(main, h('h1', {}, t('dash.title')), h('p', { class: 'loading' }, t('loading')));
  const [ordersR, impactR, membersR, categoriesR, communesR, servicesR] = await settle([
    api(`/api/orders?from=${from}&to=${to}&size=100`).then(items),
    api(`/api/impact?from=${from}&to=${to}`),
    territory.members(), territory.categories(), territory.communes(), territory.allServices(),
  ]);
  const categories = categoriesR.value || [];
  const members = membersR.value || [];
  const communes = communesR.value || [];
  const categoryName = code => text(categories.find(c => c.code === code)?.label) || code;
  const memberName = id => members.find(m => m.id === id)?.name || id;
  const serviceCategory = new Map((servicesR.value || []).map(s => [s.id, s.category]));
  const monthLabel = new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', year: 'numeric' }).format(now);

  const sections = [];
  const impact = impactR.value;
  const total = impact?.total || {};
  const orders = ordersR.value || [];
  const unassigned = orders.filter(o => o.state === 'UNASSIGNED').length;
  sections.push(h('dl', { class: 'kpis', id: 'kpis' },
    h('div', {}, h('dt', {}, t('dash.orders')), h('dd', {}, ordersR.error ? '—' : number(orders.length))),
    h('div', {}, h('dt', {}, t('dash.commission')), h('dd', { id: 'kpi-commission' }, impact ? money(total.commissionCents) : '—')),
    h('div', {}, h('dt', {}, t('dash.hours')), h('dd', {}, impact ? `${number(total.hoursWorked, 2)} h` : '—')),
    h('div', {}, h('dt', {}, t('dash.insertionTotal')), h('dd', {}, impact ? `${number(total.insertionHours, 2)} h` : '—'))));
  if (unassigned) {
    sections.push(notice('info', h('a', { href: '#/coordination/reattribuer' }, t('dash.unassigned', { count: unassigned }))));
  }
  const grid = h('div', { class: 'chart-grid' });
  if (ordersR.error) {
    grid.append(h('section', {}, h('h2', {}, t('dash.byState')), unavailable(ordersR.error)));
  } else {
    grid.append(
      barChart({ title: t('dash.byState'), data: tally(orders, o => label('state', o.state)) }),
      barChart({ title: t('dash.byCategory'), data: tally(orders, o => categoryName(o.category || serviceCategory.get(o.serviceId) || '?')) }),
      barChart({ title: t('dash.byMember'), data: tally(orders.filter(o => o.memberId), o => memberName(o.memberId)) }));
  }
  if (impactR.error) {
    grid.append(h('section', {}, h('h2', {}, t('dash.insertion')), unavailable(impactR.error)));
  } else {
    const perMember = impact.members || [];
    grid.append(
      barChart({ title: t('dash.insertion'), data: perMember.map(m => ({ label: m.memberName || memberName(m.memberId), value: Number(m.insertionHours || 0) })).filter(d => d.value > 0).sort((a, b) => b.value - a.value), format: v => `${number(v, 2)} h` }),
      barChart({ title: t('dash.commission'), data: perMember.map(m => ({ label: m.memberName || memberName(m.memberId), value: Number(m.commissionCents || 0) })).filter(d => d.value > 0).sort((a, b) => b.value - a.value), format: money }));
  }
  sections.push(h('p', { class: 'muted' }, t('dash.month', { month: monthLabel })), grid,
    h('section', { 'aria-labelledby': 'impact-export-heading' }, h('h2', { id: 'impact-export-heading' }, t('export.impact')),
      exportButtons({ path: `/api/impact?from=${from}&to=${to}`, fileBase: `impact-${from}-${to}`, id: 'impact-export' })),
    h('p', {}, h('a', { href: `#/repartition?mois=${month}`, id: 'rotation-link' }, t('rotation.link'))));

  // Coverage gaps: for each category, the communes no active member covers.
  const gaps = h('section', { 'aria-labelledby': 'gaps-heading', id: 'coverage-gaps' }, h('h2', { id: 'gaps-heading' }, t('dash.gaps')));
  if (membersR.error || communesR.error) {
    gaps.append(unavailable(membersR.error || communesR.error));
  } else {
    const rows = categories.map(c => {
      const covered = new Set(members.filter(m => (m.categories || []).includes(c.code)).flatMap(m => [...(m.communes || [])]));
      return { code: c.code, missing: communes.filter(x => !covered.has(x.inseeCode)) };
    });
    gaps.append(barChart({ title: t('dash.gaps.chart'), data: rows.map(r => ({ label: categoryName(r.code), value: r.missing.length })).filter(d => d.value > 0).sort((a, b) => b.value - a.value), format: v => t('dash.gaps.count', { count: v }), empty: t('dash.gaps.none') }));
    rows.filter(r => r.missing.length).forEach(r => gaps.append(h('details', {},
      h('summary', {}, `${categoryName(r.code)} — ${t('dash.gaps.count', { count: r.missing.length })}`),
      h('p', {}, r.missing.map(x => x.name).join(', ')))));
  }
  sections.push(gaps);
  if (!ordersR.error && orders.length) {
    const recent = [...orders].sort((a, b) => String(b.createdAt || '').localeCompare(String(a.createdAt || ''))).slice(0, 10);
    sections.push(h('section', { 'aria-labelledby': 'recent-heading', id: 'recent-orders' }, h('h2', { id: 'recent-heading' }, t('dash.recent')), orderCards(recent)));
  }
  mount(main, h('h1', {}, t('dash.title')), sections);
}
