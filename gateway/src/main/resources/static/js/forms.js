// Form errors shown next to their fields (aria-invalid + aria-describedby) and a summary that takes focus.
import { h } from './dom.js';
import { t } from './i18n.js';

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(el => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach(el => {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(id => id && !id.endsWith('-error'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  });
  const summary = form.querySelector('.form-summary');
  if (summary) summary.replaceChildren();
}

/** Marks one field as wrong, with its message next to it. Returns true when the field exists. */
export function fieldError(form, name, message) {
  const control = findControl(form, name);
  if (!control) return false;
  const id = `${control.id}-error`;
  let el = form.querySelector(`#${CSS.escape(id)}`);
  if (!el) {
    el = h('p', { class: 'field-error', id });
    control.closest('.field, fieldset')?.append(el) ?? control.after(el);
  }
  el.textContent = message;
  control.setAttribute('aria-invalid', 'true');
  const ids = new Set((control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
  ids.add(id);
  control.setAttribute('aria-describedby', [...ids].join(' '));
  return true;
}

function findControl(form, name) {
  const candidates = [name, name.replace(/\[\d+\]/g, ''), name.split('.').pop()];
  for (const candidate of candidates) {
    const el = form.querySelector(`[name="${CSS.escape(candidate)}"]`);
    if (el) return el;
  }
  return null;
}

/** Shows an API error on a form: field errors next to fields, the rest in the summary. */
export function showError(form, error, fieldHints = {}) {
  clearErrors(form);
  const summary = ensureSummary(form);
  const unplaced = [];
  for (const { field, message } of (error.fieldErrors || [])) {
    if (!fieldError(form, field, message)) unplaced.push(`${field}: ${message}`);
  }
  // A business-rule refusal (422) names no field: place it next to the field it is about when we can tell.
  const detail = error.message || t('error.generic');
  if (!error.fieldErrors?.length) {
    const lower = (error.problem?.detail || '').toLowerCase();
    const hinted = Object.entries(fieldHints).find(([, words]) => words.some(w => lower.includes(w)));
    if (hinted) fieldError(form, hinted[0], detail);
  }
  // the DOM's own append would write a null as the text « null »: only what there is goes in
  summary.append(h('p', {}, detail), ...(unplaced.length ? [h('ul', {}, unplaced.map(m => h('li', {}, m)))] : []));
  summary.focus();
}

/** Shows client-side validation errors ({name: message}); returns true when there are none. */
export function showInvalid(form, errors) {
  clearErrors(form);
  const entries = Object.entries(errors);
  if (!entries.length) return true;
  entries.forEach(([name, message]) => fieldError(form, name, message));
  const summary = ensureSummary(form);
  summary.append(h('p', {}, t('form.fix', { count: entries.length })));
  findControl(form, entries[0][0])?.focus();
  return false;
}

function ensureSummary(form) {
  let summary = form.querySelector('.form-summary');
  if (!summary) {
    summary = h('div', { class: 'form-summary', role: 'alert', tabindex: '-1' });
    form.prepend(summary);
  }
  return summary;
}

/** Disables a form's submit button while a request runs. */
export async function busy(form, work) {
  const buttons = form.querySelectorAll('button[type=submit]');
  buttons.forEach(b => { b.disabled = true; b.setAttribute('aria-busy', 'true'); });
  try {
    return await work();
  } finally {
    buttons.forEach(b => { b.disabled = false; b.removeAttribute('aria-busy'); });
  }
}
