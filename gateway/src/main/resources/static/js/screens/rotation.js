// The fair rotation of one category over one month (GET /api/rotation/{category}/{yyyy-MM}), for
// coordinators and member staff: each member's weight, due share, jobs received, refused and
// cancelled, and how far it stands from its share; a bar chart of received against due.
import { h, mount, field, notice, scrollTable } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { number, signed, isoMonth, text } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { barChart } from '../charts.js';
import { unavailable } from '../ui.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function render(main, params, query) {
  const user = session.user();
  const [categories, members] = await Promise.all([territory.categories().catch(() => []), territory.members().catch(() => [])]);
  const mine = members.find(m => m.id === user.memberId);
  const month = MONTH.test(query.get('mois') || '') ? query.get('mois') : isoMonth();
  const ownCategories = mine?.categories || [];
  const category = query.get('categorie') || ownCategories[0] || categories[0]?.code || '';
  const categoryLabel = code => text(categories.find(c => c.code === code)?.label) || code;
  // the member's own categories first
  const ordered = [...categories.filter(c => ownCategories.includes(c.code)), ...categories.filter(c => !ownCategories.includes(c.code))];

  const form = h('form', { class: 'filters', id: 'rotation-form', novalidate: true },
    field({ label: t('home.category'), name: 'categorie', type: 'select', value: category,
      options: ordered.length ? ordered.map(c => ({ value: c.code, label: text(c.label) })) : [{ value: category, label: category }] }),
    field({ label: t('admin.month'), name: 'mois', type: 'month', value: month, hint: t('rotation.month.hint'), attrs: { pattern: '\\d{4}-\\d{2}', required: true } }),
    h('button', { type: 'submit' }, t('admin.show')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    const chosen = String(data.get('mois') || '');
    location.hash = `#/repartition?categorie=${encodeURIComponent(data.get('categorie'))}&mois=${encodeURIComponent(MONTH.test(chosen) ? chosen : month)}`;
  });
  const result = h('div', { id: 'rotation' }, h('p', { class: 'loading' }, t('loading')));
  const monthLabel = formatMonth(month);
  mount(main,
    h('p', { class: 'crumbs' }, user.roles.includes('COORDINATOR')
      ? h('a', { href: '#/coordination' }, `← ${t('nav.dashboard')}`)
      : h('a', { href: '#/missions' }, `← ${t('nav.jobs')}`)),
    h('h1', {}, t('rotation.title')),
    h('p', { class: 'lead' }, t('rotation.intro')),
    form, result);
  if (!category) {
    mount(result, notice('info', t('rotation.noCategory')));
    return;
  }
  let view;
  try {
    view = await api(`/api/rotation/${encodeURIComponent(category)}/${encodeURIComponent(month)}`);
  } catch (error) {
    mount(result, unavailable(error, () => render(main, params, query)));
    return;
  }
  const rows = Array.isArray(view.members) ? view.members : [];
  const nameOf = m => m.name || members.find(x => x.id === m.memberId)?.name || m.memberId;
  const title = t('rotation.caption', { category: categoryLabel(view.category || category), month: monthLabel });
  if (!rows.length) {
    mount(result, h('h2', {}, title), notice('info', t('rotation.none')));
    return;
  }
  mount(result,
    h('h2', {}, title),
    h('p', { id: 'rotation-dispatched' }, t('rotation.dispatched', { count: number(view.dispatched ?? 0) })),
    scrollTable(title, h('table', { class: 'rotation' },
      h('caption', {}, title),
      h('thead', {}, h('tr', {}, [t('dispatch.member'), t('dispatch.weight'), t('dispatch.target'), t('dispatch.received'),
        t('rotation.refused'), t('rotation.cancelled'), t('rotation.deviation')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map(m => h('tr', { class: m.memberId && m.memberId === user.memberId ? 'own' : null, dataset: { member: m.memberId } },
        h('th', { scope: 'row' }, nameOf(m), m.memberId && m.memberId === user.memberId ? h('span', { class: 'visually-hidden' }, ` (${t('rotation.you')})`) : null),
        h('td', {}, String(m.weight ?? '')),
        h('td', {}, number(m.target, 2)),
        h('td', {}, String(m.received ?? 0)),
        h('td', {}, String(m.refused ?? 0)),
        h('td', {}, String(m.cancelled ?? 0)),
        h('td', {}, signed(m.deviation, 2))))))),
    h('p', { class: 'hint' }, t('rotation.deviation.hint')),
    barChart({
      title: t('rotation.chart', { category: categoryLabel(view.category || category) }),
      data: rows.map(m => ({ label: nameOf(m), value: Number(m.received || 0), marker: Number(m.target || 0) })),
      format: v => number(v, 2), markerLabel: t('dispatch.target'), legend: t('rotation.chart.legend'),
    }));
}

function formatMonth(month) {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
}
