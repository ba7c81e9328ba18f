// Coordinators: the companies, each with its contract, sites and e-mail domains; create and edit.
import { h, mount, notice, field, scrollTable, uid } from '../dom.js';
import { t, colon, lang } from '../i18n.js';
import { api } from '../api.js';
import { money, text, isoDate } from '../format.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { unavailable } from '../ui.js';

export async function render(main) {
  const live = h('div', { 'aria-live': 'polite' });
  const editor = h('section', { 'aria-labelledby': 'company-editor-heading', class: 'card', id: 'company-editor', hidden: true });
  const list = h('div', {}, h('p', { class: 'loading' }, t('loading')));
  const newButton = h('button', { type: 'button', id: 'new-company', onclick: () => edit(null) }, t('companies.new'));
  mount(main, h('h1', {}, t('companies.title')), live, newButton, editor, list);
  const [communes, categories] = await Promise.all([
    territory.communes().catch(() => []),
    territory.categories().catch(() => []),
  ]);
  const communeName = await territory.communeName();

  const close = () => { mount(editor); editor.hidden = true; newButton.focus(); };

  const siteFieldset = (site = {}, index = 0) => {
    const legend = h('legend', {}, site.name || t('companies.site.new'));
    const fieldset = h('fieldset', { class: 'site', dataset: { siteId: site.id || '' } }, legend,
      field({ label: t('companies.site.name'), name: 'siteName', value: site.name, required: true, attrs: { maxlength: 120 } }),
      field({ label: t('companies.site.line1'), name: 'siteLine1', value: site.address?.line1, required: true, attrs: { maxlength: 200, autocomplete: 'off' } }),
      field({ label: t('companies.site.line2'), name: 'siteLine2', value: site.address?.line2, attrs: { maxlength: 200, autocomplete: 'off' } }),
      field({ label: t('companies.site.postalCode'), name: 'sitePostalCode', value: site.address?.postalCode, required: true, attrs: { inputmode: 'numeric', pattern: '\\d{5}', maxlength: 5 } }),
      field({ label: t('companies.site.commune'), name: 'siteCommune', type: 'select', value: site.communeInsee || '', required: true,
        options: [{ value: '', label: '—' }, ...communes.map(c => ({ value: c.inseeCode, label: c.name }))] }),
      h('button', { type: 'button', class: 'link-button', onclick: () => { const next = fieldset.nextElementSibling || fieldset.previousElementSibling; fieldset.remove(); (next?.querySelector('input') || editor.querySelector('#add-site'))?.focus(); } },
        t('companies.site.remove'), h('span', { class: 'visually-hidden' }, ` ${site.name || index + 1}`)));
    return fieldset;
  };

  const edit = async id => {
    let company = { emailDomains: [], sites: [], contract: { employerSharePercent: 50, monthlyCapCentsPerEmployee: 10000, includedCategories: [], validFrom: isoDate(new Date()) } };
    if (id) {
      try {
        company = await api(`/api/companies/${encodeURIComponent(id)}`);
      } catch (error) {
        editor.hidden = false;
        mount(editor, h('h2', { id: 'company-editor-heading' }, t('companies.edit')), unavailable(error));
        return;
      }
    }
    const contract = company.contract || {};
    const sites = h('div', { class: 'sites' }, (company.sites || []).map(siteFieldset));
    const categoryBoxes = h('fieldset', { class: 'categories' }, h('legend', {}, t('companies.categories')),
      categories.map(c => {
        const boxId = uid('cat');
        return h('div', { class: 'field checkbox' },
          h('input', { type: 'checkbox', id: boxId, name: 'includedCategories', value: c.code, checked: (contract.includedCategories || []).includes(c.code) }),
          h('label', { for: boxId }, text(c.label)));
      }));
    const form = h('form', { novalidate: true, id: 'company-form' },
      h('p', { class: 'hint' }, t('form.requiredMark')),
      field({ label: t('companies.name'), name: 'name', value: company.name, required: true, attrs: { maxlength: 120 } }),
      field({ label: t('companies.siret'), name: 'siret', value: company.siret, required: true, attrs: { inputmode: 'numeric', pattern: '\\d{14}', maxlength: 14 } }),
      field({ label: t('companies.domains'), name: 'emailDomains', type: 'textarea', value: (company.emailDomains || []).join('\n'), required: true, hint: t('companies.domains.hint'), attrs: { rows: 2 } }),
      h('fieldset', { class: 'contract' }, h('legend', {}, t('companies.contract')),
        // text, not number: a comma is the decimal separator in French whatever the browser's locale
        field({ label: t('companies.share'), name: 'employerSharePercent', value: decimal(contract.employerSharePercent), required: true, attrs: { inputmode: 'decimal', maxlength: 6, autocomplete: 'off' } }),
        field({ label: t('companies.cap'), name: 'monthlyCapCentsPerEmployee', value: contract.monthlyCapCentsPerEmployee == null ? '' : decimal((contract.monthlyCapCentsPerEmployee / 100).toFixed(2)), required: true, attrs: { inputmode: 'decimal', maxlength: 12, autocomplete: 'off' } }),
        categoryBoxes,
        field({ label: t('companies.validFrom'), name: 'validFrom', type: 'date', value: contract.validFrom, required: true }),
        field({ label: t('companies.validTo'), name: 'validTo', type: 'date', value: contract.validTo })),
      h('h3', {}, t('companies.sites')),
      sites,
      h('button', { type: 'button', class: 'secondary', id: 'add-site', onclick: () => { const added = siteFieldset({}, sites.children.length); sites.append(added); added.querySelector('input').focus(); } }, t('companies.site.add')),
      h('div', { class: 'actions' },
        h('button', { type: 'submit' }, t('save')),
        h('button', { type: 'button', class: 'link-button', onclick: close }, t('cancel'))));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const data = new FormData(form);
      const share = parseDecimal(data.get('employerSharePercent'));
      const capEuros = parseDecimal(data.get('monthlyCapCentsPerEmployee'));
      const body = {
        name: String(data.get('name') || '').trim(),
        siret: String(data.get('siret') || '').replace(/\s/g, ''),
        emailDomains: String(data.get('emailDomains') || '').split(/[\s,;]+/).map(d => d.replace(/^@/, '')).filter(Boolean),
        sites: [...sites.querySelectorAll('fieldset.site')].map(fs => ({
          id: fs.dataset.siteId || undefined,
          name: fs.querySelector('[name=siteName]').value.trim(),
          address: {
            line1: fs.querySelector('[name=siteLine1]').value.trim(),
            line2: fs.querySelector('[name=siteLine2]').value.trim() || undefined,
            postalCode: fs.querySelector('[name=sitePostalCode]').value.trim(),
          },
          communeInsee: fs.querySelector('[name=siteCommune]').value,
        })),
        contract: {
          employerSharePercent: share,
          monthlyCapCentsPerEmployee: capEuros === null ? null : Math.round(capEuros * 100),
          includedCategories: data.getAll('includedCategories'),
          validFrom: data.get('validFrom') || null,
          validTo: data.get('validTo') || undefined,
        },
        version: id ? company.version : undefined,
      };
      const errors = {};
      if (!body.name) errors.name = t('form.required');
      if (!/^\d{14}$/.test(body.siret)) errors.siret = t('companies.siret');
      if (!body.emailDomains.length) errors.emailDomains = t('form.required');
      if (share === null || Number.isNaN(share) || share < 0 || share > 100) errors.employerSharePercent = t('companies.share.range');
      if (capEuros === null || Number.isNaN(capEuros) || capEuros < 0) errors.monthlyCapCentsPerEmployee = t('companies.cap.range');
      if (!body.contract.includedCategories.length) errors.includedCategories = t('companies.categories.none');
      if (!body.contract.validFrom) errors.validFrom = t('form.required');
      if (!showInvalid(form, errors)) return;
      await busy(form, async () => {
        try {
          const saved = await api(id ? `/api/companies/${encodeURIComponent(id)}` : '/api/companies', { method: id ? 'PUT' : 'POST', body });
          mount(live, notice('success', t('companies.saved', { name: saved.name })));
          mount(editor);
          editor.hidden = true;
          await load();
          const message = live.querySelector('.notice');
          message?.setAttribute('tabindex', '-1');
          message?.focus();
        } catch (error) {
          showError(form, error);
        }
      });
    });
    editor.hidden = false;
    mount(editor, h('h2', { id: 'company-editor-heading' }, id ? `${colon(t('companies.edit'))}${company.name}` : t('companies.new')), form);
    form.querySelector('input').focus();
  };

  const load = async () => {
    try {
      const companies = await api('/api/companies');
      if (!companies.length) {
        mount(list, notice('info', t('companies.none')));
        return;
      }
      mount(list, scrollTable(t('companies.title'), h('table', { id: 'companies-table' },
        h('thead', {}, h('tr', {}, [t('col.name'), t('companies.domains.short'), t('companies.contract'), t('companies.sites'), t('col.actions')]
          .map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, companies.map(c => h('tr', { dataset: { company: c.id } },
          h('th', { scope: 'row' }, c.name),
          h('td', {}, (c.emailDomains || []).join(', ')),
          h('td', {}, t('companies.contract.summary', { share: c.contract?.employerSharePercent, cap: money(c.contract?.monthlyCapCentsPerEmployee || 0) })),
          h('td', {}, (c.sites || []).map(s => `${s.name} (${communeName(s.communeInsee)})`).join(', ') || '—'),
          h('td', { class: 'row-actions' },
            h('button', { type: 'button', class: 'small secondary', onclick: () => edit(c.id) }, t('companies.edit'), h('span', { class: 'visually-hidden' }, ` ${c.name}`)),
            h('a', { href: `#/entreprise/admin?id=${encodeURIComponent(c.id)}` }, t('companies.employees'), h('span', { class: 'visually-hidden' }, ` ${c.name}`)))))))));
    } catch (error) {
      mount(list, unavailable(error, load));
    }
  };
  load();
}

/** A number as typed: « 75,50 » or « 75.50 », spaces ignored; null when empty, NaN when not a number. */
function parseDecimal(value) {
  const typed = String(value ?? '').replace(/\s/g, '').replace(',', '.');
  if (!typed) return null;
  return /^\d+(\.\d{1,2})?$/.test(typed) ? Number(typed) : NaN;
}

/** A number shown for editing, with the reader's decimal separator. */
function decimal(value) {
  if (value === null || value === undefined || value === '') return '';
  return lang() === 'fr' ? String(value).replace('.', ',') : String(value);
}
