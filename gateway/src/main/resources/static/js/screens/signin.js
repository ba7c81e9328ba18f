// Sign in with e-mail and password; back to where the visitor was going.
import { h, mount, field, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api, ApiError } from '../api.js';
import * as session from '../session.js';
import { showError, showInvalid, busy } from '../forms.js';
import { takeFlash } from '../ui.js';

export async function render(main, params, query) {
  const next = safeNext(query.get('next'));
  const form = h('form', { id: 'signin-form', novalidate: true },
    field({ label: t('signin.email'), name: 'email', type: 'email', required: true, attrs: { autocomplete: 'username', spellcheck: 'false', autocapitalize: 'none' } }),
    field({ label: t('signin.password'), name: 'password', type: 'password', required: true, attrs: { autocomplete: 'current-password' } }),
    h('button', { type: 'submit' }, t('signin.submit')));
  mount(main,
    h('h1', {}, t('signin.title')),
    takeFlash(),
    query.get('expired') ? notice('info', t('signin.expired')) : null,
    h('div', { class: 'card narrow' }, form,
      h('p', {}, h('a', { href: '#/mot-de-passe-oublie', id: 'forgot-link' }, t('signin.forgot'))),
      h('p', {}, `${t('signin.noAccount')} `, h('a', { href: `#/inscription${next !== '#/' ? `?next=${encodeURIComponent(next)}` : ''}` }, t('nav.signup')))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const email = String(data.get('email') || '').trim();
    const password = String(data.get('password') || '');
    const errors = {};
    if (!email) errors.email = t('form.required');
    if (!password) errors.password = t('form.required');
    if (!showInvalid(form, errors)) return;
    await busy(form, async () => {
      try {
        const answer = await api('/api/auth/login', { method: 'POST', body: { email, password } });
        session.signIn(answer.accessToken);
        location.hash = next === '#/' ? homeFor(session.user()) : next;
      } catch (error) {
        const shown = error instanceof ApiError && error.status === 401 ? new ApiError(401, { detail: t('signin.bad') }) : error;
        showError(form, shown);
      }
    });
  });
}

/** Only a path of this application, never another site. */
export function safeNext(value) {
  return value && /^#\/[\w\-/?=&%.]*$/.test(value) && !value.startsWith('#/connexion') && !value.startsWith('#/inscription')
    && !value.startsWith('#/mot-de-passe') ? value : '#/';
}

/** Where each role starts. */
export function homeFor(user) {
  const roles = user?.roles || [];
  if (roles.includes('COORDINATOR')) return '#/coordination';
  if (roles.includes('MEMBER_STAFF')) return '#/missions';
  if (roles.includes('COMPANY_ADMIN')) return '#/entreprise/admin';
  return '#/';
}
