// The signed-in user's notifications, newest first: unread ones marked, each opening its screen (and
// read on open), « Tout marquer comme lu ». Served by notification-service through the gateway.
import { h, mount, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { dateTime } from '../format.js';
import { unavailable } from '../ui.js';
import * as bell from '../bell.js';

export async function render(main) {
  const body = h('div', { class: 'notifications' }, h('p', { class: 'loading', role: 'status' }, t('loading')));
  mount(main, h('h1', {}, t('notifications.title')), body);
  await load(body);
}

async function load(body) {
  let answer;
  try {
    answer = await api('/api/notifications?page=0&size=50');
  } catch (error) {
    mount(body, unavailable(error, () => load(body)));
    return;
  }
  const list = Array.isArray(answer?.items) ? [...answer.items] : [];
  list.sort((a, b) => String(b.createdAt || '').localeCompare(String(a.createdAt || '')));
  const unread = Number(answer?.unreadCount) || 0;
  bell.setUnread(unread);
  if (!list.length) {
    mount(body, notice('info', t('notifications.none')));
    return;
  }
  const status = h('p', { class: 'count', role: 'status' }, unread ? t('notifications.unreadCount', { count: unread }) : t('notifications.allRead'));
  const readAll = unread ? h('button', { type: 'button', class: 'secondary', id: 'read-all', onclick: async () => {
    readAll.disabled = true;
    try {
      await api('/api/notifications/read-all', { method: 'POST' });
      await load(body);
      body.querySelector('.count')?.focus?.();
    } catch (error) {
      readAll.disabled = false;
      status.replaceWith(unavailable(error));
    }
  } }, t('notifications.readAll')) : null;
  mount(body, h('div', { class: 'actions' }, status, readAll),
    h('ul', { class: 'notification-list' }, list.map(item => entry(item))));
}

function entry(item) {
  const unread = !item.read;
  const title = [unread ? h('span', { class: 'visually-hidden' }, `${t('notifications.unread')} : `) : null, item.title || item.kind];
  const open = () => {
    if (!unread) return;
    // read on open; the navigation goes ahead whatever the answer
    api(`/api/notifications/${encodeURIComponent(item.id)}/read`, { method: 'POST' })
      .then(() => bell.refresh(true)).catch(() => { /* stays unread: marked next time */ });
  };
  const link = safeLink(item.link);
  return h('li', { class: `notification${unread ? ' unread' : ''}`, dataset: { notification: item.id, kind: item.kind } },
    h('h2', { class: 'h4' }, link ? h('a', { href: link, onclick: open }, title) : title),
    unread ? h('p', { class: 'badge badge-unread', 'aria-hidden': 'true' }, t('notifications.unread')) : null,
    item.text ? h('p', {}, item.text) : null,
    h('p', { class: 'muted' }, h('time', { datetime: item.createdAt }, dateTime(item.createdAt))),
    !link && unread ? h('button', { type: 'button', class: 'small secondary', onclick: async event => {
      event.currentTarget.disabled = true;
      open();
    } }, t('notifications.markRead')) : null);
}

/** Only a screen of this application (« /#/… » or « #/… »), never another site. */
function safeLink(link) {
  if (typeof link !== 'string') return null;
  const hash = link.startsWith('/#/') ? link.slice(1) : link;
  return /^#\/[\w\-/?=&%.]*$/.test(hash) ? hash : null;
}
