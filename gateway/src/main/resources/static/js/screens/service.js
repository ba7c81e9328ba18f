// One service, and the order form: quantity, commune and address, a day among those where a member
// structure has room (provider-service's availability) and a slot that honours the lead time, who pays
// (employees under a company contract), the price before confirming. A day that fills up meanwhile
// (409 DAY_FULL) offers the next days with room instead.
import { h, mount, field, notice, dl, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api, items, idempotencyKey, ApiError } from '../api.js';
import { money, text, isoMonth, date as longDate } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import * as availability from '../availability.js';
import { showError, showInvalid, busy, clearErrors, fieldError } from '../forms.js';
import { priceWithVat, unavailable, flash } from '../ui.js';

export async function render(main, { id }) {
  const communeCode = territory.selectedCommune();
  let service;
  let communes = [];
  try {
    [service, communes] = await Promise.all([
      api(`/api/catalog/services/${encodeURIComponent(id)}${communeCode ? `?commune=${communeCode}` : ''}`),
      territory.communes().catch(() => []),
    ]);
  } catch (error) {
    mount(main, h('h1', {}, t('nav.services')), unavailable(error, () => render(main, { id })), h('p', {}, h('a', { href: '#/' }, t('back'))));
    return;
  }
  const commune = communes.find(c => c.inseeCode === communeCode);
  const categoryName = await territory.categoryName();
  const orderArea = h('section', { 'aria-labelledby': 'order-heading', class: 'card', id: 'order-area' });
  mount(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, `← ${t('nav.services')}`)),
    h('h1', {}, text(service.title)),
    h('p', { class: 'lead' }, text(service.description)),
    dl([
      [t('service.price'), `${priceWithVat(service)} ${t('price.ttc')} (${t('service.vat', { rate: service.vatRatePercent })})`],
      [t('home.category'), categoryName(service.category)],
      [t('service.audience'), t(`audience.${service.audience}`)],
      [t('jobs.quantity'), `${t('service.range', { min: service.minQuantity, max: service.maxQuantity })} ${t(`unit.${service.priceModel}`)}`],
      [t('service.leadTime'), t('service.hours', { hours: service.leadTimeHours })],
    ]),
    orderArea);

  mount(orderArea, h('h2', { id: 'order-heading' }, t('order.title')));
  if (service.active === false) {
    orderArea.append(notice('info', t('service.inactive')));
    return;
  }
  if (commune && service.availableInCommune === false) {
    orderArea.append(notice('info', t('service.notHere', { commune: commune.name })), h('p', {}, h('a', { href: '#/' }, t('home.commune.change'))));
  }
  if (!session.user()) {
    orderArea.append(
      service.audience === 'COMPANY' ? notice('info', t('service.companyOnly')) : null,
      h('p', {}, h('a', { class: 'button', href: `#/connexion?next=${encodeURIComponent(location.hash)}` }, t('service.signinToOrder'))));
    return;
  }
  const contract = await employeeContract(service);
  // a company-only service is ordered under an approved employee's contract, billed to the employer
  if (service.audience === 'COMPANY' && !(contract && contract.status === 'APPROVED')) {
    orderArea.append(notice('info', h('span', { id: 'company-only' }, t('service.companyOnly'))),
      h('p', {}, h('a', { href: '#/' }, t('service.others'))));
    return;
  }
  const soonest = availability.earliest(service);
  // before any form: is there a day with room in the coming weeks where the resident lives?
  let known = null;
  if (commune) {
    known = await roomIn(service, commune.inseeCode, soonest);
    if (known && !known.length) {
      // a service not offered in the commune has already said so above
      if (service.availableInCommune === false) return;
      orderArea.append(notice('info', h('span', { id: 'no-room' }, t('order.noRoom', { commune: commune.name, days: availability.HORIZON_DAYS }))),
        h('p', {}, h('a', { href: '#/' }, t('home.commune.change'))));
      return;
    }
  }
  orderArea.append(orderForm(service, commune, communes, contract, soonest, known));
}

/**
 * The days with room for the service in a commune, from the earliest day the lead time allows and with
 * at least one slot left: [{date, freePlaces}], or null when provider-service does not answer.
 */
async function roomIn(service, commune, soonest) {
  try {
    const all = await availability.days(service.id, commune);
    return all.filter(d => Number(d.freePlaces) > 0 && d.date >= soonest.date
      && availability.slotsOn(d.date, soonest.wallClock).length);
  } catch {
    return null;
  }
}

