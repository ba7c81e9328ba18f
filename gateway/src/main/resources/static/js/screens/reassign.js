// Coordinators: orders no member could take, reassigned by hand.
import { h, mount, notice, field } from '../dom.js';
import { t } from '../i18n.js';
import { api, items } from '../api.js';
import { slot, text } from '../format.js';
import * as territory from '../territory.js';
import { showError, busy } from '../forms.js';
import { badge, unavailable, settle } from '../ui.js';

export async function render(main) {
  const live = h('div', { 'aria-live': 'polite' });
  const list = h('div', {}, h('p', { class: 'loading' }, t('loading')));
  mount(main, h('h1', {}, t('reassign.title')), live, list);
  const [ordersR, membersR, servicesR] = await settle([
    api('/api/orders?state=UNASSIGNED&size=100').then(items), territory.members(), territory.allServices()]);
  if (ordersR.error) {
    mount(list, unavailable(ordersR.error, () => render(main)));
    return;
  }
  const orders = ordersR.value.filter(o => o.state === 'UNASSIGNED');
  const members = membersR.value || [];
  const categoryOf = new Map((servicesR.value || []).map(s => [s.id, s.category]));
  const communeName = await territory.communeName();
  if (!orders.length) {
    mount(list, notice('info', t('reassign.none')));
    return;
  }
  mount(list, h('ul', { class: 'cards' }, orders.map(order => {
    const category = order.category || categoryOf.get(order.serviceId);
    const suitable = members.filter(m => (m.categories || []).includes(category));
    const ranked = [...suitable.filter(m => (m.communes || []).includes(order.communeInsee)), ...suitable.filter(m => !(m.communes || []).includes(order.communeInsee)), ...members.filter(m => !suitable.includes(m))];
    const form = h('form', { class: 'inline-form', novalidate: true },
      field({ label: t('reassign.to'), name: 'memberId', type: 'select', required: true, options: ranked.map(m => ({ value: m.id, label: m.name })) }),
      h('button', { type: 'submit' }, t('reassign.submit')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      await busy(form, async () => {
        try {
          await api(`/api/orders/${encodeURIComponent(order.id)}/reassign`, { method: 'POST', body: { memberId: new FormData(form).get('memberId') } });
          mount(live, notice('success', t('reassign.done', { number: order.number || order.id })));
          await render(main);
        } catch (error) {
          showError(form, error);
        }
      });
    });
    return h('li', { class: 'order-card', dataset: { order: order.id } },
      h('h2', { class: 'h4' }, h('a', { href: `#/commandes/${encodeURIComponent(order.id)}` }, `${order.number || order.id} · ${text(order.serviceTitle) || order.serviceId}`)),
      h('p', {}, badge('state', order.state), ' ', communeName(order.communeInsee), ' · ', slot(order.slot)),
      form);
  })));
}
