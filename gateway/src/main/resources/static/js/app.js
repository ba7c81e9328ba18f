// The single-page shell: a hash router, the header (navigation by role, language switch) and focus
// management on every route change. Each screen is its own module, loaded when first needed.
import { h, mount, notice } from './dom.js';
import { t, lang, setLang, onLangChange } from './i18n.js';
import * as session from './session.js';
import { api } from './api.js';
import * as bell from './bell.js';

const routes = [
  { path: /^\/$/, load: () => import('./screens/home.js') },
  { path: /^\/services\/([^/]+)$/, load: () => import('./screens/service.js'), params: ['id'] },
  { path: /^\/connexion$/, load: () => import('./screens/signin.js') },
  { path: /^\/inscription$/, load: () => import('./screens/signup.js') },
  { path: /^\/commandes$/, load: () => import('./screens/orders.js'), signedIn: true },
  { path: /^\/commandes\/([^/]+)$/, load: () => import('./screens/order.js'), params: ['id'], signedIn: true },
  { path: /^\/entreprise$/, load: () => import('./screens/company.js'), signedIn: true },
  { path: /^\/entreprise\/admin$/, load: () => import('./screens/company-admin.js'), roles: ['COMPANY_ADMIN', 'COORDINATOR'] },
  { path: /^\/entreprise\/factures$/, load: () => import('./screens/invoices.js').then(m => ({ render: m.company })), roles: ['COMPANY_ADMIN', 'COORDINATOR'] },
  { path: /^\/structure\/factures$/, load: () => import('./screens/invoices.js').then(m => ({ render: m.member })), roles: ['MEMBER_STAFF', 'COORDINATOR'] },
  { path: /^\/coordination\/facturation$/, load: () => import('./screens/invoices.js').then(m => ({ render: m.coordinator })), roles: ['COORDINATOR'] },
  { path: /^\/missions$/, load: () => import('./screens/jobs.js'), roles: ['MEMBER_STAFF', 'COORDINATOR'] },
  { path: /^\/missions\/releve$/, load: () => import('./screens/member-statement.js'), roles: ['MEMBER_STAFF', 'COORDINATOR'] },
  { path: /^\/missions\/feuille-de-route$/, load: () => import('./screens/day-sheet.js'), roles: ['MEMBER_STAFF', 'COORDINATOR'] },
  { path: /^\/missions\/([^/]+)$/, load: () => import('./screens/dispatch.js'), params: ['id'], roles: ['MEMBER_STAFF', 'COORDINATOR'] },
  { path: /^\/repartition$/, load: () => import('./screens/rotation.js'), roles: ['MEMBER_STAFF', 'COORDINATOR'] },
  { path: /^\/capacites$/, load: () => import('./screens/capabilities.js'), roles: ['MEMBER_STAFF', 'COORDINATOR'] },
  { path: /^\/capacites\/([^/]+)$/, load: () => import('./screens/capabilities.js'), params: ['memberId'], roles: ['COORDINATOR'] },
  { path: /^\/coordination$/, load: () => import('./screens/dashboard.js'), roles: ['COORDINATOR'] },
  { path: /^\/coordination\/reattribuer$/, load: () => import('./screens/reassign.js'), roles: ['COORDINATOR'] },
  { path: /^\/coordination\/structures$/, load: () => import('./screens/members-admin.js'), roles: ['COORDINATOR'] },
  { path: /^\/coordination\/catalogue$/, load: () => import('./screens/catalog-admin.js'), roles: ['COORDINATOR'] },
  { path: /^\/coordination\/entreprises$/, load: () => import('./screens/companies-admin.js'), roles: ['COORDINATOR'] },
  { path: /^\/coordination\/comptes$/, load: () => import('./screens/accounts-admin.js'), roles: ['COORDINATOR'] },
  { path: /^\/annuaire$/, load: () => import('./screens/directory.js') },
  { path: /^\/notifications$/, load: () => import('./screens/notifications.js'), signedIn: true },
  { path: /^\/profil$/, load: () => import('./screens/profile.js'), signedIn: true },
  { path: /^\/mot-de-passe-oublie$/, load: () => import('./screens/forgot-password.js') },
  { path: /^\/mot-de-passe\/nouveau$/, load: () => import('./screens/new-password.js') },
  { path: /^\/verifier-email$/, load: () => import('./screens/verify-email.js') },
];

const main = document.getElementById('main');
const nav = document.getElementById('site-nav');
const account = document.getElementById('account');
const langButton = document.getElementById('lang-switch');
const menuButton = document.getElementById('menu-toggle');
const announcer = document.getElementById('announcer');
let firstRender = true;

function links() {
  const u = session.user();
  const roles = u ? u.roles : [];
  const list = [['#/', 'nav.services'], ['#/annuaire', 'nav.directory']];
  if (u) list.push(['#/commandes', 'nav.orders']);
  if (u && roles.includes('RESIDENT') && employer(u)) list.push(['#/entreprise', 'nav.company']);
  if (roles.includes('COMPANY_ADMIN')) list.push(['#/entreprise/admin', 'nav.companyAdmin'], ['#/entreprise/factures', 'nav.invoices']);
  if (roles.includes('MEMBER_STAFF')) list.push(['#/missions', 'nav.jobs'], ['#/missions/releve', 'nav.memberStatement'], ['#/capacites', 'nav.capabilities'], ['#/structure/factures', 'nav.invoices']);
  if (roles.includes('COORDINATOR')) {
    list.push(['#/coordination', 'nav.dashboard'], ['#/coordination/reattribuer', 'nav.reassign'],
      ['#/coordination/structures', 'nav.members'], ['#/coordination/catalogue', 'nav.catalog'],
      ['#/coordination/entreprises', 'nav.companies'], ['#/coordination/comptes', 'nav.accounts'],
      ['#/coordination/facturation', 'nav.billing']);
  }
  return list;
}

