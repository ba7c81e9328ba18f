// Member staff: the job inbox (offered, accepted, in progress, done) with accept, decline, start, complete.
import { h, mount, notice, field, dl } from '../dom.js';
import { t, label, colon } from '../i18n.js';
import { api, items } from '../api.js';
import { slot, dateTime } from '../format.js';
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
  mount(main, h('h1', {}, t('jobs.title', { member: memberId ? memberName(memberId) : t('nav.jobs') })),
    h('p', {}, h('a', { href: '#/repartition', id: 'rotation-link' }, t('rotation.link'))), tabs, live, list,
    periodExport({ path: `/api/jobs${memberId && !user.memberId ? `?memberId=${encodeURIComponent(memberId)}` : ''}`, fileBase: 'missions', id: 'jobs-export', title: t('export.jobs') }));

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

/** One job with what its member's staff can do now; also the top of the page an offer's mail links to. */
export function jobCard(job, { serviceTitle, communeName, reload, live }) {
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
  const title = serviceTitle(job.serviceId);
  if (job.state === 'OFFERED') {
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
  return h('li', { class: 'job-card', dataset: { job: job.id, order: job.orderId, state: job.state } },
    h('h2', { class: 'h4' }, title),
    h('p', {}, badge('job', job.state)),
    dl([
      [t('jobs.order'), job.orderNumber || job.orderId],
      [t('orders.slot'), slot(job.slot)],
      [t('jobs.where'), communeName(job.communeInsee)],
      job.quantity ? [t('jobs.quantity'), String(job.quantity)] : null,
      job.state === 'OFFERED' && job.expiresAt ? [t('jobs.expiresAt'), dateTime(job.expiresAt)] : null,
      job.report ? [t('jobs.hours'), `${job.report.hoursWorked} h (${colon(t('jobs.insertionHours').toLowerCase())}${job.report.insertionHours} h)`] : null,
    ]),
    h('p', {}, h('a', { href: `#/missions/${encodeURIComponent(job.id)}` }, t('jobs.why'), h('span', { class: 'visually-hidden' }, ` (${title}, ${job.orderNumber || job.orderId})`))),
    actions);
}
