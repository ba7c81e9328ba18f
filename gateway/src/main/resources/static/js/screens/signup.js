// Sign up as a resident, then signed in at once.
import { h, mount, field } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { safeNext } from './signin.js';

export async function render(main, params, query) {
  const next = safeNext(query.get('next'));
  const communes = await territory.communes().catch(() => []);
  const form = h('form', { id: 'signup-form', novalidate: true },
    h('p', { class: 'hint' }, t('form.requiredMark')),
    field({ label: t('signup.displayName'), name: 'displayName', required: true, attrs: { autocomplete: 'name', maxlength: 100 } }),
    field({ label: t('signin.email'), name: 'email', type: 'email', required: true, attrs: { autocomplete: 'email', spellcheck: 'false', autocapitalize: 'none' } }),
    field({ label: t('signin.password'), name: 'password', type: 'password', required: true, hint: t('signup.password.hint'), attrs: { autocomplete: 'new-password', minlength: 10 } }),
    field({ label: t('signup.phone'), name: 'phone', type: 'tel', attrs: { autocomplete: 'tel', maxlength: 30 } }),
    communes.length ? field({ label: t('signup.commune'), name: 'communeInsee', type: 'select', value: territory.selectedCommune() || '',
      options: [{ value: '', label: t('signup.commune.none') }, ...communes.map(c => ({ value: c.inseeCode, label: c.name }))] }) : null,
    h('button', { type: 'submit' }, t('signup.submit')));
  mount(main, h('h1', {}, t('signup.title')),
    h('div', { class: 'card narrow' }, form,
      h('p', {}, `${t('signup.haveAccount')} `, h('a', { href: '#/connexion' }, t('nav.signin')))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      email: String(data.get('email') || '').trim(),
      password: String(data.get('password') || ''),
      displayName: String(data.get('displayName') || '').trim(),
      phone: String(data.get('phone') || '').trim() || undefined,
      communeInsee: data.get('communeInsee') || undefined,
    };
    const errors = {};
    if (!body.displayName) errors.displayName = t('form.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) errors.email = t('signup.email.bad');
    if (body.password.length < 10) errors.password = t('signup.password.short');
    if (!showInvalid(form, errors)) return;
    await busy(form, async () => {
      try {
        await api('/api/auth/register', { method: 'POST', body });
        const answer = await api('/api/auth/login', { method: 'POST', body: { email: body.email, password: body.password } });
        session.signIn(answer.accessToken);
        location.hash = next;
      } catch (error) {
        showError(form, error, { email: ['e-mail', 'email'], password: ['mot de passe', 'password'] });
      }
    });
  });
}
