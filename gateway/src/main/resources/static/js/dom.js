// Small DOM helpers: elements are built with properties and text nodes, never from HTML strings,
// so nothing a user or the API sends can become markup (and the strict CSP needs no inline code).

/** Creates an element: h('p', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.setAttribute('class', value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'value' && 'value' in el && !tag.startsWith('svg:')) {
      el.value = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of an element. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let counter = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form field: label, control, hint and an error slot wired with aria-describedby. */
export function field({ label, name, type = 'text', value, required, hint, options, attrs = {}, control }) {
  const id = uid(`f-${name.replace(/[^a-zA-Z0-9]/g, '-')}`);
  let input;
  if (control) {
    input = control;
    input.id = id;
    input.name = name;
  } else if (type === 'select') {
    input = h('select', { id, name, required, ...attrs },
      (options || []).map(o => h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label)));
  } else if (type === 'textarea') {
    input = h('textarea', { id, name, required, rows: 3, ...attrs });
    if (value !== undefined && value !== null) input.value = value;
  } else {
    input = h('input', { id, name, type, required, ...attrs });
    if (value !== undefined && value !== null) input.value = value;
  }
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' },
    h('label', { for: id }, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    hintEl, input);
}

/** A status/alert message area. */
export function notice(kind, ...content) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...content);
}

/** A definition list from [term, value] pairs. */
export function dl(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(Boolean).map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** A table in a horizontally scrollable region that the keyboard can scroll too. */
export function scrollTable(label, table) {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': label, tabindex: '0' }, table);
}
