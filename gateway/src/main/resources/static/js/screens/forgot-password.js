// A forgotten password: the address gets a single-use link valid 1 hour. The answer is the same
// whether or not the address has an account.
import { h, mount, field, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { showError, showInvalid, busy } from '../forms.js';

export async function render(main) {
  const form = h('form', { id: 'forgot-form', novalidate: true },
    h('p', {}, t('forgot.intro')),
    field({ label: t('signin.email'), name: 'email', type: 'email', required: true, attrs: { autocomplete: 'email', spellcheck: 'false', autocapitalize: 'none' } }),
    h('button', { type: 'submit' }, t('forgot.submit')));
  const done = h('div', { class: 'forgot-done' });
  mount(main, h('h1', {}, t('forgot.title')), done, h('div', { class: 'card narrow' }, form,
    h('p', {}, h('a', { href: '#/connexion' }, t('forgot.back')))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const email = String(new FormData(form).get('email') || '').trim();
    if (!showInvalid(form, /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? {} : { email: t('signup.email.bad') })) return;
    await busy(form, async () => {
      try {
        await api('/api/auth/password-reset', { method: 'POST', body: { email } });
        const sent = notice('success', t('forgot.sent', { email }));
        sent.setAttribute('tabindex', '-1');
        mount(done, sent);
        sent.focus();
      } catch (error) {
        showError(form, error);
      }
    });
  });
}
