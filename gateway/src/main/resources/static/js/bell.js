// The header's bell: how many notifications the signed-in user has not read (GET /api/notifications),
// asked every 30 s and on each route change. When notification-service does not answer, the bell is
// hidden (never a wrong count, never an error in the header); the rest of the page is not affected.
import { h } from './dom.js';
import { t, lang } from './i18n.js';
import * as session from './session.js';

const EVERY = 30_000;
const AT_MOST_EVERY = 5_000;

let known = { userId: null, unread: null };
let lastAsked = 0;
let timer = null;

function accessibleName() {
  if (known.unread === null) return t('bell.label');
  return known.unread === 0 ? t('bell.none') : t('bell.unread', { count: known.unread });
}

function shown() {
  return known.unread === null ? '' : known.unread > 99 ? '99+' : String(known.unread);
}

/** The bell for the header, or null when nobody is signed in. */
export function bell() {
  const u = session.user();
  if (!u) return null;
  if (known.userId !== u.userId) known = { userId: u.userId, unread: null };
  // the name is text inside the link, not an aria-label: a label without the visible count (« 0 ») would
  // not contain what is seen (axe's label-content-name-mismatch, WCAG 2.5.3)
  const link = h('a', { href: '#/notifications', id: 'bell', class: 'bell', hidden: known.unread === null },
  h('span', { class: 'visually-hidden bell-name' }, accessibleName()),
  h('svg:svg', { class: 'bell-icon', viewBox: '0 0 24 24', width: 22, height: 22, 'aria-hidden': 'true', focusable: 'false' },
    h('svg:path', { d: 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z', fill: 'currentColor' })),
  h('span', { class: 'bell-count', 'aria-hidden': 'true', dataset: { unread: known.unread ?? '' } }, shown()));
  return link;
}

function update() {
  const link = document.getElementById('bell');
  if (!link) return;
  link.hidden = known.unread === null;
  link.querySelector('.bell-name').textContent = accessibleName();
  const count = link.querySelector('.bell-count');
  count.textContent = shown();
  count.dataset.unread = known.unread ?? '';
}

/** A count learnt elsewhere (the notifications page after marking some read). */
export function setUnread(count) {
  known.unread = Number.isFinite(count) ? count : null;
  update();
}

/** Asks again, unless it was asked a moment ago (several route changes in a row). */
export async function refresh(force = false) {
  const u = session.user();
  if (!u) return;
  const now = Date.now();
  if (!force && now - lastAsked < AT_MOST_EVERY) return;
  lastAsked = now;
  try {
    // plain fetch, not api(): whatever notification-service answers, the bell never signs anyone out
    const response = await fetch('/api/notifications?page=0&size=1', {
      headers: { Accept: 'application/json', 'Accept-Language': lang(), Authorization: `Bearer ${session.token()}` },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const answer = await response.json();
    if (session.user()?.userId !== u.userId) return;
    known = { userId: u.userId, unread: Number(answer?.unreadCount) || 0 };
  } catch {
    known = { userId: u.userId, unread: null };
  }
  update();
}

/** Starts the 30 s polling (once). */
export function start() {
  if (timer) return;
  timer = setInterval(() => { if (session.user() && !document.hidden) refresh(true); }, EVERY);
}
