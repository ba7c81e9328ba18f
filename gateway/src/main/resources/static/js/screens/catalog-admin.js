// Coordinators: the catalog — create a service, edit its texts, price, lead time, audience; withdraw it.
import { h, mount, notice, field, scrollTable } from '../dom.js';
import { t, label } from '../i18n.js';
import { api, items, forget } from '../api.js';
import { money, text } from '../format.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { unavailable, priceWithVat } from '../ui.js';

const PRICE_MODELS = ['FIXED', 'PER_HOUR', 'PER_DAY', 'PER_ITEM', 'PER_KM'];
const AUDIENCES = ['RESIDENT', 'COMPANY', 'ALL'];
const VAT = ['0', '5.5', '10', '20'];

export async function render(main) {
  const editor = h('section', { 'aria-labelledby': 'service-editor-heading', class: 'card', id: 'service-editor' });
  const list = h('div', {}, h('p', { class: 'loading' }, t('loading')));
  const live = h('div', { 'aria-live': 'polite' });
  const newButton = h('button', { type: 'button', id: 'new-service', onclick: () => edit(null) }, t('catalog.new'));
  mount(main, h('h1', {}, t('catalog.title')), live, newButton, editor, list);
  const categories = await territory.categories().catch(() => []);
  editor.hidden = true;

  const edit = service => {
    const s = service || { priceModel: 'FIXED', vatRatePercent: 20, minQuantity: 1, maxQuantity: 1, leadTimeHours: 24, audience: 'ALL', active: true, title: {}, description: {} };
    const form = h('form', { novalidate: true, id: 'service-form' },
      h('p', { class: 'hint' }, t('form.requiredMark')),
      field({ label: t('catalog.slug'), name: 'slug', value: s.slug, required: true, attrs: { maxlength: 80, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } }),
      field({ label: t('catalog.titleFr'), name: 'title.fr', value: s.title?.fr, required: true, attrs: { maxlength: 120, lang: 'fr' } }),
      field({ label: t('catalog.titleEn'), name: 'title.en', value: s.title?.en, required: true, attrs: { maxlength: 120, lang: 'en' } }),
      field({ label: t('catalog.descFr'), name: 'description.fr', type: 'textarea', value: s.description?.fr, required: true, attrs: { maxlength: 2000, lang: 'fr' } }),
      field({ label: t('catalog.descEn'), name: 'description.en', type: 'textarea', value: s.description?.en, required: true, attrs: { maxlength: 2000, lang: 'en' } }),
      field({ label: t('home.category'), name: 'category', type: 'select', value: s.category, required: true, options: categories.map(c => ({ value: c.code, label: text(c.label) })) }),
      field({ label: t('catalog.priceModel'), name: 'priceModel', type: 'select', value: s.priceModel, required: true, options: PRICE_MODELS.map(v => ({ value: v, label: label('pm', v) })) }),
      field({ label: t('catalog.unitPrice'), name: 'unitPriceCents', type: 'number', value: s.unitPriceCents, required: true, attrs: { min: 1, step: 1, inputmode: 'numeric' } }),
      field({ label: t('catalog.vat'), name: 'vatRatePercent', type: 'select', value: String(s.vatRatePercent), required: true, options: VAT.map(v => ({ value: v, label: `${v} %` })) }),
      field({ label: t('catalog.min'), name: 'minQuantity', type: 'number', value: s.minQuantity, required: true, attrs: { min: 1, max: 10000 } }),
      field({ label: t('catalog.max'), name: 'maxQuantity', type: 'number', value: s.maxQuantity, required: true, attrs: { min: 1, max: 10000 } }),
      field({ label: t('catalog.lead'), name: 'leadTimeHours', type: 'number', value: s.leadTimeHours, required: true, attrs: { min: 0, max: 720 } }),
      field({ label: t('catalog.audience'), name: 'audience', type: 'select', value: s.audience, required: true, options: AUDIENCES.map(v => ({ value: v, label: label('audience', v) })) }),
      h('div', { class: 'field checkbox' }, h('input', { type: 'checkbox', name: 'active', id: 'service-active', checked: s.active !== false }), h('label', { for: 'service-active' }, t('catalog.active'))),
      h('button', { type: 'submit' }, t('save')),
      h('button', { type: 'button', class: 'link-button', onclick: () => { mount(editor); editor.hidden = true; newButton.focus(); } }, t('cancel')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const d = new FormData(form);
      const str = name => String(d.get(name) || '').trim();
      const body = {
        slug: str('slug'), title: { fr: str('title.fr'), en: str('title.en') }, description: { fr: str('description.fr'), en: str('description.en') },
        category: d.get('category'), priceModel: d.get('priceModel'), unitPriceCents: Number(d.get('unitPriceCents')),
        vatRatePercent: Number(d.get('vatRatePercent')), minQuantity: Number(d.get('minQuantity')), maxQuantity: Number(d.get('maxQuantity')),
        leadTimeHours: Number(d.get('leadTimeHours')), audience: d.get('audience'), active: d.get('active') === 'on',
      };
      const errors = {};
      ['slug', 'title.fr', 'title.en', 'description.fr', 'description.en'].forEach(n => { if (!str(n)) errors[n] = t('form.required'); });
      if (!(body.unitPriceCents > 0)) errors.unitPriceCents = t('jobs.err.hours');
      if (body.maxQuantity < body.minQuantity) errors.maxQuantity = `≥ ${body.minQuantity}`;
      if (!showInvalid(form, errors)) return;
      await busy(form, async () => {
        try {
          await api(service ? `/api/catalog/services/${encodeURIComponent(service.id)}` : '/api/catalog/services', { method: service ? 'PUT' : 'POST', body });
          forget('/api/catalog/services');
          mount(live, notice('success', t('catalog.saved')));
          mount(editor);
          editor.hidden = true;
          await load();
        } catch (error) {
          showError(form, error);
        }
      });
    });
    editor.hidden = false;
    mount(editor, h('h2', { id: 'service-editor-heading' }, service ? t('catalog.edit', { title: text(service.title) }) : t('catalog.new')), form);
    form.querySelector('input').focus();
  };

  const load = async () => {
    try {
      const services = items(await api('/api/catalog/services?size=100'));
      const categoryName = await territory.categoryName();
      mount(list, scrollTable(t('catalog.title'), h('table', { id: 'services-table' },
        h('thead', {}, h('tr', {}, [t('col.service'), t('col.category'), t('service.price'), t('catalog.lead'), t('catalog.active'), t('col.actions')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, services.map(s => h('tr', { dataset: { service: s.id } },
          h('th', { scope: 'row' }, text(s.title)),
          h('td', {}, categoryName(s.category)),
          h('td', {}, `${priceWithVat(s)} (${money(s.unitPriceCents)} HT)`),
          h('td', {}, `${s.leadTimeHours} h`),
          h('td', {}, s.active === false ? t('no') : t('yes')),
          h('td', {}, h('button', { type: 'button', class: 'small secondary', onclick: () => edit(s) }, t('members.edit'), h('span', { class: 'visually-hidden' }, ` ${text(s.title)}`)))))))));
    } catch (error) {
      mount(list, unavailable(error, load));
    }
  };
  load();
}
