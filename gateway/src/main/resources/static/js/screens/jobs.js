// Member staff: the job inbox (offered, accepted, in progress, done) with accept, decline, start, complete.
import { h, mount, notice, field, dl } from '../dom.js';
import { t, label, colon } from '../i18n.js';
import { api, items } from '../api.js';
import { slot, dateTime, isoDate } from '../format.js';
import * as session from '../session.js';
import * as territory from '../territory.js';
import { showError, showInvalid, busy } from '../forms.js';
import { badge, unavailable } from '../ui.js';
import { periodExport } from '../export.js';

const TABS = ['OFFERED', 'ACCEPTED', 'IN_PROGRESS', 'DONE'];

export async function render(main, params, query) {
  const user = session.user();
  const memberId = user.memberId || query.get('membre');
  const memberName = await territory.memberName();
  if (!memberId && !user.roles.includes('COORDINATOR')) {
    mount(main, h('h1', {}, t('nav.jobs')), notice('info', t('jobs.noMember')));
    return;
  }
  let state = TABS.includes(query.get('etat')) ? query.get('etat') : 'OFFERED';
  const tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': t('nav.jobs') });
  const live = h('div', { 'aria-live': 'polite', id: 'jobs-message' });
  const list = h('div', { id: 'job-list' });
  mount(main, h('h1', {}, memberId ? t('jobs.title', { member: memberName(memberId) }) : t('nav.jobs')),
    h('p', {}, h('a', { href: '#/repartition', id: 'rotation-link' }, t('rotation.link'))),
    memberId ? h('p', {}, h('a', { href: `#/missions/feuille-de-route?jour=${isoDate(new Date())}${user.memberId ? '' : `&membre=${encodeURIComponent(memberId)}`}`, id: 'day-sheet-link' }, t('sheet.link'))) : null,
    tabs, live, list,
    periodExport({ path: `/api/jobs${memberId && !user.memberId ? `?memberId=${encodeURIComponent(memberId)}` : ''}`, fileBase: 'missions', id: 'jobs-export', title: t('export.jobs') }),
    memberId ? calendarPanel(memberId) : null);

  const drawTabs = () => mount(tabs, TABS.map(s => h('button', {
    type: 'button', class: 'tab', 'aria-pressed': String(s === state), dataset: { tab: s },
    onclick: () => { state = s; mount(live); drawTabs(); load(); },
  }, t(`jobs.tab.${s}`))));

  const load = async () => {
    mount(list, h('p', { class: 'loading' }, t('loading')));
    try {
      const [answer, serviceTitle, communeName] = await Promise.all([
        api(`/api/jobs?state=${state}&size=100${memberId && !user.memberId ? `&memberId=${encodeURIComponent(memberId)}` : ''}`),
        territory.serviceTitle(), territory.communeName()]);
      const jobs = items(answer);
      mount(list, jobs.length
        ? h('ul', { class: 'cards job-cards' }, jobs.map(job => jobCard(job, { serviceTitle, communeName, reload, live })))
        : notice('info', t('jobs.none')));
    } catch (error) {
      mount(list, unavailable(error, load));
    }
  };
  const reload = async (message, focusTab) => {
    if (message) mount(live, message);
    if (focusTab) { state = focusTab; drawTabs(); }
    await load();
  };
  drawTabs();
  load();
}

/**
 * The member's private calendar feed: whether it exists, and a button that issues a new address (shown
 * once: the service keeps only its hash; the previous address stops working).
 */
