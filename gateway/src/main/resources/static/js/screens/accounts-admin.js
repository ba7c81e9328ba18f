// Coordinators: accounts of member staff, company admins and coordinators; create one bound to a member
// or a company picked by name, list them by role, deactivate and reactivate.
import { h, mount, notice, field, scrollTable } from '../dom.js';
import { t, label } from '../i18n.js';
import { api } from '../api.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { unavailable } from '../ui.js';

const ROLES = ['MEMBER_STAFF', 'COMPANY_ADMIN', 'COORDINATOR'];
const SIZE = 20;

export async function render(main) {
  const live = h('div', { 'aria-live': 'polite' });
  const [members, companies] = await Promise.all([
    territory.members().catch(() => []),
    api('/api/companies').catch(() => []),
  ]);
  const memberName = id => members.find(m => m.id === id)?.name || id;
  const companyName = id => companies.find(c => c.id === id)?.name || id;

  const memberField = field({ label: t('accounts.member'), name: 'memberId', type: 'select', required: true,
    options: [{ value: '', label: '—' }, ...members.map(m => ({ value: m.id, label: m.name }))] });
  const companyField = field({ label: t('accounts.company'), name: 'companyId', type: 'select', required: true,
    options: [{ value: '', label: '—' }, ...companies.map(c => ({ value: c.id, label: c.name }))] });
  const roleField = field({ label: t('accounts.role'), name: 'role', type: 'select', value: 'MEMBER_STAFF', required: true,
    options: ROLES.map(r => ({ value: r, label: label('role', r) })) });
  const showBinding = () => {
    const role = roleField.querySelector('select').value;
    memberField.hidden = role !== 'MEMBER_STAFF';
    companyField.hidden = role !== 'COMPANY_ADMIN';
  };
  roleField.querySelector('select').addEventListener('change', showBinding);
  showBinding();

  const form = h('form', { novalidate: true, id: 'account-form' },
    h('p', { class: 'hint' }, t('form.requiredMark')),
    roleField, memberField, companyField,
    field({ label: t('accounts.displayName'), name: 'displayName', required: true, attrs: { maxlength: 100, autocomplete: 'off' } }),
    field({ label: t('col.email'), name: 'email', type: 'email', required: true, attrs: { maxlength: 254, autocomplete: 'off' } }),
    field({ label: t('accounts.password'), name: 'password', type: 'password', required: true, hint: t('accounts.password.hint'), attrs: { autocomplete: 'new-password', minlength: 10 } }),
    h('button', { type: 'submit' }, t('accounts.create')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const role = data.get('role');
    const body = {
      role,
      displayName: String(data.get('displayName') || '').trim(),
      email: String(data.get('email') || '').trim(),
      password: String(data.get('password') || ''),
      memberId: role === 'MEMBER_STAFF' ? data.get('memberId') || undefined : undefined,
      companyId: role === 'COMPANY_ADMIN' ? data.get('companyId') || undefined : undefined,
    };
    const errors = {};
    if (!body.displayName) errors.displayName = t('form.required');
    if (!body.email) errors.email = t('form.required');
    if (body.password.length < 10) errors.password = t('accounts.password.hint');
    if (role === 'MEMBER_STAFF' && !body.memberId) errors.memberId = t('form.required');
    if (role === 'COMPANY_ADMIN' && !body.companyId) errors.companyId = t('form.required');
    if (!showInvalid(form, errors)) return;
    await busy(form, async () => {
      try {
        const created = await api('/api/auth/accounts', { method: 'POST', body });
        form.reset();
        showBinding();
        mount(live, notice('success', t('accounts.created', { name: created.displayName, email: created.email })));
        live.querySelector('.notice').setAttribute('tabindex', '-1');
        live.querySelector('.notice').focus();
        load(0);
      } catch (error) {
        showError(form, error);
      }
    });
  });

  const filter = field({ label: t('accounts.filter'), name: 'roleFilter', type: 'select', value: '',
    options: [{ value: '', label: t('accounts.filter.all') }, ...['RESIDENT', ...ROLES].map(r => ({ value: r, label: label('role', r) }))] });
  filter.querySelector('select').addEventListener('change', () => load(0));
  const list = h('div', { id: 'accounts-list' }, h('p', { class: 'loading' }, t('loading')));

  const load = async page => {
    const role = filter.querySelector('select').value;
    try {
      const answer = await api(`/api/auth/accounts?size=${SIZE}&page=${page}${role ? `&role=${role}` : ''}`);
      const total = answer.totalElements;
      const pages = Math.max(1, Math.ceil(total / SIZE));
      const toggle = account => {
        const verb = account.active ? 'deactivate' : 'reactivate';
        return h('button', { type: 'button', class: `small ${account.active ? 'danger' : 'secondary'}`,
          disabled: account.userId === session.user()?.userId,
          onclick: async event => {
            const button = event.currentTarget;
            button.disabled = true;
            try {
              await api(`/api/auth/accounts/${encodeURIComponent(account.userId)}/${verb}`, { method: 'POST' });
              mount(live, notice('success', t(`accounts.${verb}d`, { name: account.displayName })));
              await load(page);
              list.querySelector(`[data-account="${CSS.escape(account.userId)}"] button`)?.focus();
            } catch (error) {
              button.disabled = false;
              mount(live, unavailable(error));
            }
          } }, t(`accounts.${verb}`), h('span', { class: 'visually-hidden' }, ` ${account.displayName}`));
      };
      mount(list,
        h('p', { id: 'accounts-total' }, t('accounts.total', { count: total })),
        scrollTable(t('accounts.list'), h('table', { id: 'accounts-table' },
          h('thead', {}, h('tr', {}, [t('col.name'), t('col.email'), t('accounts.role'), t('accounts.boundTo'), t('col.status'), t('col.actions')]
            .map(c => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, answer.content.map(a => h('tr', { dataset: { account: a.userId } },
            h('th', { scope: 'row' }, a.displayName),
            h('td', {}, a.email),
            h('td', {}, a.roles.map(r => label('role', r)).join(', ')),
            h('td', {}, a.memberId ? memberName(a.memberId) : a.companyId ? companyName(a.companyId) : '—'),
            h('td', {}, a.active ? t('accounts.active') : t('accounts.inactive')),
            h('td', { class: 'row-actions' }, toggle(a))))))),
        h('nav', { class: 'pager', 'aria-label': t('accounts.pages') },
          h('button', { type: 'button', class: 'secondary small', disabled: page === 0, onclick: () => load(page - 1) }, t('accounts.previous')),
          h('span', {}, t('accounts.page', { page: page + 1, pages })),
          h('button', { type: 'button', class: 'secondary small', disabled: page + 1 >= pages, onclick: () => load(page + 1) }, t('accounts.next'))));
    } catch (error) {
      mount(list, unavailable(error, () => load(page)));
    }
  };

  mount(main, h('h1', {}, t('accounts.title')), live,
    h('section', { class: 'card', 'aria-labelledby': 'account-new-heading' }, h('h2', { id: 'account-new-heading' }, t('accounts.new')), form),
    h('section', { 'aria-labelledby': 'accounts-heading' }, h('h2', { id: 'accounts-heading' }, t('accounts.list')), filter, list));
  load(0);
}
