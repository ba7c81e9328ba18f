// Coordinators: orders no member could take, each with why, the members who could take it (free places
// that day) and the others with why not; reassigning to a member that does not fit needs an explicit
// override with a reason.
import { h, mount, notice, field, uid } from '../dom.js';
import { t, label, has, bilingual } from '../i18n.js';
import { api, items } from '../api.js';
import { slot, text, date as longDate } from '../format.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy, clearErrors, fieldError } from '../forms.js';
import { badge, unavailable, settle, fitReasons } from '../ui.js';
import { filterForm, pager, pageOf } from '../listing.js';
import { ordersQuery } from './orders.js';

/** How many candidate lists are asked for at the same time. */
const CONCURRENT = 4;

const PATH = '/coordination/reattribuer';
const SIZE = 20;

export function render(main, params = {}, query = new URLSearchParams()) {
  return draw(main, null, query);
}

/** One page of the list with its total, with the outcome of the last reassignment above it (kept across the reload). */
async function draw(main, message, query) {
  const live = h('div', { 'aria-live': 'polite', id: 'reassign-message' }, message);
  const list = h('div', {}, h('p', { class: 'loading' }, t('loading')));
  const filters = await filterForm({ path: PATH, query, keys: ['month', 'from', 'communeInsee'] });
  mount(main, h('h1', {}, t('reassign.title')), live, filters, list);
  const page = pageOf(query);
  const apiQuery = ordersQuery(query);
  apiQuery.set('state', 'UNASSIGNED');
  apiQuery.set('page', String(page));
  apiQuery.set('size', String(SIZE));
  const [ordersR, membersR] = await settle([api(`/api/orders?${apiQuery}`), territory.members()]);
  if (ordersR.error) {
    mount(list, unavailable(ordersR.error, () => draw(main, null, query)));
    return;
  }
  const total = Number(ordersR.value.totalElements ?? 0);
  const orders = items(ordersR.value).filter(o => o.state === 'UNASSIGNED');
  const members = membersR.value || [];
  const communeName = await territory.communeName();
  if (!orders.length) {
    mount(list, notice('info', t('reassign.none')));
    return;
  }
  // the cards at once, then each one's candidates, a few requests at a time (the gateway limits bursts)
  const context = { members, communeName, reload: done => draw(main, done, query) };
  const cards = orders.map(order => orderCard(order, null, context));
  mount(list, pager({ path: PATH, query, page, size: SIZE, total, noun: 'orders.count' }),
    h('ul', { class: 'cards reassign-cards' }, cards));
  let next = 0;
  const worker = async () => {
    while (next < orders.length) {
      const i = next++;
      const order = orders[i];
      const [answer] = await settle([api(`/api/jobs/${encodeURIComponent(order.jobId || `job-${order.id}`)}/candidates`)]);
      if (!main.isConnected) return;
      const card = orderCard(order, answer, context);
      cards[i].replaceWith(card);
      cards[i] = card;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT, orders.length) }, worker));
}

/** The coordinators' words for why an order is unassigned. */
function reasonText(order, communeName) {
  const params = { commune: communeName(order.communeInsee), date: longDate(order.slot?.date) };
  if (order.unassignedReason === 'REFUSED_BY_PROVIDER') {
    const step = [...(order.history || [])].reverse().find(s => s.state === 'UNASSIGNED' && s.reason);
    params.reason = step ? bilingual(step.reason) : t('unassigned.noDetail');
  }
  const key = `reassign.reason.${order.unassignedReason}`;
  return t(has(key) ? key : 'reassign.reason.unknown', params);
}

