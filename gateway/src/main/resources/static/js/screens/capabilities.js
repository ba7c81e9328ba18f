// A member's capabilities: which services, in which communes, how many jobs a day. Each capability is
// saved or removed on its own (PUT/DELETE /api/members/{id}/capabilities/{serviceId}): the others stay.
// Communes are picked by name with a filter, by intercommunality, or all at once.
import { h, mount, notice, field, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api, forget } from '../api.js';
import { text } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy, clearErrors } from '../forms.js';
import { unavailable } from '../ui.js';

export async function render(main, params) {
  const memberId = params.memberId || session.user().memberId;
  const memberName = await territory.memberName();
  if (!memberId) {
    mount(main, h('h1', {}, t('nav.capabilities')), notice('info', t('jobs.noMember')));
    return;
  }
  const heading = h('h1', {}, t('caps.title', { member: memberName(memberId) }));
  const base = `/api/members/${encodeURIComponent(memberId)}/capabilities`;
  let capabilities;
  let services;
  let communes;
  try {
    [capabilities, services, communes] = await Promise.all([api(base), territory.allServices(), territory.communes()]);
  } catch (error) {
    mount(main, heading, unavailable(error, () => render(main, params)));
    return;
  }
  const serviceTitle = id => text(services.find(s => s.id === id)?.title) || id;
  const live = h('div', { 'aria-live': 'polite' });
  const rows = h('div', { class: 'capability-rows' });
  const say = (kind, message) => {
    mount(live, notice(kind, message));
  };

  const editor = (cap, isNew) => {
    const form = h('form', { class: 'capability card', novalidate: true, dataset: { service: cap.serviceId || '' } });
    const headingId = uid('cap');
    const title = h('h2', { id: headingId }, cap.serviceId ? serviceTitle(cap.serviceId) : t('caps.add'));
    form.setAttribute('aria-labelledby', headingId);
    const taken = new Set(capabilities.map(c => c.serviceId));
    const serviceField = isNew
      ? field({ label: t('caps.service'), name: 'serviceId', type: 'select', required: true,
        options: [{ value: '', label: '—' }, ...services.filter(s => !taken.has(s.id)).map(s => ({ value: s.id, label: text(s.title) }))] })
      : null;
    const picker = communePicker(communes, new Set(cap.communes || []));
    const remove = h('button', { type: 'button', class: 'link-button danger-text' }, isNew ? t('cancel') : t('caps.remove'),
      h('span', { class: 'visually-hidden' }, ` ${cap.serviceId ? serviceTitle(cap.serviceId) : ''}`));
    // Element.append writes null as the text "null": the service picker exists only for a new capability
    form.append(...[title, serviceField, picker.element].filter(Boolean),
      field({ label: t('caps.capacity'), name: 'dailyCapacity', type: 'number', value: cap.dailyCapacity ?? 1, required: true, attrs: { min: 1, max: 100 } }),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('caps.save'),
        h('span', { class: 'visually-hidden' }, ` ${cap.serviceId ? serviceTitle(cap.serviceId) : ''}`)), remove));
    remove.addEventListener('click', async () => {
      if (isNew) {
        form.remove();
        addButton.focus();
        return;
      }
      remove.disabled = true;
      try {
        capabilities = await api(`${base}/${encodeURIComponent(cap.serviceId)}`, { method: 'DELETE' });
        forget('/api/members');
        form.remove();
        say('success', t('caps.removed', { service: serviceTitle(cap.serviceId) }));
        addButton.focus();
      } catch (error) {
        remove.disabled = false;
        showError(form, error);
      }
    });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const serviceId = isNew ? form.querySelector('[name=serviceId]').value : cap.serviceId;
      const chosen = picker.selected();
      const dailyCapacity = Number(form.querySelector('[name=dailyCapacity]').value);
      const errors = {};
      if (!serviceId) errors.serviceId = t('form.required');
      if (!chosen.length) errors.communes = t('caps.communes.none');
      if (!(dailyCapacity >= 1 && dailyCapacity <= 100)) errors.dailyCapacity = t('caps.capacity.range');
      if (!showInvalid(form, errors)) return;
      await busy(form, async () => {
        try {
          capabilities = await api(`${base}/${encodeURIComponent(serviceId)}`, { method: 'PUT', body: { communes: chosen, dailyCapacity } });
          forget('/api/members');
          clearErrors(form);
          say('success', t('caps.savedOne', { service: serviceTitle(serviceId), count: chosen.length }));
          if (isNew) {
            const saved = capabilities.find(c => c.serviceId === serviceId);
            form.replaceWith(editor(saved, false));
          }
        } catch (error) {
          showError(form, error, { serviceId: ['service'], communes: ['commune'] });
        }
      });
    });
    return form;
  };

  const addButton = h('button', { type: 'button', class: 'secondary', id: 'add-capability', onclick: () => {
    const form = editor({ communes: [], dailyCapacity: 1 }, true);
    rows.append(form);
    form.querySelector('select').focus();
  } }, t('caps.add'));
  capabilities.forEach(c => rows.append(editor(c, false)));
  if (!capabilities.length) live.append(notice('info', t('caps.none')));
  mount(main, heading, h('p', { class: 'hint' }, t('caps.intro')), live, rows, addButton);
}