// Whether the signed-in resident's e-mail matches a partner company (then « Mon entreprise » shows).
let employerCheck = { userId: null, matches: false };
function employer(u) {
  if (employerCheck.userId !== u.userId) {
    employerCheck = { userId: u.userId, matches: false };
    api('/api/companies/mine').then(() => {
      if (employerCheck.userId === u.userId) {
        employerCheck.matches = true;
        renderShell();
      }
    }).catch(() => { /* no partner company for this e-mail: no link */ });
  }
  return employerCheck.matches;
}

function renderShell() {
  document.documentElement.lang = lang();
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('brand-name').textContent = t('app.name');
  document.getElementById('footer-text').textContent = t('footer.text');
  document.getElementById('footer-api').textContent = t('footer.api');
  nav.setAttribute('aria-label', t('nav.label'));
  menuButton.textContent = t('nav.menu');
  langButton.textContent = t('lang.switch');
  langButton.setAttribute('lang', lang() === 'fr' ? 'en' : 'fr');
  langButton.setAttribute('aria-label', t('lang.switch.label'));
  const current = currentPath();
  mount(nav, h('ul', {}, links().map(([href, key]) => {
    const active = href.slice(1) === current || (href !== '#/' && current.startsWith(href.slice(1) + '/')
      && !links().some(([other]) => other !== href && current.startsWith(other.slice(1))));
    return h('li', {}, h('a', { href, 'aria-current': active ? 'page' : null }, t(key)));
  })));
  const u = session.user();
  mount(account, u
    ? [bell.bell(),
      h('span', { class: 'who' }, t('nav.signedInAs', { name: u.displayName || u.email })),
      h('a', { href: '#/profil', id: 'profile-link', 'aria-current': current === '/profil' ? 'page' : null }, t('nav.profile')),
      h('button', { type: 'button', class: 'link-button', id: 'sign-out', onclick: signOut }, t('nav.signout'))]
    : [h('a', { href: '#/connexion', id: 'sign-in-link' }, t('nav.signin')), h('a', { href: '#/inscription' }, t('nav.signup'))]);
}

function signOut() {
  session.signOut();
  location.hash = '#/';
}

function currentPath() {
  const hash = location.hash.replace(/^#/, '') || '/';
  return hash.split('?')[0] || '/';
}

function currentQuery() {
  const hash = location.hash.replace(/^#/, '');
  const index = hash.indexOf('?');
  return new URLSearchParams(index >= 0 ? hash.slice(index + 1) : '');
}

let current = 0;

async function route() {
  // Each navigation renders into its own view: a slower screen still loading for an earlier address
  // then writes into a view that is no longer on the page, never over the new one.
  const id = ++current;
  renderShell();
  bell.refresh();
  document.body.classList.remove('menu-open');
  menuButton.setAttribute('aria-expanded', 'false');
  const path = currentPath();
  const query = currentQuery();
  const match = routes.map(r => ({ r, m: path.match(r.path) })).find(x => x.m);
  const view = h('div', { class: 'view' }, h('p', { class: 'loading', role: 'status' }, t('loading')));
  mount(main, view);
  main.setAttribute('aria-busy', 'true');
  try {
    if (!match) {
      mount(view, h('h1', {}, t('notFound.title')), h('p', {}, t('notFound.text')), h('p', {}, h('a', { href: '#/' }, t('nav.services'))));
    } else {
      const { r, m } = match;
      const u = session.user();
      if ((r.signedIn || r.roles) && !u) {
        location.replace(`#/connexion?next=${encodeURIComponent('#' + path + (query.toString() ? '?' + query : ''))}`);
        return;
      }
      if (r.roles && !r.roles.some(role => u.roles.includes(role))) {
        mount(view, h('h1', {}, t('forbidden.title')), notice('error', t('forbidden.text')));
      } else {
        const params = {};
        (r.params || []).forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]); });
        const screen = await r.load();
        if (id !== current) return;
        await screen.render(view, params, query);
      }
    }
  } catch (error) {
    mount(view, h('h1', {}, t('error.generic')), notice('error', error.message || String(error)),
      h('p', {}, h('button', { type: 'button', onclick: route }, t('retry'))));
  } finally {
    if (id === current) main.removeAttribute('aria-busy');
  }
  if (id === current) afterRender();
}

function afterRender() {
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} — ${t('app.name')}` : t('app.name');
  if (firstRender) {
    firstRender = false;
    return;
  }
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  announcer.textContent = heading ? heading.textContent : '';
}

// The skip link moves focus to the main content; following its « #main » would be a route (« Page introuvable »).
document.getElementById('skip-link').addEventListener('click', event => {
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
});
langButton.addEventListener('click', () => setLang(lang() === 'fr' ? 'en' : 'fr'));
menuButton.addEventListener('click', () => {
  const open = document.body.classList.toggle('menu-open');
  menuButton.setAttribute('aria-expanded', String(open));
});
onLangChange(() => { firstRender = false; route().then(() => langButton.focus()); });
session.onChange(() => { renderShell(); bell.refresh(true); });
let routedHash = location.hash;
window.addEventListener('hashchange', () => {
  // « #main » reached some other way (a middle click, a typed address): the content, not a route
  if (location.hash === '#main') {
    history.replaceState(null, '', routedHash || '#/');
    main.focus();
    return;
  }
  routedHash = location.hash;
  route();
});
bell.start();
document.documentElement.classList.add('js');
if (location.hash === '#main') history.replaceState(null, '', '#/');
routedHash = location.hash;
route();
