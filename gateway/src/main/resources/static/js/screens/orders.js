// A customer's orders (a coordinator sees all of them), newest first, one page at a time with the total;
// filtered by state, commune, member, company and slot days, all kept in the address (issue 14).
import { h, mount, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api, items } from '../api.js';
import { money, slot, text } from '../format.js';
import * as session from '../session.js';
import { badge, unavailable, takeFlash } from '../ui.js';
import { filterForm, pager, pageOf, period, exportButtons } from '../listing.js';

const PATH = '/commandes';
const SIZE = 20;

export async function render(main, params = {}, query = new URLSearchParams()) {
  const coordinator = session.hasRole('COORDINATOR');
  const keys = coordinator ? ['month', 'from', 'state', 'communeInsee', 'memberId', 'companyId'] : ['month', 'from', 'state'];
  const list = h('div', { class: 'orders', id: 'orders-list' }, h('p', { class: 'loading' }, t('loading')));
  const filters = await filterForm({ path: PATH, query, keys });
  const apiQuery = ordersQuery(query);
  mount(main, h('h1', {}, coordinator ? t('orders.allTitle') : t('orders.title')), takeFlash(), filters,
    exportButtons('/api/orders', apiQuery, 'commandes'), list);
  try {
    const page = pageOf(query);
    // the cards need the summary only (issue 15): no history nor price details for 20 orders
    const answer = await api(`/api/orders?${withPage(apiQuery, page, SIZE)}&view=summary`);
    const orders = items(answer);
    const total = Number(answer.totalElements ?? orders.length);
    mount(list, pager({ path: PATH, query, page, size: SIZE, total, noun: 'orders.count' }),
      orders.length ? orderCards(orders)
        : [notice('info', query.toString() ? t('orders.noneFiltered') : t('orders.none')),
          coordinator ? null : h('p', {}, h('a', { href: '#/' }, t('nav.services')))]);
  } catch (error) {
    mount(list, unavailable(error, () => render(main, params, query)));
  }
}

/** The API's filters from the address: the month becomes from/to. */
export function ordersQuery(query) {
  const out = new URLSearchParams();
  const p = period(query);
  if (p.from) out.set('from', p.from);
  if (p.to) out.set('to', p.to);
  for (const key of ['state', 'communeInsee', 'category', 'memberId', 'companyId']) {
    if (query.get(key)) out.set(key, query.get(key));
  }
  return out;
}

function withPage(params, page, size) {
  const out = new URLSearchParams(params);
  out.set('page', String(page));
  out.set('size', String(size));
  return out;
}

export function orderCards(orders) {
  return h('ul', { class: 'cards order-cards' }, orders.map(o => h('li', { class: 'order-card', dataset: { order: o.id, state: o.state } },
    h('h2', { class: 'h4' }, h('a', { href: `#/commandes/${encodeURIComponent(o.id)}` },
      `${o.number || o.id} · ${text(o.serviceTitle) || o.serviceId}`)),
    h('p', {}, badge('state', o.state)),
    h('p', { class: 'muted' }, slot(o.slot)),
    h('p', { class: 'price' }, money(o.price?.totalCents)))));
}