/**
 * The communes as checkboxes grouped by intercommunality, with a filter by name and « tout sélectionner »
 * per group and for all; the filter hides, it never unchecks.
 */
function communePicker(communes, chosen) {
  const legendId = uid('communes');
  const count = h('p', { class: 'hint', 'aria-live': 'polite' });
  const boxes = [];
  const groups = new Map();
  for (const commune of communes) {
    const group = commune.epciName || t('caps.epci.other');
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(commune);
  }
  const refresh = () => {
    const n = boxes.filter(b => b.checked).length;
    count.textContent = t('caps.communes.count', { count: n, total: boxes.length });
    for (const [all, members] of groupToggles) {
      const checked = members.filter(b => b.checked).length;
      all.checked = checked === members.length;
      all.indeterminate = checked > 0 && checked < members.length;
    }
  };
  const groupToggles = [];
  const toggleAll = (label, members) => {
    const id = uid('all');
    const input = h('input', { type: 'checkbox', id });
    input.addEventListener('change', () => { members.forEach(b => { b.checked = input.checked; }); refresh(); });
    groupToggles.push([input, members]);
    return h('div', { class: 'field checkbox select-all' }, input, h('label', { for: id }, label));
  };
  const groupElements = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'fr')).map(([name, list]) => {
    const members = [];
    const items = list.map(c => {
      const id = uid('commune');
      const box = h('input', { type: 'checkbox', id, name: 'communes', value: c.inseeCode, checked: chosen.has(c.inseeCode) });
      box.addEventListener('change', refresh);
      members.push(box);
      boxes.push(box);
      return h('li', { class: 'checkbox', dataset: { name: territory.normalize(c.name) } }, box, h('label', { for: id }, c.name));
    });
    const groupId = uid('epci');
    return h('fieldset', { class: 'epci', 'aria-labelledby': groupId },
      h('legend', { id: groupId }, name),
      toggleAll(t('caps.epci.all', { epci: name }), members),
      h('ul', { class: 'commune-list' }, items));
  });
  const filter = h('input', { type: 'search', id: uid('filter'), autocomplete: 'off' });
  filter.addEventListener('input', () => {
    const q = territory.normalize(filter.value);
    groupElements.forEach(group => {
      let shown = 0;
      group.querySelectorAll('li').forEach(li => {
        li.hidden = Boolean(q) && !li.dataset.name.includes(q);
        if (!li.hidden) shown += 1;
      });
      group.hidden = shown === 0;
    });
  });
  const element = h('fieldset', { class: 'commune-picker', 'aria-labelledby': legendId },
    h('legend', { id: legendId }, t('caps.communes')),
    h('div', { class: 'field' }, h('label', { for: filter.id }, t('caps.communes.filter')), filter),
    toggleAll(t('caps.communes.all'), boxes),
    count,
    groupElements);
  refresh();
  return { element, selected: () => boxes.filter(b => b.checked).map(b => b.value) };
}
