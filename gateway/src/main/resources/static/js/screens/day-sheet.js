// The « feuille de route »: a member's accepted and started jobs of one day, by slot, with where to go,
// whom to see and how to call; a day picker and a print button (the print stylesheet keeps only the sheet).
import { h, mount, notice } from '../dom.js';
import { t, label, colon } from '../i18n.js';
import { api } from '../api.js';
import { date, isoDate } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { unavailable } from '../ui.js';

export async function render(main, params, query) {
  const user = session.user();
  const memberId = user.memberId || query.get('membre');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(query.get('jour') || '') ? query.get('jour') : isoDate(new Date());
  if (!memberId) {
    mount(main, h('h1', {}, t('sheet.title', { date: date(day) })), notice('info', t('sheet.pickMember')),
      h('p', {}, h('a', { href: '#/missions' }, `← ${t('nav.jobs')}`)));
    return;
  }
  const [memberName, serviceTitle] = await Promise.all([territory.memberName(), territory.serviceTitle()]);
  const member = user.memberId ? '' : `&membre=${encodeURIComponent(memberId)}`;
  const picker = h('form', { class: 'sheet-picker no-print', id: 'sheet-day' },
    h('label', { for: 'sheet-date' }, t('sheet.day')),
    h('input', { type: 'date', id: 'sheet-date', name: 'jour', value: day, required: true }),
    h('button', { type: 'submit', class: 'secondary' }, t('sheet.show')),
    h('button', { type: 'button', id: 'sheet-print', onclick: () => window.print() }, t('sheet.print')));
  picker.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = picker.querySelector('input').value;
    if (chosen) location.hash = `#/missions/feuille-de-route?jour=${chosen}${member}`;
  });
  const body = h('div', { id: 'day-sheet' }, h('p', { class: 'loading' }, t('loading')));
  mount(main,
    h('p', { class: 'crumbs no-print' }, h('a', { href: '#/missions' }, `← ${t('nav.jobs')}`)),
    h('h1', {}, t('sheet.title', { date: date(day) })),
    h('p', { class: 'sheet-member' }, memberName(memberId)),
    picker, body);
  try {
    const sheet = await api(`/api/jobs/day-sheet?date=${day}${user.memberId ? '' : `&memberId=${encodeURIComponent(memberId)}`}`);
    const jobs = sheet.jobs || [];
    if (!jobs.length) {
      mount(body, notice('info', t('sheet.none')));
      return;
    }
    mount(body, h('ol', { class: 'sheet' }, jobs.map(job => sheetEntry(job, serviceTitle))));
  } catch (error) {
    mount(body, unavailable(error, () => render(main, params, query)));
  }
}

function sheetEntry(job, serviceTitle) {
  const v = job.visit;
  const where = v?.companySite ? v.companySite.address : v?.address;
  const time = `${(job.slot?.from || '').slice(0, 5)}–${(job.slot?.to || '').slice(0, 5)}`;
  const title = serviceTitle(job.serviceId) || job.serviceName;
  return h('li', { class: 'sheet-entry', dataset: { job: job.id } },
    h('h2', { class: 'h4' }, h('span', { class: 'sheet-time' }, time), ' ',
      h('a', { href: `#/missions/${encodeURIComponent(job.id)}` }, title)),
    h('p', { class: 'muted' }, `${t('jobs.order')} ${job.orderNumber || job.orderId} · ${label('job', job.state)}${job.quantity > 1 ? ` · ${t('jobs.quantity')} ${job.quantity}` : ''}`),
    v ? h('dl', { class: 'facts' },
      h('dt', {}, t('visit.customer')), h('dd', { class: 'sheet-customer' }, v.customerName),
      v.phone ? [h('dt', {}, t('visit.phone')), h('dd', {}, h('a', { href: `tel:${v.phone.replace(/[^+0-9]/g, '')}`, class: 'phone' }, v.phone))] : null,
      v.companySite ? [h('dt', {}, t('visit.site')), h('dd', {}, `${v.companySite.name}${v.companySite.companyName ? ` (${v.companySite.companyName})` : ''}`)] : null,
      h('dt', {}, t('visit.address')),
      h('dd', { class: 'address' }, [where?.line1, where?.line2, `${where?.postalCode || ''} ${where?.communeName || job.communeName || ''}`.trim()]
        .filter(Boolean).map((line, i) => [i ? h('br', {}) : null, line])),
      v.notes ? [h('dt', {}, t('visit.notes')), h('dd', {}, v.notes)] : null)
      : [h('p', {}, `${colon(t('jobs.where'))}${job.communeName || job.communeInsee}`),
        notice('warning', t('visit.unavailable'))]);
}
