// One order: where it stands, its history, its price; cancel it while it has not started.
import { h, mount, field, dl } from '../dom.js';
import { t, label, bilingual } from '../i18n.js';
import { api } from '../api.js';
import { money, slot, text, dateTime } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { badge, unavailable, takeFlash, flash } from '../ui.js';

const CANCELLABLE = ['PLACED', 'DISPATCHING', 'ASSIGNED', 'UNASSIGNED'];

export async function render(main, { id }) {
  const message = takeFlash();
  let order;
  try {
    order = await api(`/api/orders/${encodeURIComponent(id)}`);
  } catch (error) {
    mount(main, h('h1', {}, t('orders.title')), unavailable(error, () => render(main, { id })), h('p', {}, h('a', { href: '#/commandes' }, t('back'))));
    return;
  }
  const [communeName, memberName] = await Promise.all([territory.communeName(), territory.memberName()]);
  const u = session.user();
  const price = order.price || {};
  const priceRows = [
    [t('order.subtotal'), money(price.subtotalCents)],
    [t('order.vat'), money(price.vatCents)],
    [t('order.total'), money(price.totalCents)],
  ];
  if (order.billing === 'COMPANY') {
    priceRows.push([t('order.employerShare'), money(price.employerShareCents)], [t('order.yourShare'), money(price.customerShareCents)]);
  }
  const address = order.address || {};
  mount(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/commandes' }, `← ${t('nav.orders')}`)),
    h('h1', {}, t('orderDetail.title', { number: order.number || order.id })),
    message,
    h('p', { class: 'status-line' }, h('span', { id: 'order-state', dataset: { state: order.state } }, badge('state', order.state)), ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => render(main, { id }) }, t('orderDetail.refresh'))),
    dl([
      [t('orders.service'), text(order.serviceTitle) || order.serviceId],
      [t('jobs.quantity'), String(order.quantity)],
      [t('orders.slot'), slot(order.slot)],
      [t('orderDetail.where'), [address.line1, address.line2, `${address.postalCode || ''} ${communeName(order.communeInsee)}`].filter(Boolean).join(', ')],
      [t('orderDetail.billing'), label('billing', order.billing)],
      order.memberId ? [t('orderDetail.member'), memberName(order.memberId)] : null,
    ]),
    h('section', { 'aria-labelledby': 'price-heading' }, h('h2', { id: 'price-heading' }, t('orderDetail.price')), dl(priceRows)),
    h('section', { 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, t('orderDetail.history')),
      h('ol', { class: 'history', id: 'order-history' }, (order.history || []).map(step => h('li', { dataset: { state: step.state } },
        h('strong', {}, label('state', step.state)), ' — ', h('time', { datetime: step.at }, dateTime(step.at)),
        step.reason ? h('span', { class: 'muted' }, ` (${bilingual(step.reason)})`) : null)))),
    cancelSection(order, u, main));
}

function cancelSection(order, user, main) {
  const owner = user && order.customer && order.customer.userId === user.userId;
  if (!CANCELLABLE.includes(order.state) || !(owner || user?.roles.includes('COORDINATOR'))) return null;
  const form = h('form', { id: 'cancel-form', novalidate: true },
    field({ label: t('orderDetail.cancelReason'), name: 'reason', type: 'textarea', required: true, attrs: { maxlength: 500 } }),
    h('button', { type: 'submit', class: 'danger' }, t('orderDetail.cancel')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const reason = String(new FormData(form).get('reason') || '').trim();
    if (!showInvalid(form, reason ? {} : { reason: t('form.required') })) return;
    await busy(form, async () => {
      try {
        await api(`/api/orders/${encodeURIComponent(order.id)}/cancel`, { method: 'POST', body: { reason } });
        flash(t('orderDetail.cancelled'));
        await render(main, { id: order.id });
        main.querySelector('h1')?.focus();
      } catch (error) {
        showError(form, error);
      }
    });
  });
  return h('section', { 'aria-labelledby': 'cancel-heading', class: 'card' }, h('h2', { id: 'cancel-heading' }, t('orderDetail.cancel')), form);
}