function orderForm(service, commune, communes, contract, soonest, initialDays) {
  let key = idempotencyKey();
  const earliestHere = soonest.wallClock;
  const minDate = soonest.date;
  const allowedDays = availability.calendar(minDate).filter(day => availability.slotsOn(day, earliestHere).length);

  const quantity = h('input', { type: 'number', name: 'quantity', min: service.minQuantity, max: service.maxQuantity, step: 1, value: service.minQuantity, required: true, inputmode: 'numeric' });
  const communeSelect = h('select', { name: 'communeInsee', required: true, autocomplete: 'off' },
    h('option', { value: '' }, '—'),
    communes.map(c => h('option', { value: c.inseeCode, selected: commune && c.inseeCode === commune.inseeCode }, c.name)));
  const postal = h('input', { type: 'text', name: 'address.postalCode', inputmode: 'numeric', pattern: '\\d{5}', maxlength: 5, autocomplete: 'postal-code', required: true, value: commune ? (commune.postalCodes || [])[0] : '' });

  // the day: only days with room (freePlaces > 0), the first one chosen; a sentence says which it is
  const dateSelect = h('select', { name: 'slot.date', required: true });
  const dayNote = h('p', { class: 'hint', id: 'day-note', 'aria-live': 'polite' });
  const dayFull = h('div', { class: 'day-full', id: 'day-full' });
  const confirm = h('button', { type: 'submit', id: 'confirm-order' }, t('order.confirm'));
  let offered = [];
  const setDays = (list, mode) => {
    const previous = dateSelect.value;
    offered = list;
    mount(dateSelect, list.length
      ? list.map(day => h('option', { value: day }, longDate(day)))
      : h('option', { value: '' }, mode === 'no-commune' ? t('order.date.pickCommune') : t('order.date.noneOption')));
    if (list.includes(previous)) dateSelect.value = previous;
    const name = communes.find(c => c.inseeCode === communeSelect.value)?.name || '';
    if (mode === 'no-commune') mount(dayNote, t('order.date.pickCommune'));
    else if (mode === 'unknown') mount(dayNote, t('order.date.unknown'));
    else if (!list.length) mount(dayNote, h('strong', {}, t('order.noRoom', { commune: name, days: availability.HORIZON_DAYS })));
    else if (list[0] > minDate) mount(dayNote, t('order.date.firstFreeAfterFull', { date: longDate(list[0]) }));
    else mount(dayNote, t('order.date.firstFree', { date: longDate(list[0]) }));
    dateSelect.dataset.mode = mode;
    confirm.disabled = !list.length;
    renderSlots();
  };
  let asked = 0;
  const loadDays = async () => {
    const insee = communeSelect.value;
    const mine = ++asked;
    mount(dayFull);
    if (!insee) {
      setDays([], 'no-commune');
      return;
    }
    mount(dayNote, t('loading'));
    const room = await roomIn(service, insee, soonest);
    if (mine !== asked) return;
    if (room === null) setDays(allowedDays, 'unknown');
    else setDays(room.map(d => d.date), 'room');
  };
  communeSelect.addEventListener('change', () => {
    const c = communes.find(x => x.inseeCode === communeSelect.value);
    if (c) postal.value = (c.postalCodes || [])[0] || '';
    loadDays();
  });

  const slotFieldset = h('fieldset', { class: 'slots', name: 'slot', id: uid('f-slot') }, h('legend', {}, t('order.slot.legend')));
  const slotOptions = h('div', { class: 'slot-options' });
  slotFieldset.append(slotOptions);
  function renderSlots() {
    const day = dateSelect.value;
    const available = day ? availability.slotsOn(day, earliestHere) : [];
    mount(slotOptions, available.length
      ? available.map(([from, to], i) => {
        const id = uid('slot');
        return h('div', { class: 'radio' },
          h('input', { type: 'radio', name: 'slotTime', id, value: `${from}-${to}`, checked: i === 0 }),
          h('label', { for: id }, `${from} – ${to}`));
      })
      : h('p', { class: 'hint' }, day ? t('order.slot.none') : t('order.slot.pickDay')));
  }
  dateSelect.addEventListener('change', () => { mount(dayFull); renderSlots(); });

  const billingChoices = contract && contract.status === 'APPROVED'
    ? h('fieldset', { class: 'billing', name: 'billing', id: uid('f-billing') }, h('legend', {}, t('order.billing')),
      (service.audience === 'COMPANY' ? ['COMPANY'] : ['PERSONAL', 'COMPANY']).map(value => {
        const id = uid('billing');
        return h('div', { class: 'radio' },
          h('input', { type: 'radio', name: 'billingChoice', id, value, checked: value === 'COMPANY' }),
          h('label', { for: id }, value === 'COMPANY' ? t('order.billing.COMPANY', { company: contract.name }) : t('order.billing.PERSONAL')));
      }))
    : null;

  const summary = h('div', { class: 'price-summary', 'aria-live': 'polite', id: 'price-summary' });
  const updatePrice = () => {
    const qty = Number(quantity.value) || 0;
    const subtotal = Number(service.unitPriceCents) * qty;
    const vat = Math.round(subtotal * Number(service.vatRatePercent || 0) / 100);
    const total = subtotal + vat;
    const rows = [[t('order.subtotal'), money(subtotal)], [t('order.vat'), money(vat)], [t('order.total'), money(total)]];
    const billing = billingChoices?.querySelector('input:checked')?.value;
    if (contract && billing === 'COMPANY') {
      let employer = Math.round(total * Number(contract.sharePercent || 0) / 100);
      if (contract.capLeftCents !== null) employer = Math.max(0, Math.min(employer, contract.capLeftCents));
      rows.push([t('order.employerShare'), money(employer)], [t('order.yourShare'), money(total - employer)]);
    }
    mount(summary, h('h3', {}, t('order.summary')), dl(rows),
      contract && billing === 'COMPANY' && contract.capLeftCents !== null ? h('p', { class: 'hint' }, t('order.capLeft', { amount: money(contract.capLeftCents) })) : null,
      h('p', { class: 'hint' }, t('order.estimate')));
  };
  quantity.addEventListener('input', updatePrice);
  billingChoices?.addEventListener('change', updatePrice);
  updatePrice();

  const leadHint = t('order.date.hint', { date: soonest.instant.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }), hours: service.leadTimeHours });
  const dateField = field({ label: t('order.date'), name: 'slot.date', control: dateSelect, required: true, hint: leadHint });
  // the sentence about the first free day is read with the field
  dateField.querySelector('.hint').after(dayNote);
  dateSelect.setAttribute('aria-describedby', `${dateSelect.getAttribute('aria-describedby')} ${dayNote.id}`);
  dateField.append(dayFull);

  const form = h('form', { id: 'order-form', novalidate: true },
    h('p', { class: 'hint' }, t('form.requiredMark')),
    field({ label: t('order.quantity', { unit: t(`unit.${service.priceModel}`) }), name: 'quantity', control: quantity, required: true, hint: t('service.quantity', { min: service.minQuantity, max: service.maxQuantity }) }),
    field({ label: t('order.commune'), name: 'communeInsee', control: communeSelect, required: true }),
    field({ label: t('order.address'), name: 'address.line1', required: true, attrs: { autocomplete: 'address-line1', maxlength: 200 } }),
    field({ label: t('order.address2'), name: 'address.line2', attrs: { autocomplete: 'address-line2', maxlength: 200 } }),
    field({ label: t('order.postalCode'), name: 'address.postalCode', control: postal, required: true }),
    dateField,
    slotFieldset,
    field({ label: t('order.notes'), name: 'notes', type: 'textarea', attrs: { maxlength: 1000 } }),
    field({ label: t('order.phone'), name: 'phone', type: 'tel', attrs: { autocomplete: 'tel', maxlength: 30 } }),
    billingChoices,
    summary,
    confirm);

  if (!commune) setDays([], 'no-commune');
  else if (initialDays === null) setDays(allowedDays, 'unknown');
  else setDays(initialDays.map(d => d.date), 'room');

  // someone took the last place of the day meanwhile: the next days with room, as buttons
  const showDayFull = (day, next) => {
    clearErrors(form);
    offered = offered.filter(d => d !== day);
    dateSelect.querySelector(`option[value="${CSS.escape(day)}"]`)?.remove();
    const choices = (next || []).filter(d => availability.slotsOn(d, earliestHere).length);
    const messageId = uid('day-full-message');
    fieldError(form, 'slot.date', t('order.dayFull', { date: longDate(day) }));
    mount(dayFull, h('div', { class: 'notice notice-warning', role: 'group', 'aria-labelledby': messageId },
      h('p', { id: messageId }, choices.length ? t('order.dayFull.pick') : t('order.dayFull.none', { days: availability.HORIZON_DAYS })),
      choices.length ? h('ul', { class: 'day-choices' }, choices.map(d => h('li', {},
        h('button', { type: 'button', class: 'secondary', dataset: { date: d }, onclick: () => pickDay(d) }, longDate(d))))) : null));
    const first = dayFull.querySelector('button');
    (first || dateSelect).focus();
  };
  const pickDay = day => {
    if (!dateSelect.querySelector(`option[value="${CSS.escape(day)}"]`)) {
      const option = h('option', { value: day }, longDate(day));
      const after = [...dateSelect.options].find(o => o.value > day);
      dateSelect.insertBefore(option, after || null);
      offered = [...offered, day].sort();
    }
    dateSelect.value = day;
    confirm.disabled = false;
    clearErrors(form);
    mount(dayFull);
    renderSlots();
    mount(dayNote, t('order.date.picked', { date: longDate(day) }));
    dateSelect.focus();
  };

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const qty = Number(data.get('quantity'));
    const errors = {};
    if (!Number.isInteger(qty) || qty < service.minQuantity || qty > service.maxQuantity) errors.quantity = t('order.err.quantity', { min: service.minQuantity, max: service.maxQuantity });
    if (!data.get('communeInsee')) errors.communeInsee = t('form.required');
    if (!String(data.get('address.line1') || '').trim()) errors['address.line1'] = t('form.required');
    if (!/^\d{5}$/.test(String(data.get('address.postalCode') || ''))) errors['address.postalCode'] = t('order.err.postal');
    if (!data.get('slot.date')) errors['slot.date'] = offered.length ? t('form.required') : t('order.err.noDay');
    else if (!data.get('slotTime')) errors.slot = t('order.err.slot');
    if (!showInvalid(form, errors)) return;
    const [from, to] = String(data.get('slotTime')).split('-');
    const day = data.get('slot.date');
    const body = {
      serviceId: service.id,
      quantity: qty,
      communeInsee: data.get('communeInsee'),
      address: { line1: data.get('address.line1').trim(), line2: String(data.get('address.line2') || '').trim() || undefined, postalCode: data.get('address.postalCode') },
      slot: { date: day, from, to },
      notes: String(data.get('notes') || '').trim() || undefined,
      phone: String(data.get('phone') || '').trim() || undefined,
      billing: data.get('billingChoice') || 'PERSONAL',
    };
    await busy(form, async () => {
      try {
        const order = await api('/api/orders', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
        flash(t('order.placed', { number: order.number || order.id }));
        location.hash = `#/commandes/${encodeURIComponent(order.id)}`;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.problem.code === 'DAY_FULL') {
          // nothing was stored: the next attempt is a new order, with its own key
          key = idempotencyKey();
          showDayFull(day, error.problem.nextAvailableDates);
          return;
        }
        showError(form, error instanceof ApiError ? error : new ApiError(0, {}), {
          quantity: ['quantit'], 'slot.date': ['créneau', 'slot', 'délai', 'avance', 'ahead', 'lead time', 'passé', 'past'],
          // the postal code's refusal names the commune too: it is about the postal code
          'address.postalCode': ['code postal', 'postal code'],
          communeInsee: ['commune'], billing: ['employ', 'entreprise', 'company', 'contrat', 'contract'],
        });
      }
    });
  });
  form.addEventListener('input', () => form.querySelector('.form-summary')?.replaceChildren());
  return form;
}

