// The signed-in user's profile: name and phone (PATCH /api/auth/me), whether the address is verified
// (« Renvoyer le lien »), the password, and from notification-service the language and which e-mails
// they receive. A part whose service does not answer says so; the others still work.
import { h, mount, field, notice, dl } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import * as session from '../session.js';
import { showError, showInvalid, busy, clearErrors } from '../forms.js';
import { unavailable } from '../ui.js';

/** The e-mail categories a user may turn off, and who receives each (the others keep their value unseen). */
const CATEGORIES = [
  { key: 'ORDERS', roles: null },
  { key: 'OFFERS', roles: ['MEMBER_STAFF'] },
  { key: 'COMPANY', roles: ['RESIDENT', 'COMPANY_ADMIN'] },
  { key: 'SUMMARY', roles: ['COORDINATOR'] },
];

export async function render(main) {
  const account = h('section', { 'aria-labelledby': 'profile-account' }, h('p', { class: 'loading' }, t('loading')));
  const password = h('section', { 'aria-labelledby': 'profile-password' });
  const preferences = h('section', { 'aria-labelledby': 'profile-preferences' }, h('p', { class: 'loading' }, t('loading')));
  mount(main, h('h1', {}, t('profile.title')), account, password, preferences);
  passwordForm(password);
  await Promise.all([accountPart(account), preferencesPart(preferences)]);
}

async function accountPart(section) {
  let me;
  try {
    me = await api('/api/auth/me');
  } catch (error) {
    mount(section, h('h2', { id: 'profile-account' }, t('profile.account')), unavailable(error, () => accountPart(section)));
    return;
  }
  const saved = h('div');
  const form = h('form', { id: 'profile-form', novalidate: true },
    field({ label: t('signup.displayName'), name: 'displayName', value: me.displayName, required: true, attrs: { autocomplete: 'name', maxlength: 100 } }),
    field({ label: t('signup.phone'), name: 'phone', type: 'tel', value: me.phone || '', hint: t('profile.phone.hint'), attrs: { autocomplete: 'tel', maxlength: 30 } }),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { displayName: String(data.get('displayName') || '').trim(), phone: String(data.get('phone') || '').trim() };
    if (!showInvalid(form, body.displayName ? {} : { displayName: t('form.required') })) return;
    await busy(form, async () => {
      try {
        await api('/api/auth/me', { method: 'PATCH', body });
        mount(saved, notice('success', t('profile.saved')));
      } catch (error) {
        mount(saved);
        showError(form, error);
      }
    });
  });
  const sentNotice = h('div');
  const resend = me.emailVerified ? null : h('button', { type: 'button', class: 'secondary', id: 'resend-verification', onclick: async () => {
    resend.disabled = true;
    try {
      await api('/api/auth/email-verification', { method: 'POST' });
      mount(sentNotice, notice('success', t('profile.verification.sent', { email: me.email })));
    } catch (error) {
      resend.disabled = false;
      mount(sentNotice, notice('error', error.message));
    }
  } }, t('profile.verification.resend'));
  mount(section, h('h2', { id: 'profile-account' }, t('profile.account')),
    dl([[t('signin.email'), me.email],
      [t('profile.verification'), h('span', { class: `badge ${me.emailVerified ? 'badge-approved' : 'badge-pending'}`, id: 'email-status' },
        me.emailVerified ? t('profile.verified') : t('profile.notVerified'))]]),
    resend ? h('p', {}, t('profile.verification.why'), ' ', resend) : null, sentNotice,
    h('div', { class: 'card narrow' }, saved, form));
}

function passwordForm(section) {
  const done = h('div');
  const form = h('form', { id: 'password-form', novalidate: true },
    field({ label: t('profile.currentPassword'), name: 'currentPassword', type: 'password', required: true, attrs: { autocomplete: 'current-password' } }),
    field({ label: t('profile.newPassword'), name: 'newPassword', type: 'password', required: true, hint: t('signup.password.hint'), attrs: { autocomplete: 'new-password', minlength: 10 } }),
    h('button', { type: 'submit' }, t('profile.changePassword')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { currentPassword: String(data.get('currentPassword') || ''), newPassword: String(data.get('newPassword') || '') };
    const errors = {};
    if (!body.currentPassword) errors.currentPassword = t('form.required');
    if (body.newPassword.length < 10) errors.newPassword = t('signup.password.short');
    if (!showInvalid(form, errors)) return;
    await busy(form, async () => {
      try {
        await api('/api/auth/password', { method: 'POST', body });
        form.reset();
        clearErrors(form);
        mount(done, notice('success', t('profile.passwordChanged')));
      } catch (error) {
        mount(done);
        showError(form, error);
      }
    });
  });
  mount(section, h('h2', { id: 'profile-password' }, t('profile.password')), h('div', { class: 'card narrow' }, done, form));
}

async function preferencesPart(section) {
  const heading = h('h2', { id: 'profile-preferences' }, t('profile.preferences'));
  let prefs;
  try {
    prefs = await api('/api/notifications/preferences');
  } catch (error) {
    mount(section, heading, notice('info', t('profile.preferences.unavailable'), ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => preferencesPart(section) }, t('retry'))));
    return;
  }
  const roles = session.user()?.roles || [];
  const email = { ...(prefs?.email || {}) };
  const shown = CATEGORIES.filter(c => c.key in email && (!c.roles || c.roles.some(r => roles.includes(r))));
  const saved = h('div');
  const form = h('form', { id: 'preferences-form', novalidate: true },
    field({ label: t('profile.language'), name: 'language', type: 'select', value: prefs?.language || 'fr', hint: t('profile.language.hint'),
      options: [{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }] }),
    h('fieldset', {}, h('legend', {}, t('profile.emails')),
      h('p', { class: 'hint' }, t('profile.emails.hint')),
      shown.map(c => {
        const id = `pref-${c.key.toLowerCase()}`;
        return h('div', { class: 'checkbox' },
          h('input', { type: 'checkbox', id, name: c.key, checked: email[c.key] !== false }),
          h('label', { for: id }, t(`profile.emails.${c.key}`)));
      })),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { language: form.elements.language.value, email: { ...email } };
    shown.forEach(c => { body.email[c.key] = form.elements[c.key].checked; });
    await busy(form, async () => {
      try {
        const answer = await api('/api/notifications/preferences', { method: 'PUT', body });
        Object.assign(email, answer?.email || body.email);
        mount(saved, notice('success', t('profile.saved')));
      } catch (error) {
        mount(saved);
        showError(form, error);
      }
    });
  });
  mount(section, heading, h('div', { class: 'card narrow' }, saved, form));
}
