// Visitors and residents: pick a commune (name or postal code), browse the categories and services there.
import { h, mount, field, notice, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api, items } from '../api.js';
import { text } from '../format.js';
import * as territory from '../territory.js';
import { clearErrors, fieldError } from '../forms.js';
import { priceWithVat, takeFlash, unavailable } from '../ui.js';

export async function render(main) {
  const flash = takeFlash();
  const pickerArea = h('section', { 'aria-labelledby': 'commune-heading', class: 'card' });
  const results = h('section', { 'aria-labelledby': 'services-heading', class: 'results' });
  mount(main,
    h('h1', {}, t('home.title')),
    flash,
    h('p', { class: 'lead' }, t('home.intro')),
    pickerArea, results,
    h('section', { 'aria-labelledby': 'how-heading' },
      h('h2', { id: 'how-heading' }, t('home.how')),
      h('ol', { class: 'steps' }, [1, 2, 3, 4].map(i => h('li', {}, t(`home.how.${i}`))))));

  let communes = [];
  let categories = [];
  try {
    [communes, categories] = await Promise.all([territory.communes(), territory.categories()]);
  } catch (error) {
    mount(pickerArea, h('h2', { id: 'commune-heading' }, t('home.commune')), unavailable(error, () => render(main)));
    mount(results, h('h2', { id: 'services-heading', class: 'visually-hidden' }, t('nav.services')));
    return;
  }

  const showPicker = (focus) => {
    const selected = communes.find(c => c.inseeCode === territory.selectedCommune());
    if (selected) {
      mount(pickerArea,
        h('h2', { id: 'commune-heading' }, t('home.commune.current', { name: `${selected.name} (${(selected.postalCodes || [])[0] || selected.inseeCode})` })),
        h('button', { type: 'button', class: 'secondary', id: 'change-commune', onclick: () => { territory.selectCommune(null); showPicker(true); } }, t('home.commune.change')));
      showServices(selected);
      return;
    }
    const listId = uid('communes');
    const input = h('input', { type: 'text', name: 'commune', list: listId, autocomplete: 'off', required: true, id: uid('f-commune') });
    const choices = h('div', { class: 'choices' });
    const form = h('form', { class: 'inline-form', novalidate: true, id: 'commune-form' },
      h('div', { class: 'field' },
        h('label', { for: input.id }, t('home.commune.label')),
        h('p', { class: 'hint', id: `${input.id}-hint` }, t('home.commune.hint')),
        input),
      h('datalist', { id: listId }, communes.map(c => h('option', { value: c.name }, (c.postalCodes || []).join(', ')))),
      h('button', { type: 'submit' }, t('home.commune.choose')),
      choices);
    input.setAttribute('aria-describedby', `${input.id}-hint`);
    form.addEventListener('submit', event => {
      event.preventDefault();
      clearErrors(form);
      const found = territory.match(communes, input.value);
      if (found.length === 1) {
        territory.selectCommune(found[0].inseeCode);
        showPicker();
        document.getElementById('services-heading')?.focus();
      } else if (!found.length) {
        fieldError(form, 'commune', input.value.trim() ? t('home.commune.unknown', { q: input.value.trim() }) : t('form.required'));
        input.focus();
      } else {
        mount(choices, h('fieldset', {},
          h('legend', {}, t('home.commune.many')),
          h('ul', { class: 'plain' }, found.slice(0, 20).map(c => h('li', {}, h('button', {
            type: 'button', class: 'link-button', onclick: () => { territory.selectCommune(c.inseeCode); showPicker(); document.getElementById('services-heading')?.focus(); },
          }, `${c.name} (${(c.postalCodes || []).join(', ')})`))))));
        choices.querySelector('button')?.focus();
      }
    });
    mount(pickerArea, h('h2', { id: 'commune-heading' }, t('home.commune')), h('p', {}, t('home.pick')), form);
    if (focus) input.focus();
    showServices(null);
  };

  const showServices = async (commune) => {
    const category = h('select', { name: 'category', id: uid('f-category') },
      h('option', { value: '' }, t('home.category.all')),
      categories.map(c => h('option', { value: c.code }, text(c.label))));
    const q = h('input', { type: 'search', name: 'q', id: uid('f-q') });
    const list = h('div', { class: 'service-list', 'aria-live': 'polite' });
    const filter = h('form', { class: 'filters', role: 'search' },
      h('div', { class: 'field' }, h('label', { for: category.id }, t('home.category')), category),
      h('div', { class: 'field' }, h('label', { for: q.id }, t('home.search')), q),
      h('button', { type: 'submit', class: 'secondary' }, t('home.filter')));
    const load = async () => {
      mount(list, h('p', { class: 'loading' }, t('loading')));
      // the list's own view: no descriptions (the service's page reads the full offer)
      const params = new URLSearchParams({ size: '100', view: 'summary' });
      if (commune) params.set('commune', commune.inseeCode);
      if (category.value) params.set('category', category.value);
      if (q.value.trim()) params.set('q', q.value.trim());
      try {
        const page = await api(`/api/catalog/services?${params}`);
        const services = items(page).filter(s => s.active !== false);
        const total = page.totalElements ?? services.length;
        mount(list,
          h('p', { class: 'count' }, commune ? t('home.results', { count: total, commune: commune.name }) : t('home.resultsAll', { count: total })),
          services.length ? groupByCategory(services, categories) : notice('info', t('home.none')));
      } catch (error) {
        mount(list, unavailable(error, load));
      }
    };
    filter.addEventListener('submit', event => { event.preventDefault(); load(); });
    category.addEventListener('change', load);
    mount(results, h('h2', { id: 'services-heading', tabindex: '-1' }, t('nav.services')), filter, list);
    load();
  };

  showPicker();
}

function groupByCategory(services, categories) {
  const order = categories.map(c => c.code);
  const groups = new Map();
  services.forEach(s => groups.set(s.category, [...(groups.get(s.category) || []), s]));
  const codes = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return codes.map(code => {
    const cat = categories.find(c => c.code === code);
    const headingId = uid('cat');
    return h('section', { class: 'category', 'aria-labelledby': headingId },
      h('h3', { id: headingId }, cat ? text(cat.label) : code),
      h('ul', { class: 'cards' }, groups.get(code).map(s => h('li', { class: 'service-card' },
        h('h4', {}, h('a', { href: `#/services/${encodeURIComponent(s.id)}`, dataset: { service: s.id } }, text(s.title))),
        h('p', { class: 'price' }, priceWithVat(s)),
        h('p', { class: 'muted' }, t(`audience.${s.audience}`))))));
  });
}