function orderCard(order, answer, { members, communeName, reload }) {
  const known = answer && answer.value && Array.isArray(answer.value.members) ? answer.value.members : null;
  const fitting = known ? known.filter(m => m.fits) : [];
  const unfit = known ? known.filter(m => !m.fits) : [];
  const listed = new Set((known || []).map(m => m.memberId));
  const others = members.filter(m => !listed.has(m.id));
  const nameOf = m => m.name || members.find(x => x.id === m.memberId)?.name || m.memberId;
  const fitById = new Map((known || []).map(m => [m.memberId, m]));

  const select = h('select', { name: 'memberId', required: true },
    h('option', { value: '' }, '—'),
    known && fitting.length ? h('optgroup', { label: t('reassign.group.fits') }, fitting.map(m =>
      h('option', { value: m.memberId }, `${nameOf(m)} — ${t('reassign.freePlaces', { count: m.freePlaces ?? '?' })}`))) : null,
    known && unfit.length ? h('optgroup', { label: t('reassign.group.unfit') }, unfit.map(m =>
      h('option', { value: m.memberId }, `${nameOf(m)} — ${fitReasons(m.reasons)}`))) : null,
    others.length ? h('optgroup', { label: known ? t('reassign.group.others') : t('reassign.group.all') }, others.map(m =>
      h('option', { value: m.id }, known ? `${m.name} — ${label('fit', 'NOT_CAPABLE')}` : m.name))) : null);

  // the override: shown when the chosen member does not fit (known here, or said by a 422 answer)
  const overrideId = uid('override');
  const overrideBox = h('input', { type: 'checkbox', name: 'override', id: overrideId });
  const override = h('fieldset', { class: 'override', hidden: true },
    h('legend', {}, t('reassign.override.legend')),
    h('p', { class: 'override-why', id: `${overrideId}-why` }),
    h('div', { class: 'checkbox' }, overrideBox, h('label', { for: overrideId }, t('reassign.override.confirm'))),
    field({ label: t('reassign.override.reason'), name: 'reason', type: 'textarea', required: true, attrs: { maxlength: 500 } }));
  const showOverride = reasons => {
    override.hidden = false;
    override.querySelector('.override-why').textContent = reasons && reasons.length
      ? t('reassign.override.why', { reasons: fitReasons(reasons) }) : t('reassign.override.whyUnknown');
    overrideBox.setAttribute('aria-describedby', `${overrideId}-why`);
  };
  const onChoice = () => {
    const chosen = select.value;
    const fit = fitById.get(chosen);
    if (!chosen || (fit && fit.fits) || !known) {
      override.hidden = true;
      overrideBox.checked = false;
    } else {
      showOverride(fit ? fit.reasons : ['NOT_CAPABLE']);
    }
  };
  select.addEventListener('change', onChoice);

  const form = h('form', { class: 'reassign-form', novalidate: true, dataset: { order: order.id } },
    field({ label: t('reassign.to'), name: 'memberId', control: select, required: true }),
    override,
    h('button', { type: 'submit' }, t('reassign.submit')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const memberId = String(data.get('memberId') || '');
    const forced = !override.hidden && overrideBox.checked;
    const reason = String(data.get('reason') || '').trim();
    const errors = {};
    if (!memberId) errors.memberId = t('form.required');
    else if (!override.hidden && !forced) errors.override = t('reassign.override.needed');
    else if (forced && !reason) errors.reason = t('reassign.override.reasonNeeded');
    if (!showInvalid(form, errors)) return;
    await busy(form, async () => {
      try {
        await api(`/api/orders/${encodeURIComponent(order.id)}/reassign`, { method: 'POST',
          body: { memberId, override: forced, reason: forced ? reason : null } });
        await reload(notice('success', t('reassign.done', { number: order.number || order.id })));
        document.getElementById('reassign-message')?.querySelector('.notice')?.setAttribute('tabindex', '-1');
        document.getElementById('reassign-message')?.querySelector('.notice')?.focus();
      } catch (error) {
        if (error.status === 422 && error.problem?.code === 'MEMBER_NOT_FIT') {
          clearErrors(form);
          showOverride(error.problem.reasons);
          fieldError(form, 'memberId', t('reassign.notFit', { reasons: fitReasons(error.problem.reasons) || t('unassigned.noDetail') }));
          overrideBox.focus();
        } else {
          showError(form, error);
        }
      }
    });
  });

  const who = known
    ? h('div', { class: 'candidates-list' },
      h('h3', { class: 'h5' }, t('reassign.fits')),
      fitting.length
        ? h('ul', { class: 'plain fits' }, fitting.map(m => h('li', { dataset: { member: m.memberId } },
          h('strong', {}, nameOf(m)), ` — ${t('reassign.freePlaces', { count: m.freePlaces ?? '?' })}`)))
        : h('p', { class: 'muted' }, t('reassign.fits.none')),
      unfit.length ? h('details', {},
        h('summary', {}, t('reassign.unfit', { count: unfit.length })),
        h('ul', { class: 'plain unfit' }, unfit.map(m => h('li', { dataset: { member: m.memberId } },
          h('strong', {}, nameOf(m)), ` — ${fitReasons(m.reasons)}`)))) : null)
    : h('p', { class: 'muted' }, !answer ? t('reassign.candidatesLoading')
      : answer.error?.status === 404 ? t('reassign.noJob') : t('reassign.candidatesUnknown'));

  return h('li', { class: 'order-card', dataset: { order: order.id, reason: order.unassignedReason || '' } },
    h('h2', { class: 'h4' }, h('a', { href: `#/commandes/${encodeURIComponent(order.id)}` }, `${order.number || order.id} · ${text(order.serviceTitle) || order.serviceId}`)),
    h('p', {}, badge('state', order.state), ' ', communeName(order.communeInsee), ' · ', slot(order.slot)),
    h('p', { class: 'unassigned-reason' }, reasonText(order, communeName)),
    who,
    form);
}
