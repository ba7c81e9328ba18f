// Pieces shared by the screens: flash messages across a navigation, state badges, error notices.
import { h, notice } from './dom.js';
import { t, label } from './i18n.js';
import { text, money } from './format.js';

let flashMessage = null;
export function flash(message) {
  flashMessage = message;
}
export function takeFlash() {
  const message = flashMessage;
  flashMessage = null;
  return message ? notice('success', message) : null;
}

/** Why a member does not fit a job, in words: « complète ce jour-là, n'intervient pas dans cette commune ». */
export function fitReasons(reasons) {
  return (reasons || []).map(r => label('fit', r)).join(', ');
}

export function badge(prefix, state) {
  return h('span', { class: `badge badge-${String(state).toLowerCase()}` }, label(prefix, state));
}

/** A notice for a part of the page whose data could not be loaded. */
export function unavailable(error, retry) {
  return notice('error', error && error.status === 404 ? t('error.404') : (error?.message || t('error.generic')),
    retry ? [' ', h('button', { type: 'button', class: 'link-button', onclick: retry }, t('retry'))] : null);
}

/** The unit price as shown to people: VAT included. */
export function priceWithVat(service) {
  const cents = Math.round(Number(service.unitPriceCents) * (100 + Number(service.vatRatePercent || 0)) / 100);
  return t(`price.${service.priceModel}`, { price: money(cents) });
}

export function serviceName(service) {
  return text(service.title);
}

/** Loads several things at once; each result is {value} or {error}. */
export async function settle(promises) {
  const results = await Promise.allSettled(promises);
  return results.map(r => (r.status === 'fulfilled' ? { value: r.value } : { error: r.reason }));
}
