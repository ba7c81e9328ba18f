// One order: where it stands, in words; its history and price; cancel it while it has not started.
// The page follows the order by itself until it is done or cancelled. An order no
// member could take says why, and offers the next days with room to move it to (or to cancel it).
import { h, mount, field, dl, notice, uid } from '../dom.js';
import { t, label, bilingual } from '../i18n.js';
import { api, cached } from '../api.js';
import { money, slot, text, dateTime, date as longDate } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import * as availability from '../availability.js';
import { showError, showInvalid, busy } from '../forms.js';
import { badge, unavailable, takeFlash, flash } from '../ui.js';

const CANCELLABLE = ['PLACED', 'DISPATCHING', 'ASSIGNED', 'UNASSIGNED'];
/** Until the order is done or cancelled, the page asks again every few seconds and shows what changed. */
const FINAL = ['COMPLETED', 'CANCELLED'];
const POLL_MS = 4000;
/** How many days with room the page offers to move an unassigned order to. */
const NEXT_DAYS = 5;

const TONE = {
  PLACED: 'waiting', DISPATCHING: 'waiting', ASSIGNED: 'ok', IN_PROGRESS: 'ok', COMPLETED: 'done',
  CANCELLED: 'closed', UNASSIGNED: 'problem',
};

export async function render(main, { id }) {
  const message = takeFlash();
  let order;
  try {
    order = await api(`/api/orders/${encodeURIComponent(id)}`);
  } catch (error) {
    mount(main, h('h1', {}, t('orders.title')), unavailable(error, () => render(main, { id })), h('p', {}, h('a', { href: '#/commandes' }, t('back'))));
    return;
  }
  const [communeName, memberName, named] = await Promise.all([territory.communeName(), territory.memberName(), territory.namer()]);
  const user = session.user();
  const page = { main, order, user, communeName, memberName, named, note: null, timer: null };
  // « enregistrée » in green beside « sans structure » would say two things at once: the panel says it
  page.flash = order.state === 'UNASSIGNED' ? null : message;

  page.status = h('div', { id: 'order-status-area', 'aria-live': 'polite' });
  page.facts = h('div', { id: 'order-facts' });
  page.price = h('section', { 'aria-labelledby': 'price-heading' });
  page.history = h('ol', { class: 'history', id: 'order-history' });
  page.cancel = h('div', { id: 'order-cancel-area' });
  mount(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/commandes' }, `← ${t('nav.orders')}`)),
    h('h1', {}, t('orderDetail.title', { number: order.number || order.id })),
    page.flash,
    page.status,
    page.facts,
    page.price,
    h('section', { 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, t('orderDetail.history')), page.history),
    page.cancel);
  await draw(page);
  follow(page);
}

/** Draws the parts that change with the order; a cancel form being filled in is left as it is. */
async function draw(page) {
  const { order, communeName, memberName, user } = page;
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
  const delivery = order.delivery;
  mount(page.facts, dl([
    [t('orders.service'), text(order.serviceTitle) || order.serviceId],
    [t('jobs.quantity'), String(order.quantity)],
    [t('orders.slot'), h('span', { id: 'order-slot' }, slot(order.slot))],
    [t('orderDetail.where'), [address.line1, address.line2, `${address.postalCode || ''} ${communeName(order.communeInsee)}`].filter(Boolean).join(', ')],
    order.phone ? [t('orderDetail.phone'), h('a', { href: `tel:${order.phone.replace(/[^+\d]/g, '')}` }, order.phone)] : null,
    order.notes ? [t('orderDetail.notes'), h('span', { id: 'order-notes' }, order.notes)] : null,
    [t('orderDetail.billing'), label('billing', order.billing)],
    order.memberId ? [t('orderDetail.member'), memberName(order.memberId)] : null,
    delivery ? [t('orderDetail.delivery'), h('span', { id: 'order-delivery' }, t('orderDetail.delivery.text', {
      kind: delivery.kind || '—', attempts: delivery.attempts ?? '?', since: dateTime(delivery.since), error: bilingual(delivery.lastError || '—'),
    }))] : null,
  ]));
  mount(page.price, h('h2', { id: 'price-heading' }, t('orderDetail.price')), dl(priceRows));
  mount(page.history, (order.history || []).map(step => h('li', { dataset: { state: step.state } },
    h('strong', {}, label('state', step.state)), ' — ', h('time', { datetime: step.at }, dateTime(step.at)),
    step.reason ? h('span', { class: 'muted' }, ` (${page.named(bilingual(step.reason))})`) : null)));
  mount(page.status, await statusPanel(page));
  const allowed = CANCELLABLE.includes(order.state) && (owns(order, user) || user?.roles.includes('COORDINATOR'));
  if (!allowed) mount(page.cancel);
  else if (!page.cancel.querySelector('#cancel-form')) mount(page.cancel, cancelSection(page));
}

