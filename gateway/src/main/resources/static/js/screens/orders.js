// A customer's orders (a coordinator sees all of them), newest first.
import { h, mount, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api, items } from '../api.js';
import { money, slot, text } from '../format.js';
import * as session from '../session.js';
import { badge, unavailable, takeFlash } from '../ui.js';

export async function render(main) {
  const coordinator = session.hasRole('COORDINATOR');
  const list = h('div', { class: 'orders' }, h('p', { class: 'loading' }, t('loading')));
  mount(main, h('h1', {}, coordinator ? t('orders.allTitle') : t('orders.title')), takeFlash(), list);
  try {
    const orders = items(await api('/api/orders?size=100&sort=createdAt,desc'))
      .sort((a, b) => String(b.createdAt || '').localeCompare(String(a.createdAt || '')));
    mount(list, orders.length ? orderCards(orders) : [notice('info', t('orders.none')), h('p', {}, h('a', { href: '#/' }, t('nav.services')))]);
  } catch (error) {
    mount(list, unavailable(error, () => render(main)));
  }
}

export function orderCards(orders) {
  return h('ul', { class: 'cards order-cards' }, orders.map(o => h('li', { class: 'order-card', dataset: { order: o.id, state: o.state } },
    h('h2', { class: 'h4' }, h('a', { href: `#/commandes/${encodeURIComponent(o.id)}` },
      `${o.number || o.id} · ${text(o.serviceTitle) || o.serviceId}`)),
    h('p', {}, badge('state', o.state)),
    h('p', { class: 'muted' }, slot(o.slot)),
    h('p', { class: 'price' }, money(o.price?.totalCents)))));
}
