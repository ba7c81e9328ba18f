// Why a job went where it went: the fair rotation's ranking (every contender with its weight, target,
// received and shortfall), the members left out and why, any manual decision, the successive offers.
import { h, mount, notice, dl, scrollTable, field } from '../dom.js';
import { t, label, bilingual } from '../i18n.js';
import { api } from '../api.js';
import { date, dateTime, number } from '../format.js';
import * as territory from '../territory.js';
import { badge, unavailable, fitReasons } from '../ui.js';
import * as session from '../session.js';
import { jobCard } from './jobs.js';
import { showError, showInvalid, busy } from '../forms.js';

/** Coordinators: correct a completed job's hours with a reason (the same bounds as on completion). */
function correctionForm(job, reload) {
  const form = h('form', { class: 'sub-form card', novalidate: true, id: 'report-correction', 'aria-labelledby': 'correction-heading' },
    h('h2', { id: 'correction-heading' }, t('correction.title')),
    h('p', { class: 'hint' }, t('correction.intro')),
    field({ label: t('jobs.hours'), name: 'hoursWorked', type: 'number', required: true, value: job.report.hoursWorked, attrs: { min: 0, step: 0.25, inputmode: 'decimal' } }),
    field({ label: t('jobs.insertionHours'), name: 'insertionHours', type: 'number', required: true, value: job.report.insertionHours, attrs: { min: 0, step: 0.25, inputmode: 'decimal' } }),
    field({ label: t('correction.reason'), name: 'reason', type: 'textarea', required: true, attrs: { maxlength: 500 } }),
    h('button', { type: 'submit' }, t('correction.submit')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    const hours = Number(String(data.get('hoursWorked')).replace(',', '.'));
    const insertion = Number(String(data.get('insertionHours') || '0').replace(',', '.'));
    const reason = String(data.get('reason') || '').trim();
    const errors = {};
    if (!data.get('hoursWorked') || !(hours > 0)) errors.hoursWorked = t('jobs.err.hours');
    if (!(insertion >= 0) || insertion > hours) errors.insertionHours = t('jobs.err.insertion');
    if (!reason) errors.reason = t('form.required');
    if (!showInvalid(form, errors)) return;
    busy(form, async () => {
      try {
        await api(`/api/jobs/${encodeURIComponent(job.id)}/report-correction`, { method: 'POST', body: { hoursWorked: hours, insertionHours: insertion, reason } });
        await reload(notice('success', t('correction.done')));
      } catch (error) {
        showError(form, error);
      }
    });
  });
  return form;
}