function calendarPanel(memberId) {
  const status = h('p', { id: 'calendar-status' }, t('loading'));
  const out = h('div', { 'aria-live': 'polite', id: 'calendar-link' });
  const path = `/api/members/${encodeURIComponent(memberId)}/calendar`;
  const show = info => mount(status, info.active ? t('calendar.active', { at: dateTime(info.renewedAt) }) : t('calendar.none'));
  api(path).then(show).catch(() => mount(status, t('calendar.unknown')));
  const renew = async event => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      const link = await api(`${path}/renew`, { method: 'POST', body: {} });
      show({ active: true, renewedAt: link.renewedAt });
      const url = link.url || `${location.origin}${link.path}`;
      const box = h('input', { type: 'text', readonly: true, id: 'calendar-url', value: url, class: 'wide' });
      mount(out, notice('success', t('calendar.renewed')),
        h('div', { class: 'field' }, h('label', { for: 'calendar-url' }, t('calendar.url')), box,
          h('p', { class: 'hint' }, t('calendar.once'))));
      box.focus();
      box.select();
    } catch (error) {
      mount(out, unavailable(error));
    } finally {
      button.disabled = false;
    }
  };
  return h('section', { class: 'card calendar', 'aria-labelledby': 'calendar-heading' },
    h('h2', { id: 'calendar-heading' }, t('calendar.title')),
    h('p', {}, t('calendar.intro')), status,
    h('button', { type: 'button', class: 'secondary', id: 'calendar-renew', onclick: renew }, t('calendar.renew')),
    out);
}

/** Where to go and whom to see: the accepted job's visit (address or company site, name, phone, notes). */
export function visitBlock(job) {
  if (job.visitUnavailable) {
    return notice('warning', t('visit.unavailable'));
  }
  const v = job.visit;
  if (!v) {
    return job.state === 'OFFERED' ? h('p', { class: 'muted visit-later' }, t('visit.afterAccept')) : null;
  }
  const addressOf = a => a ? [a.line1, a.line2, `${a.postalCode} ${a.communeName || ''}`.trim()].filter(Boolean) : [];
  const lines = list => list.map((line, i) => [i ? h('br', {}) : null, line]);
  const site = v.companySite;
  return h('section', { class: 'visit', 'aria-label': t('visit.title') },
    h('h3', { class: 'h5' }, t('visit.title')),
    dl([
      [t('visit.customer'), v.customerName],
      v.phone ? [t('visit.phone'), h('a', { href: `tel:${v.phone.replace(/[^+0-9]/g, '')}`, class: 'phone' }, v.phone)] : null,
      site ? [t('visit.site'), `${site.name}${site.companyName ? ` (${site.companyName})` : ''}`] : null,
      [t('visit.address'), h('span', { class: 'address' }, lines(addressOf(site ? site.address : v.address)))],
      [t('visit.notes'), v.notes ? v.notes : h('span', { class: 'muted' }, t('visit.noNotes'))],
    ]));
}

/** The coordinators' corrections of the completion report, oldest first: before → after, by whom, when, why. */
function corrections(job) {
  const list = job.report?.corrections || [];
  if (!list.length) return null;
  return h('section', { class: 'corrections', 'aria-label': t('correction.history') },
    h('h3', { class: 'h5' }, t('correction.history')),
    h('ol', { class: 'history' }, list.map(c => h('li', {},
      t('correction.entry', {
        at: dateTime(c.correctedAt), before: c.hoursWorkedBefore, beforeInsertion: c.insertionHoursBefore,
        after: c.hoursWorkedAfter, afterInsertion: c.insertionHoursAfter,
      }), ' ', h('span', { class: 'muted' }, `(${c.reason})`)))));
}

