// Everyone: the public directory of member structures — who they are, where they work.
import { h, mount, notice, uid } from '../dom.js';
import { t, label, colon } from '../i18n.js';
import { api, items } from '../api.js';
import * as territory from '../territory.js';
import { unavailable } from '../ui.js';

export async function render(main) {
  const list = h('div', { 'aria-live': 'polite' }, h('p', { class: 'loading' }, t('loading')));
  const communes = await territory.communes().catch(() => []);
  const select = h('select', { id: uid('f-commune'), name: 'commune' },
    h('option', { value: '' }, t('directory.all')), communes.map(c => h('option', { value: c.inseeCode }, c.name)));
  mount(main, h('h1', {}, t('directory.title')), h('p', { class: 'lead' }, t('directory.intro')),
    communes.length ? h('div', { class: 'field filters' }, h('label', { for: select.id }, t('directory.filter')), select) : null,
    list);
  const [communeName, categoryName] = await Promise.all([territory.communeName(), territory.categoryName()]);
  const load = async () => {
    try {
      const members = items(await api(`/api/members?size=100${select.value ? `&commune=${select.value}` : ''}`));
      mount(list, h('p', { class: 'count' }, t('directory.count', { count: members.length })),
        members.length ? h('ul', { class: 'cards directory' }, members.map(m => {
          const names = [...(m.communes || [])].map(communeName).sort((a, b) => a.localeCompare(b));
          return h('li', { class: 'member-card', dataset: { member: m.id } },
            h('h2', { class: 'h4' }, m.name),
            h('p', { class: 'muted' }, label('st', m.structureType)),
            m.description ? h('p', { lang: 'fr' }, m.description) : null,
            h('p', {}, h('strong', {}, colon(t('directory.what'))), [...(m.categories || [])].map(categoryName).join(', ') || '—'),
            names.length > 8
              ? h('details', {}, h('summary', {}, `${colon(t('directory.where'))}${t('directory.communes', { count: names.length })}`), h('p', {}, names.join(', ')))
              : h('p', {}, h('strong', {}, colon(t('directory.where'))), names.join(', ') || '—'));
        })) : notice('info', t('home.none')));
    } catch (error) {
      mount(list, unavailable(error, load));
    }
  };
  select.addEventListener('change', load);
  load();
}
