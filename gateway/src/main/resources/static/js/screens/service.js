// One service, and the order form: quantity, commune and address, a slot picker that honours the
// lead time, who pays (employees under a company contract), the price before confirming.
import { h, mount, field, notice, dl, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api, items, idempotencyKey, ApiError } from '../api.js';
import { money, text, isoMonth, parisWallClock } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { priceWithVat, unavailable, flash } from '../ui.js';

const SLOTS = [['08:00', '10:00'], ['10:00', '12:00'], ['14:00', '16:00'], ['16:00', '18:00']];

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
  const orderArea = h('section', { 'aria-labelledby': 'order-heading', class: 'card' });
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
    orderArea.append(h('p', {}, h('a', { class: 'button', href: `#/connexion?next=${encodeURIComponent(location.hash)}` }, t('service.signinToOrder'))));
    return;
  }
  orderArea.append(await orderForm(service, commune, communes));
}

async function orderForm(service, commune, communes) {
  const contract = await employeeContract(service);
  const key = idempotencyKey();
  // the lead time, plus a quarter of an hour for filling in the form
  const earliest = new Date(Date.now() + (Number(service.leadTimeHours || 0) * 60 + 15) * 60 * 1000);
  // slots are wall-clock times in Europe/Paris: compare them with the earliest instant seen from there
  const earliestHere = parisWallClock(earliest);
  const minDate = earliestHere.slice(0, 10);

  const quantity = h('input', { type: 'number', name: 'quantity', min: service.minQuantity, max: service.maxQuantity, step: 1, value: service.minQuantity, required: true, inputmode: 'numeric' });
  const communeSelect = h('select', { name: 'communeInsee', required: true, autocomplete: 'off' },
    h('option', { value: '' }, '—'),
    communes.map(c => h('option', { value: c.inseeCode, selected: commune && c.inseeCode === commune.inseeCode }, c.name)));
  const postal = h('input', { type: 'text', name: 'address.postalCode', inputmode: 'numeric', pattern: '\\d{5}', maxlength: 5, autocomplete: 'postal-code', required: true, value: commune ? (commune.postalCodes || [])[0] : '' });
  communeSelect.addEventListener('change', () => {
    const c = communes.find(x => x.inseeCode === communeSelect.value);
    if (c) postal.value = (c.postalCodes || [])[0] || '';
  });
  const dateInput = h('input', { type: 'date', name: 'slot.date', min: minDate, value: minDate, required: true });
  const slotFieldset = h('fieldset', { class: 'slots', name: 'slot', id: uid('f-slot') }, h('legend', {}, t('order.slot.legend')));
  const slotOptions = h('div', { class: 'slot-options' });
  slotFieldset.append(slotOptions);

  const renderSlots = () => {
    const day = dateInput.value;
    const available = SLOTS.filter(([from]) => `${day}T${from}` >= earliestHere);
    mount(slotOptions, available.length
      ? available.map(([from, to], i) => {
        const id = uid('slot');
        return h('div', { class: 'radio' },
          h('input', { type: 'radio', name: 'slotTime', id, value: `${from}-${to}`, checked: i === 0 }),
          h('label', { for: id }, `${from} – ${to}`));
      })
      : h('p', { class: 'hint' }, t('order.slot.none')));
  };
  dateInput.addEventListener('change', renderSlots);
  renderSlots();

  const billingChoices = contract && contract.status === 'APPROVED'
    ? h('fieldset', { class: 'billing', name: 'billing', id: uid('f-billing') }, h('legend', {}, t('order.billing')),
      ['PERSONAL', 'COMPANY'].map(value => {
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

  const form = h('form', { id: 'order-form', novalidate: true },
    h('p', { class: 'hint' }, t('form.requiredMark')),
    field({ label: t('order.quantity', { unit: t(`unit.${service.priceModel}`) }), name: 'quantity', control: quantity, required: true, hint: t('service.quantity', { min: service.minQuantity, max: service.maxQuantity }) }),
    field({ label: t('order.commune'), name: 'communeInsee', control: communeSelect, required: true }),
    field({ label: t('order.address'), name: 'address.line1', required: true, attrs: { autocomplete: 'address-line1', maxlength: 200 } }),
    field({ label: t('order.address2'), name: 'address.line2', attrs: { autocomplete: 'address-line2', maxlength: 200 } }),
    field({ label: t('order.postalCode'), name: 'address.postalCode', control: postal, required: true }),
    field({ label: t('order.date'), name: 'slot.date', control: dateInput, required: true, hint: t('order.date.hint', { date: earliest.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }), hours: service.leadTimeHours }) }),
    slotFieldset,
    field({ label: t('order.notes'), name: 'notes', type: 'textarea', attrs: { maxlength: 1000 } }),
    field({ label: t('order.phone'), name: 'phone', type: 'tel', attrs: { autocomplete: 'tel', maxlength: 30 } }),
    billingChoices,
    summary,
    h('button', { type: 'submit', id: 'confirm-order' }, t('order.confirm')));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const qty = Number(data.get('quantity'));
    const errors = {};
    if (!Number.isInteger(qty) || qty < service.minQuantity || qty > service.maxQuantity) errors.quantity = t('order.err.quantity', { min: service.minQuantity, max: service.maxQuantity });
    if (!data.get('communeInsee')) errors.communeInsee = t('form.required');
    if (!String(data.get('address.line1') || '').trim()) errors['address.line1'] = t('form.required');
    if (!/^\d{5}$/.test(String(data.get('address.postalCode') || ''))) errors['address.postalCode'] = t('order.err.postal');
    if (!data.get('slot.date')) errors['slot.date'] = t('form.required');
    else if (!data.get('slotTime')) errors.slot = t('order.err.slot');
    if (!showInvalid(form, errors)) return;
    const [from, to] = String(data.get('slotTime')).split('-');
    const body = {
      serviceId: service.id,
      quantity: qty,
      communeInsee: data.get('communeInsee'),
      address: { line1: data.get('address.line1').trim(), line2: String(data.get('address.line2') || '').trim() || undefined, postalCode: data.get('address.postalCode') },
      slot: { date: data.get('slot.date'), from, to },
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
        showError(form, error instanceof ApiError ? error : new ApiError(0, {}), {
          quantity: ['quantit'], 'slot.date': ['créneau', 'slot', 'délai', 'avance', 'ahead', 'lead time', 'passé', 'past'],
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