function owns(order, user) {
  return !!user && !!order.customer && order.customer.userId === user.userId;
}

/** Asks for the order again every few seconds until it is final; stops once the page is left. */
function follow(page) {
  clearTimeout(page.timer);
  if (FINAL.includes(page.order.state)) return;
  page.timer = setTimeout(async () => {
    if (!page.main.isConnected) return;
    if (!document.hidden) {
      try {
        const next = await api(`/api/orders/${encodeURIComponent(page.order.id)}`);
        if (!page.main.isConnected) return;
        if (changed(page.order, next)) {
          page.order = next;
          page.note = null;
          page.flash?.remove();
          await draw(page);
        }
      } catch {
        // a poll that fails is tried again at the next tick; the page still shows the last answer
      }
    }
    follow(page);
  }, POLL_MS);
}

function changed(before, after) {
  const key = o => [o.state, o.memberId, o.unassignedReason, (o.history || []).length, o.slot?.date, o.slot?.from, o.slot?.to].join('|');
  return key(before) !== key(after);
}

/** Where the order stands, in words, in the tone of its state; for an unassigned order why and what next. */
async function statusPanel(page) {
  const { order } = page;
  const tone = TONE[order.state] || 'waiting';
  const panel = h('div', { class: `status-panel tone-${tone}`, id: 'order-status-panel' },
    page.note,
    h('p', { class: 'status-line' }, h('span', { id: 'order-state', dataset: { state: order.state } }, badge('state', order.state))));
  if (order.state !== 'UNASSIGNED') {
    panel.append(h('p', { id: 'order-status-text' }, t(`orderDetail.status.${order.state}`, { member: order.memberId ? page.memberName(order.memberId) : '' })));
    return panel;
  }
  panel.append(
    h('h2', { id: 'unassigned-heading' }, t('unassigned.title')),
    h('p', { id: 'unassigned-reason', dataset: { reason: order.unassignedReason || '' } }, reasonText(page)));
  const mayMove = owns(order, page.user) || page.user?.roles.includes('COORDINATOR');
  if (mayMove) panel.append(await nextDays(page));
  return panel;
}

/** Why no member structure took the order, in words. */
function reasonText({ order, communeName, named }) {
  const params = { commune: communeName(order.communeInsee), date: longDate(order.slot?.date) };
  switch (order.unassignedReason) {
    case 'DAY_FULL': return t('unassigned.DAY_FULL', params);
    case 'NOT_COVERED': return t('unassigned.NOT_COVERED', params);
    case 'ALL_DECLINED': return t('unassigned.ALL_DECLINED', params);
    case 'ALL_EXPIRED': return t('unassigned.ALL_EXPIRED', params);
    case 'REFUSED_BY_PROVIDER': {
      const step = [...(order.history || [])].reverse().find(s => s.state === 'UNASSIGNED' && s.reason);
      return t('unassigned.REFUSED_BY_PROVIDER', { reason: step ? named(bilingual(step.reason)) : t('unassigned.noDetail') });
    }
    default: return t('unassigned.unknown', params);
  }
}