export async function render(main, { id }, query, message) {
  let view;
  try {
    view = await api(`/api/jobs/${encodeURIComponent(id)}/dispatch`);
  } catch (error) {
    mount(main, h('h1', {}, t('dispatch.title')), unavailable(error, () => render(main, { id })), h('p', {}, h('a', { href: '#/missions' }, t('back'))));
    return;
  }
  const [memberName, serviceTitle, communeName, categoryName] = await Promise.all([
    territory.memberName(), territory.serviceTitle(), territory.communeName(), territory.categoryName()]);
  const seen = new Set();
  const decisions = [view.decision, ...(view.decisions || [])].filter(d => {
    const key = d && `${d.kind}|${d.decidedAt}|${d.winner}`;
    if (!d || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const nameIn = (d, memberId) => (d.candidates || []).find(c => c.memberId === memberId)?.memberName;
  // The member's own staff (an offer's mail links here) see the job itself first, with accept/decline.
  const live = h('div', { 'aria-live': 'polite', id: 'jobs-message' }, message || null);
  const coordinator = session.user()?.roles?.includes('COORDINATOR');
  const ownJob = coordinator || (session.user()?.memberId && session.user().memberId === view.currentMemberId)
    ? await api(`/api/jobs/${encodeURIComponent(id)}`).catch(() => null) : null;
  const reload = async text => render(main, { id }, query, text);
  mount(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/missions' }, `← ${t('nav.jobs')}`)),
    h('h1', {}, ownJob && !coordinator ? t('dispatch.offerTitle') : t('dispatch.title')),
    live,
    ownJob ? h('ul', { class: 'cards job-cards', id: 'this-job' }, jobCard(ownJob, { serviceTitle, communeName, reload, live, staffActions: !coordinator })) : null,
    coordinator && ownJob?.state === 'DONE' && ownJob.report ? correctionForm(ownJob, reload) : null,
    ownJob ? h('h2', {}, t('dispatch.title')) : null,
    dl([
      [t('orders.service'), serviceTitle(view.serviceId)],
      [t('jobs.where'), communeName(view.communeInsee)],
      [t('col.date'), date(view.date)],
      [t('orders.state'), badge('job', view.state)],
      [t('dispatch.winner'), view.currentMemberId ? memberName(view.currentMemberId) : '—'],
      view.rule ? [t('dispatch.rule'), bilingual(view.rule)] : null,
    ]),
    decisions.length ? decisions.map((d, i) => h('section', { class: 'card', 'aria-labelledby': `decision-${i}` },
      h('h2', { id: `decision-${i}` }, `${d.kind ? label('dispatch.kind', d.kind) : t('dispatch.title')} — ${dateTime(d.decidedAt)}`),
      dl([
        d.category ? [t('home.category'), categoryName(d.category)] : null,
        [t('dispatch.winner'), d.winner ? (nameIn(d, d.winner) || memberName(d.winner)) : '—'],
        d.category && d.month ? [t('rotation.title.short'), h('a', { href: `#/repartition?categorie=${encodeURIComponent(d.category)}&mois=${encodeURIComponent(d.month)}` },
          t('dispatch.rotationLink', { category: categoryName(d.category), month: d.month }))] : null,
      ]),
      (d.candidates || []).length ? scrollTable(decisions.length > 1 ? `${t('dispatch.ranking')} (${i + 1})` : t('dispatch.ranking'), h('table', { class: 'candidates' },
        h('caption', {}, t('dispatch.ranking')),
        h('thead', {}, h('tr', {}, [t('dispatch.rank'), t('dispatch.member'), t('dispatch.weight'), t('dispatch.target'), t('dispatch.received'), t('dispatch.shortfall')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, d.candidates.map(c => h('tr', { class: c.memberId === d.winner ? 'winner' : null },
          h('td', {}, String(c.rank ?? '')),
          h('th', { scope: 'row' }, c.memberName || memberName(c.memberId), c.memberId === d.winner ? [' ', h('span', { class: 'badge badge-completed' }, t('dispatch.winner'))] : null),
          h('td', {}, String(c.weight ?? '')),
          h('td', {}, number(c.target, 2)),
          h('td', {}, String(c.received ?? '')),
          h('td', {}, number(c.shortfall, 2))))))) : h('p', { class: 'muted' }, t('dispatch.noContender')),
      (d.excluded || []).length ? scrollTable(t('dispatch.excluded'), h('table', { class: 'excluded' },
        h('caption', {}, t('dispatch.excluded')),
        h('thead', {}, h('tr', {}, [t('dispatch.member'), t('dispatch.why')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, d.excluded.map(x => h('tr', { dataset: { member: x.memberId, reason: x.reason } },
          h('th', { scope: 'row' }, x.memberName || memberName(x.memberId)),
          h('td', {}, fitReasons([x.reason]))))))) : null))
      : notice('info', t('dispatch.none')),
    (view.offers || []).length ? h('section', { 'aria-labelledby': 'offers-heading' },
      h('h2', { id: 'offers-heading' }, t('dispatch.offers')),
      h('ol', { class: 'history' }, view.offers.map(o => h('li', {},
        h('strong', {}, memberName(o.memberId)), ` — ${dateTime(o.offeredAt)}`,
        o.manual ? h('span', { class: 'muted' }, ` (${t('dispatch.manual')})`) : null,
        o.outcome ? [' → ', label('job', o.outcome)] : null,
        o.reason ? h('span', { class: 'muted' }, ` (${bilingual(o.reason)})`) : null)))) : null);
}