/** The caller's company contract when they are an employee whose contract covers this category. */
async function employeeContract(service) {
  try {
    const mine = await api('/api/companies/mine');
    const contract = mine.contract || {};
    const included = contract.includedCategories;
    if (Array.isArray(included) && included.length && !included.includes(service.category)) return null;
    const status = mine.status || mine.employeeStatus || mine.callerStatus;
    let capLeftCents = null;
    if (contract.monthlyCapCentsPerEmployee !== undefined) {
      capLeftCents = mine.capLeftCents ?? mine.remainingCapCents ?? await capLeft(contract.monthlyCapCentsPerEmployee);
    }
    return { name: mine.name, status, sharePercent: contract.employerSharePercent, capLeftCents };
  } catch {
    return null;
  }
}

/** What is left of the employer's monthly cap: the cap minus the employer's share of this month's orders. */
export async function capLeft(cap) {
  try {
    const month = isoMonth();
    const orders = items(await api('/api/orders?size=100'));
    const used = orders
      .filter(o => o.billing === 'COMPANY' && o.state !== 'CANCELLED' && String(o.slot?.date || o.createdAt || '').startsWith(month))
      .reduce((sum, o) => sum + Number(o.price?.employerShareCents || 0), 0);
    return Math.max(0, Number(cap) - used);
  } catch {
    return null;
  }
}
