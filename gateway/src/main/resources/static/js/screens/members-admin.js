// Coordinators: create and edit member structures (profile, active or suspended, the rotation's weight per
// category), suspended ones included; a link to each one's capability editor.
import { h, mount, notice, field, scrollTable, uid } from '../dom.js';
import { t, label, colon } from '../i18n.js';
import { api, items, forget } from '../api.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { unavailable } from '../ui.js';
import { text } from '../format.js';

const TYPES = ['ACI', 'EI', 'ETTI', 'AI', 'EA', 'ESAT', 'ASSOCIATION', 'SCOP', 'SCIC', 'COMPANY', 'LOCAL_AUTHORITY', 'TRAINING_ORG'];

export async function render(main) {
  const editor = h('section', { 'aria-labelledby': 'member-editor-heading', class: 'card', id: 'member-editor' });
  const list = h('div', {}, h('p', { class: 'loading' }, t('loading')));
  const live = h('div', { 'aria-live': 'polite' });
  const newButton = h('button', { type: 'button', id: 'new-member', onclick: () => edit(null) }, t('members.new'));
  mount(main, h('h1', {}, t('members.title')), live, newButton, editor, list);
  const communes = await territory.communes().catch(() => []);
  const categories = await territory.categories().catch(() => []);

  const edit = async id => {
    let member = { active: true };
    if (id) {
      try {
        member = await api(`/api/members/${encodeURIComponent(id)}/details`);
      } catch (error) {
        mount(editor, h('h2', { id: 'member-editor-heading' }, t('members.edit')), unavailable(error));
        return;
      }
    }
    const form = h('form', { novalidate: true, id: 'member-form' },
      field({ label: t('members.name'), name: 'name', value: member.name, required: true, attrs: { maxlength: 200 } }),
      field({ label: t('members.siret'), name: 'siret', value: member.siret, attrs: { inputmode: 'numeric', pattern: '\\d{14}', maxlength: 14 } }),
      field({ label: t('members.type'), name: 'structureType', type: 'select', value: member.structureType, required: true, options: TYPES.map(v => ({ value: v, label: label('st', v) })) }),
      field({ label: t('members.description'), name: 'description', type: 'textarea', value: member.description, attrs: { maxlength: 2000 } }),
      field({ label: t('members.email'), name: 'contactEmail', type: 'email', value: member.contactEmail, attrs: { maxlength: 200 } }),
      communes.length
        ? field({ label: t('members.baseCommune'), name: 'baseCommune', type: 'select', value: member.baseCommune || '', options: [{ value: '', label: '—' }, ...communes.map(c => ({ value: c.inseeCode, label: c.name }))] })
        : field({ label: t('members.baseCommune'), name: 'baseCommune', value: member.baseCommune }),
      h('fieldset', { class: 'legal-address' }, h('legend', {}, t('members.legal')),
        h('p', { class: 'hint' }, t('members.legal.hint')),
        field({ label: t('members.legal.line1'), name: 'legal.line1', value: member.legalAddress?.line1, attrs: { maxlength: 200, autocomplete: 'address-line1' } }),
        field({ label: t('members.legal.line2'), name: 'legal.line2', value: member.legalAddress?.line2, attrs: { maxlength: 200, autocomplete: 'address-line2' } }),
        field({ label: t('members.legal.postalCode'), name: 'legal.postalCode', value: member.legalAddress?.postalCode, attrs: { inputmode: 'numeric', pattern: '\\d{5}', maxlength: 5, autocomplete: 'postal-code' } }),
        field({ label: t('members.legal.city'), name: 'legal.city', value: member.legalAddress?.city, attrs: { maxlength: 100, autocomplete: 'address-level2' } }),
        field({ label: t('members.legal.vat'), name: 'legal.vatNumber', value: member.legalAddress?.vatNumber, attrs: { maxlength: 13 } })),
      h('div', { class: 'field checkbox' }, h('input', { type: 'checkbox', name: 'active', id: 'member-active', checked: member.active !== false }), h('label', { for: 'member-active' }, t('members.active'))),
      h('fieldset', { class: 'weights' }, h('legend', {}, t('members.weights')),
        h('p', { class: 'hint', id: 'weights-hint' }, t('members.weights.hint')),
        categories.map(c => {
          const weightId = uid('weight');
          const weight = (member.categoryWeights || {})[c.code];
          return h('div', { class: 'field' }, h('label', { for: weightId }, text(c.label)),
            h('input', { type: 'number', id: weightId, name: `weight.${c.code}`, min: 1, max: 1000, step: 1, value: weight ?? '', 'aria-describedby': 'weights-hint', dataset: { category: c.code } }));
        })),
      h('button', { type: 'submit' }, t('save')),
      h('button', { type: 'button', class: 'link-button', onclick: () => { mount(editor); editor.hidden = true; newButton.focus(); } }, t('cancel')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const data = new FormData(form);
      const body = {
        name: String(data.get('name') || '').trim(),
        siret: String(data.get('siret') || '').trim() || undefined,
        structureType: data.get('structureType'),
        description: String(data.get('description') || '').trim() || undefined,
        contactEmail: String(data.get('contactEmail') || '').trim() || undefined,
        baseCommune: data.get('baseCommune') || undefined,
        active: data.get('active') === 'on',
        legalAddress: String(data.get('legal.line1') || '').trim() ? {
          line1: String(data.get('legal.line1')).trim(),
          line2: String(data.get('legal.line2') || '').trim() || undefined,
          postalCode: String(data.get('legal.postalCode') || '').trim(),
          city: String(data.get('legal.city') || '').trim(),
          vatNumber: String(data.get('legal.vatNumber') || '').trim().toUpperCase() || undefined,
        } : undefined,
        categoryWeights: Object.fromEntries([...form.querySelectorAll('[data-category]')]
          .filter(input => input.value !== '').map(input => [input.dataset.category, Number(input.value)])),
      };
      const errors = {};
      form.querySelectorAll('[data-category]').forEach(input => {
        const value = input.value === '' ? 1 : Number(input.value);
        if (!Number.isInteger(value) || value < 1 || value > 1000) errors[input.name] = t('members.weights.range');
      });
      if (!body.name) errors.name = t('form.required');
      if (body.siret && !/^\d{14}$/.test(body.siret)) errors.siret = t('members.siret');
      if (body.legalAddress) {
        if (!/^\d{5}$/.test(body.legalAddress.postalCode)) errors['legal.postalCode'] = t('members.legal.postalCode.invalid');
        if (!body.legalAddress.city) errors['legal.city'] = t('form.required');
        if (body.legalAddress.vatNumber && !/^FR[0-9A-Z]{2}\d{9}$/.test(body.legalAddress.vatNumber)) errors['legal.vatNumber'] = t('members.legal.vat.invalid');
      }
      if (!showInvalid(form, errors)) return;
      await busy(form, async () => {
        try {
          await api(id ? `/api/members/${encodeURIComponent(id)}` : '/api/members', { method: id ? 'PUT' : 'POST', body });
          forget('/api/members');
          mount(live, notice('success', t('members.saved')));
          mount(editor);
          editor.hidden = true;
          await load();
          live.querySelector('.notice')?.setAttribute('tabindex', '-1');
          live.querySelector('.notice')?.focus();
        } catch (error) {
          showError(form, error);
        }
      });
    });
    editor.hidden = false;
    mount(editor, h('h2', { id: 'member-editor-heading' }, id ? `${colon(t('members.edit'))}${member.name}` : t('members.new')), form);
    form.querySelector('input').focus();
  };

  const load = async () => {
    try {
      const members = items(await api('/api/members?size=100&suspended=true'));
      const categoryName = await territory.categoryName();
      mount(list, scrollTable(t('members.title'), h('table', { id: 'members-table' },
        h('thead', {}, h('tr', {}, [t('col.name'), t('members.type'), t('directory.what'), t('col.status'), t('col.actions')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, members.map(m => h('tr', { dataset: { member: m.id } },
          h('th', { scope: 'row' }, m.name),
          h('td', {}, label('st', m.structureType)),
          h('td', {}, [...(m.categories || [])].map(categoryName).join(', ')),
          h('td', {}, m.active ? t('members.active') : t('members.suspended')),
          h('td', { class: 'row-actions' },
            h('button', { type: 'button', class: 'small secondary', onclick: () => edit(m.id) }, t('members.edit'), h('span', { class: 'visually-hidden' }, ` ${m.name}`)),
            h('a', { href: `#/capacites/${encodeURIComponent(m.id)}` }, t('members.capabilities'), h('span', { class: 'visually-hidden' }, ` ${m.name}`)))))))));
    } catch (error) {
      mount(list, unavailable(error, load));
    }
  };
  editor.hidden = true;
  load();
}
