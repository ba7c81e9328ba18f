// A member's capabilities: which services, in which communes, how many jobs a day.
import { h, mount, notice, field, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api, items, forget } from '../api.js';
import { text } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { unavailable } from '../ui.js';

export async function render(main, params) {
  const memberId = params.memberId || session.user().memberId;
  const [memberName, communeName] = await Promise.all([territory.memberName(), territory.communeName()]);
  if (!memberId) {
    mount(main, h('h1', {}, t('nav.capabilities')), notice('info', t('jobs.noMember')));
    return;
  }
  const heading = h('h1', {}, t('caps.title', { member: memberName(memberId) }));
  let capabilities;
  let services;
  try {
    [capabilities, services] = await Promise.all([
      api(`/api/members/${encodeURIComponent(memberId)}/capabilities`).then(items),
      territory.allServices(),
    ]);
  } catch (error) {
    mount(main, heading, unavailable(error, () => render(main, params)));
    return;
  }
  const rows = h('div', { class: 'capability-rows' });
  const addRow = (cap = { serviceId: '', communes: [], dailyCapacity: 1 }, focus = false) => {
    const legendId = uid('cap');
    const row = h('fieldset', { class: 'capability' },
      h('legend', { id: legendId }, cap.serviceId ? text(services.find(s => s.id === cap.serviceId)?.title) || cap.serviceId : t('caps.add')),
      field({ label: t('caps.service'), name: 'serviceId', type: 'select', value: cap.serviceId, required: true,
        options: [{ value: '', label: '—' }, ...services.map(s => ({ value: s.id, label: text(s.title) }))] }),
      field({ label: t('caps.communes'), name: 'communes', type: 'textarea', value: (cap.communes || []).join(', '), required: true, hint: (cap.communes || []).map(communeName).join(', ') || null, attrs: { inputmode: 'numeric', rows: 3 } }),
      field({ label: t('caps.capacity'), name: 'dailyCapacity', type: 'number', value: cap.dailyCapacity, required: true, attrs: { min: 1, max: 100 } }),
      h('button', { type: 'button', class: 'link-button', onclick: () => { row.remove(); addButton.focus(); } }, t('caps.remove'), h('span', { class: 'visually-hidden' }, ` ${cap.serviceId ? text(services.find(s => s.id === cap.serviceId)?.title) || cap.serviceId : ''}`)));
    rows.append(row);
    if (focus) row.querySelector('select').focus();
  };
  const addButton = h('button', { type: 'button', class: 'secondary', onclick: () => addRow(undefined, true) }, t('caps.add'));
  const live = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'capabilities-form', novalidate: true }, rows, addButton, h('button', { type: 'submit' }, t('save')));
  capabilities.forEach(c => addRow(c));
  if (!capabilities.length) live.append(notice('info', t('caps.none')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = [...rows.querySelectorAll('fieldset.capability')].map(row => ({
      serviceId: row.querySelector('[name=serviceId]').value,
      communes: row.querySelector('[name=communes]').value.split(/[\s,;]+/).filter(Boolean),
      dailyCapacity: Number(row.querySelector('[name=dailyCapacity]').value),
    }));
    const bad = body.findIndex(c => !c.serviceId || !c.communes.length || !(c.dailyCapacity >= 1));
    if (bad >= 0) {
      const row = rows.querySelectorAll('fieldset.capability')[bad];
      showInvalid(form, {});
      row.querySelector(':invalid, select, input')?.focus();
      mount(live, notice('error', t('form.fix', { count: 1 })));
      return;
    }
    await busy(form, async () => {
      try {
        await api(`/api/members/${encodeURIComponent(memberId)}/capabilities`, { method: 'PUT', body });
        forget('/api/members');
        mount(live, notice('success', t('caps.saved')));
      } catch (error) {
        showError(form, error);
      }
    });
  });
  mount(main, heading, live, form);
}
