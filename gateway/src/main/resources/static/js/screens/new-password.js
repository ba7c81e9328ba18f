// The link of a reset mail: a new password (the sign-up policy), the token used once.
import { h, mount, field, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { showError, showInvalid, busy } from '../forms.js';
import { flash } from '../ui.js';

// kept for this page's life once out of the address bar (a language switch renders the page again)
let remembered = null;

export async function render(main, params, query) {
  const token = query.get('jeton') || remembered;
  remembered = token;
  // the token leaves the address bar (and the history) at once
  if (query.get('jeton')) history.replaceState(null, '', '#/mot-de-passe/nouveau');
  const heading = h('h1', {}, t('reset.title'));
  if (!token) {
    mount(main, heading, invalidLink());
    return;
  }
  const form = h('form', { id: 'reset-form', novalidate: true },
    h('p', { class: 'hint' }, t('form.requiredMark')),
    field({ label: t('reset.password'), name: 'password', type: 'password', required: true, hint: t('signup.password.hint'), attrs: { autocomplete: 'new-password', minlength: 10 } }),
    field({ label: t('reset.confirm'), name: 'confirm', type: 'password', required: true, attrs: { autocomplete: 'new-password' } }),
    h('button', { type: 'submit' }, t('reset.submit')));
  const outcome = h('div');
  mount(main, heading, outcome, h('div', { class: 'card narrow' }, form));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const password = String(data.get('password') || '');
    const errors = {};
    if (password.length < 10) errors.password = t('signup.password.short');
    else if (password !== String(data.get('confirm') || '')) errors.confirm = t('reset.mismatch');
    if (!showInvalid(form, errors)) return;
    await busy(form, async () => {
      try {
        await api('/api/auth/password-reset/confirm', { method: 'POST', body: { token, password } });
        remembered = null;
        flash(t('reset.done'));
        location.hash = '#/connexion';
      } catch (error) {
        if (error.problem?.code === 'RESET_TOKEN_INVALID') {
          mount(main, heading, invalidLink());
        } else {
          showError(form, error);
        }
      }
    });
  });
}

function invalidLink() {
  return notice('error', t('reset.invalid'), ' ', h('a', { href: '#/mot-de-passe-oublie' }, t('reset.askAgain')));
}