/** One job with what its member's staff can do now; also the top of the page an offer's mail links to. */
export function jobCard(job, { serviceTitle, communeName, reload, live, staffActions = true }) {
  const actions = h('div', { class: 'actions' });
  const act = async (path, body, nextTab, form) => {
    const run = async () => {
      try {
        const updated = await api(`/api/jobs/${encodeURIComponent(job.id)}/${path}`, { method: 'POST', body: body || {} });
        await reload(notice('success', t('jobs.done', { state: label('job', updated?.state || nextTab) })), nextTab);
        document.querySelector(`[data-tab="${nextTab}"]`)?.focus();
      } catch (error) {
        if (error.status === 409) {
          await reload(notice('error', t('jobs.conflict')));
        } else if (form) {
          showError(form, error);
        } else {
          mount(live, unavailable(error));
        }
      }
    };
    return form ? busy(form, run) : run();
  };
  const declineForm = () => {
    const form = h('form', { class: 'sub-form', novalidate: true, dataset: { form: 'decline' } },
      field({ label: t('jobs.declineReason'), name: 'reason', type: 'textarea', required: true, attrs: { maxlength: 500 } }),
      h('button', { type: 'submit', class: 'danger' }, t('jobs.decline')),
      h('button', { type: 'button', class: 'link-button', onclick: () => { form.remove(); } }, t('cancel')));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const reason = String(new FormData(form).get('reason') || '').trim();
      if (!showInvalid(form, reason ? {} : { reason: t('form.required') })) return;
      act('decline', { reason }, 'OFFERED', form);
    });
    return form;
  };
  const completeForm = () => {
    const form = h('form', { class: 'sub-form', novalidate: true, dataset: { form: 'complete' } },
      field({ label: t('jobs.hours'), name: 'hoursWorked', type: 'number', required: true, attrs: { min: 0, step: 0.25, inputmode: 'decimal' } }),
      field({ label: t('jobs.insertionHours'), name: 'insertionHours', type: 'number', required: true, value: 0, attrs: { min: 0, step: 0.25, inputmode: 'decimal' } }),
      field({ label: t('jobs.note'), name: 'note', type: 'textarea', attrs: { maxlength: 1000 } }),
      h('button', { type: 'submit' }, t('jobs.complete')));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const data = new FormData(form);
      const hours = Number(String(data.get('hoursWorked')).replace(',', '.'));
      const insertion = Number(String(data.get('insertionHours') || '0').replace(',', '.'));
      const errors = {};
      if (!data.get('hoursWorked') || !(hours > 0)) errors.hoursWorked = t('jobs.err.hours');
      if (!(insertion >= 0) || insertion > hours) errors.insertionHours = t('jobs.err.insertion');
      if (!showInvalid(form, errors)) return;
      act('complete', { hoursWorked: hours, insertionHours: insertion, note: String(data.get('note') || '').trim() || undefined }, 'DONE', form);
    });
    return form;
  };
  const title = serviceTitle(job.serviceId) || job.serviceName;
  if (!staffActions) {
    // a coordinator reads the job: no member's action
  } else if (job.state === 'OFFERED') {
    actions.append(
      h('button', { type: 'button', dataset: { action: 'accept' }, onclick: () => act('accept', {}, 'ACCEPTED') }, t('jobs.accept')),
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'decline' }, onclick: () => {
        if (!actions.querySelector('[data-form=decline]')) {
          const form = declineForm();
          actions.append(form);
          form.querySelector('textarea').focus();
        }
      } }, t('jobs.decline')));
  } else if (job.state === 'ACCEPTED') {
    actions.append(h('button', { type: 'button', dataset: { action: 'start' }, onclick: () => act('start', {}, 'IN_PROGRESS') }, t('jobs.start')));
  } else if (job.state === 'IN_PROGRESS') {
    actions.append(completeForm());
  }
  const page = `#/missions/${encodeURIComponent(job.id)}`;
  return h('li', { class: 'job-card', dataset: { job: job.id, order: job.orderId, state: job.state } },
    h('h2', { class: 'h4' }, h('a', { href: page, class: 'job-link' }, title,
      h('span', { class: 'visually-hidden' }, ` — ${job.orderNumber || job.orderId}`))),
    h('p', {}, badge('job', job.state)),
    dl([
      [t('jobs.order'), job.orderNumber || job.orderId],
      [t('orders.slot'), slot(job.slot)],
      [t('jobs.where'), communeName(job.communeInsee)],
      job.quantity ? [t('jobs.quantity'), String(job.quantity)] : null,
      job.state === 'OFFERED' && job.expiresAt ? [t('jobs.expiresAt'), dateTime(job.expiresAt)] : null,
      job.report ? [t('jobs.hours'), `${job.report.hoursWorked} h (${colon(t('jobs.insertionHours').toLowerCase())}${job.report.insertionHours} h)`] : null,
    ]),
    visitBlock(job),
    corrections(job),
    h('p', {}, h('a', { href: `#/missions/${encodeURIComponent(job.id)}` }, t('jobs.why'), h('span', { class: 'visually-hidden' }, ` (${title}, ${job.orderNumber || job.orderId})`))),
    actions);
}
