// The link of a verification mail: confirmed as soon as the page opens.
import { h, mount, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import * as session from '../session.js';

// the outcome stays for this page's life (a language switch renders the page again without the token)
let last = { token: null, verified: false };

export async function render(main, params, query) {
  const token = query.get('jeton') || last.token;
  if (query.get('jeton')) {
    history.replaceState(null, '', '#/verifier-email');
    last = { token, verified: false };
  }
  const heading = h('h1', {}, t('verify.title'));
  const outcome = h('div', {}, h('p', { class: 'loading', role: 'status' }, t('verify.checking')));
  mount(main, heading, outcome);
  if (!token) {
    mount(outcome, failed());
    return;
  }
  try {
    if (!last.verified) await api('/api/auth/email-verification/confirm', { method: 'POST', body: { token } });
    last.verified = true;
    mount(outcome, notice('success', t('verify.done')),
      h('p', {}, session.user() ? h('a', { href: '#/profil' }, t('nav.profile')) : h('a', { href: '#/connexion' }, t('nav.signin'))));
  } catch (error) {
    mount(outcome, error.problem?.code === 'VERIFICATION_TOKEN_INVALID' ? failed() : notice('error', error.message));
  }
}

function failed() {
  return notice('error', t('verify.invalid'), ' ',
    h('a', { href: session.user() ? '#/profil' : `#/connexion?next=${encodeURIComponent('#/profil')}` }, t('verify.askAgain')));
}
