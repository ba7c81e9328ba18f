// Employees: the company whose contract matches their e-mail, their status, the contract, what is
// left of their monthly cap; ask to join.
import { h, mount, notice, dl } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { money, date } from '../format.js';
import * as territory from '../territory.js';
import { badge, unavailable } from '../ui.js';
import { capLeft } from './service.js';

export async function render(main) {
  mount(main, h('h1', {}, t('company.title')), h('p', { class: 'loading' }, t('loading')));
  let mine;
  try {
    mine = await api('/api/companies/mine');
  } catch (error) {
    mount(main, h('h1', {}, t('company.title')), error.status === 404 ? notice('info', t('company.none')) : unavailable(error, () => render(main)));
    return;
  }
  const categoryName = await territory.categoryName();
  const contract = mine.contract || {};
  const status = mine.status || 'NONE';
  const left = status === 'APPROVED' && contract.monthlyCapCentsPerEmployee !== undefined
    ? (mine.capLeftCents ?? mine.remainingCapCents ?? await capLeft(contract.monthlyCapCentsPerEmployee)) : null;
  const message = h('div', { 'aria-live': 'polite' });
  const join = ['NONE'].includes(status)
    ? h('button', { type: 'button', id: 'join-company', onclick: async event => {
      event.target.disabled = true;
      try {
        await api('/api/companies/mine/join', { method: 'POST', body: {} });
        await render(main);
        main.querySelector('h1')?.focus();
      } catch (error) {
        event.target.disabled = false;
        mount(message, unavailable(error));
      }
    } }, t('company.join'))
    : null;
  mount(main,
    h('h1', {}, t('company.title')),
    h('h2', {}, mine.name || ''),
    dl([[t('company.status'), h('span', { id: 'company-status' }, badge('company.status', status))]]),
    join, message,
    h('section', { 'aria-labelledby': 'contract-heading', class: 'card' },
      h('h2', { id: 'contract-heading' }, t('company.contract')),
      dl([
        [t('company.share'), contract.employerSharePercent !== undefined ? `${contract.employerSharePercent} %` : '—'],
        [t('company.cap'), money(contract.monthlyCapCentsPerEmployee)],
        left !== null ? [t('company.capLeft'), h('strong', { id: 'cap-left' }, money(left))] : null,
        [t('company.categories'), (contract.includedCategories || []).map(categoryName).join(', ') || '—'],
        contract.validFrom ? [t('company.validity'), `${date(contract.validFrom)} → ${contract.validTo ? date(contract.validTo) : '…'}`] : null,
      ])));
}