/** The next days with room for the same hours, as buttons that move the order there; or a way out. */
async function nextDays(page) {
  const { order } = page;
  const headingId = uid('next-days');
  const area = h('section', { class: 'next-days', id: 'next-days', 'aria-labelledby': headingId });
  const cancelLink = h('p', {}, h('button', { type: 'button', class: 'link-button', id: 'go-cancel', onclick: () => {
    const reason = page.cancel.querySelector('#cancel-form textarea');
    if (reason) { reason.scrollIntoView({ block: 'center' }); reason.focus(); }
  } }, t('unassigned.orCancel')));
  let service;
  let days;
  try {
    [service, days] = await Promise.all([
      cached(`/api/catalog/services/${encodeURIComponent(order.serviceId)}`),
      availability.days(order.serviceId, order.communeInsee)]);
  } catch (error) {
    mount(area, h('h3', { id: headingId }, t('unassigned.nextDays')), unavailable(error), cancelLink);
    return area;
  }
  const soonest = availability.earliest(service);
  const from = String(order.slot?.from || '').slice(0, 5);
  const to = String(order.slot?.to || '').slice(0, 5);
  const free = days
    .filter(d => Number(d.freePlaces) > 0 && d.date !== order.slot?.date && availability.allowed(d.date, from, soonest.wallClock))
    .map(d => d.date)
    .slice(0, NEXT_DAYS);
  const message = h('div', { class: 'move-message', 'aria-live': 'polite' });
  const choices = h('ul', { class: 'day-choices', id: 'move-choices' });
  const drawChoices = list => mount(choices, list.map(day => h('li', {},
    h('button', { type: 'button', class: 'secondary', dataset: { date: day }, onclick: () => move(day) },
      t('unassigned.moveTo', { date: longDate(day), from, to })))));
  const move = async day => {
    choices.querySelectorAll('button').forEach(b => { b.disabled = true; });
    mount(message);
    try {
      const moved = await api(`/api/orders/${encodeURIComponent(order.id)}/reschedule`, { method: 'POST', body: { slot: { date: day, from, to } } });
      page.order = moved && moved.id ? moved : await api(`/api/orders/${encodeURIComponent(order.id)}`);
      page.note = notice('success', t('unassigned.moved', { date: longDate(day) }));
      page.flash?.remove();
      await draw(page);
      page.status.querySelector('.notice-success')?.setAttribute('tabindex', '-1');
      page.status.querySelector('.notice-success')?.focus();
      follow(page);
    } catch (error) {
      if (error.status === 409 && error.problem?.code === 'DAY_FULL') {
        const next = (error.problem.nextAvailableDates || []).filter(d => d !== order.slot?.date && availability.allowed(d, from, soonest.wallClock));
        mount(message, notice('error', next.length ? t('unassigned.dayFullMeanwhile', { date: longDate(day) }) : t('unassigned.noneLeft', { days: availability.HORIZON_DAYS })));
        drawChoices(next.slice(0, NEXT_DAYS));
        choices.querySelector('button')?.focus();
      } else if (error.status === 409) {
        // the order moved on meanwhile (taken, cancelled): show where it stands now
        page.order = await api(`/api/orders/${encodeURIComponent(order.id)}`).catch(() => page.order);
        page.note = notice('info', t('unassigned.changed'));
        await draw(page);
        follow(page);
      } else {
        mount(message, unavailable(error));
        choices.querySelectorAll('button').forEach(b => { b.disabled = false; });
      }
    }
  };
  drawChoices(free);
  mount(area,
    h('h3', { id: headingId }, t('unassigned.nextDays')),
    free.length ? h('p', {}, t('unassigned.nextDays.text', { from, to })) : h('p', { id: 'no-next-days' }, t('unassigned.noneLeft', { days: availability.HORIZON_DAYS })),
    message, choices, cancelLink);
  return area;
}

function cancelSection(page) {
  const { order } = page;
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
        clearTimeout(page.timer);
        await render(page.main, { id: order.id });
        page.main.querySelector('h1')?.focus();
      } catch (error) {
        showError(form, error);
      }
    });
  });
  return h('section', { 'aria-labelledby': 'cancel-heading', class: 'card' }, h('h2', { id: 'cancel-heading' }, t('orderDetail.cancel')), form);
}
