// Invoices (issue 16): a company admin's « Factures », a member staff's, and the coordinators' « Facturation »
// (close a month, every invoice and credit note, issue a credit note). The PDF (Factur-X) is fetched with the
// token in the Authorization header and saved from a Blob link, like the exports.
import { h, mount, notice, field, scrollTable } from '../dom.js';
import { t, colon } from '../i18n.js';
import { api } from '../api.js';
import { money, isoMonth } from '../format.js';
import * as session from '../session.js';
import { badge, unavailable } from '../ui.js';

/** « 2027-01-05 » → « 05/01/2027 » (« 2027-01-05 » in English: no ambiguity either way). */
function day(iso) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return document.documentElement.lang === 'en' ? iso : `${d}/${m}/${y}`;
}

/** The previous month, `yyyy-MM`: the one a coordinator usually closes. */
function lastMonth() {
  const now = new Date();
  return isoMonth(new Date(now.getFullYear(), now.getMonth() - 1, 15));
}

async function downloadPdf(path, number) {
  const response = await api(path, { accept: 'application/pdf', raw: true });
  const blob = await response.blob();
  const name = `${number}.pdf`;
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, class: 'visually-hidden' }, name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

function pdfButton(path, invoice, live) {
  return h('button', {
    type: 'button', class: 'small secondary', dataset: { pdf: invoice.number },
    onclick: async event => {
      const target = event.currentTarget;
      target.disabled = true;
      try {
        const name = await downloadPdf(path, invoice.number);
        mount(live, notice('success', t('invoices.downloaded', { name })));
      } catch (error) {
        mount(live, unavailable(error));
      } finally {
        target.disabled = false;
      }
    },
  }, t('invoices.pdf'), h('span', { class: 'visually-hidden' }, ` ${invoice.number}`));
}

/** The table of invoices; `pathOf(invoice)` is where its PDF is; `extra(invoice)` adds a cell of actions. */
function table(list, pathOf, live, { withBuyer = false, extra = null } = {}) {
  const headers = [t('invoices.number'), t('invoices.type'), ...(withBuyer ? [t('invoices.buyer')] : []), t('invoices.month'),
    t('invoices.issued'), t('invoices.due'), t('invoices.amount'), t('col.status'), t('col.actions')];
  return scrollTable(colon(t('invoices.title')) + list.length, h('table', { id: 'invoices' },
    h('thead', {}, h('tr', {}, headers.map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, list.map(invoice => h('tr', { dataset: { number: invoice.number } },
      h('th', { scope: 'row' }, invoice.number),
      h('td', {}, t(`invoices.type.${invoice.type}`)),
      withBuyer ? h('td', {}, invoice.buyer.name) : null,
      h('td', {}, invoice.month),
      h('td', {}, day(invoice.issueDate)),
      h('td', {}, invoice.type === 'CREDIT_NOTE' ? '—' : day(invoice.dueDate)),
      h('td', { class: 'number' }, money(invoice.amountDueCents)),
      h('td', {}, badge('invoices.state', invoice.type === 'CREDIT_NOTE' ? 'CREDIT_NOTE' : invoice.state),
        invoice.creditedInvoice ? h('span', {}, ` ${t('invoices.cancels', { number: invoice.creditedInvoice })}`) : null,
        invoice.creditedBy ? h('span', {}, ` ${t('invoices.cancelledBy', { number: invoice.creditedBy })}`) : null),
      h('td', {}, pdfButton(pathOf(invoice), invoice, live), extra ? extra(invoice) : null))))));
}

async function ownList(main, title, base) {
  const live = h('div', { 'aria-live': 'polite' });
  mount(main, h('h1', {}, title), h('p', { class: 'loading' }, t('loading')));
  let list;
  try {
    list = await api(`${base}/invoices`);
  } catch (error) {
    mount(main, h('h1', {}, title), unavailable(error, () => ownList(main, title, base)));
    return;
  }
  mount(main, h('h1', {}, title), h('p', {}, t('invoices.intro')), live,
    list.length ? table(list, invoice => `${base}/invoices/${encodeURIComponent(invoice.number)}`, live)
      : notice('info', t('invoices.none')));
}

/** A company admin's invoices (a coordinator gives `?id=`). */
export async function company(main, params, query) {
  const companyId = query.get('id') || session.user().companyId;
  if (!companyId) {
    mount(main, h('h1', {}, t('invoices.title')), notice('info', t('admin.noCompany')));
    return;
  }
  await ownList(main, t('invoices.title'), `/api/companies/${encodeURIComponent(companyId)}`);
}

/** A member staff's invoices: the pole's commission (a coordinator gives `?id=`). */
export async function member(main, params, query) {
  const memberId = query.get('id') || session.user().memberId;
  if (!memberId) {
    mount(main, h('h1', {}, t('invoices.title')), notice('info', t('invoices.noMember')));
    return;
  }
  await ownList(main, t('invoices.title'), `/api/members/${encodeURIComponent(memberId)}`);
}

/** Coordinators: close a month, every document, credit notes. */
export async function coordinator(main) {
  const closeLive = h('div', { 'aria-live': 'polite', id: 'closing-result' });
  const listSection = h('section', { 'aria-labelledby': 'issued-heading' });
  const monthInput = h('input', { type: 'month', name: 'month', value: lastMonth(), required: true, pattern: '\\d{4}-\\d{2}' });
  const form = h('form', { class: 'inline-form', id: 'closing-form' },
    field({ label: t('billing.month'), name: 'month', control: monthInput, required: true }),
    h('button', { type: 'submit', id: 'close-month' }, t('billing.close')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    mount(closeLive, h('p', { class: 'loading' }, t('billing.closing')));
    try {
      const closing = await api('/api/invoices/closings', { method: 'POST', body: { month: monthInput.value } });
      mount(closeLive, notice('success', closing.alreadyClosed
        ? t('billing.alreadyClosed', { month: closing.month, count: closing.issued.length })
        : t('billing.closed', { month: closing.month, count: closing.issued.length })));
      await renderAll(listSection);
    } catch (error) {
      mount(closeLive, unavailable(error));
    } finally {
      button.disabled = false;
    }
  });
  mount(main, h('h1', {}, t('billing.title')),
    h('section', { 'aria-labelledby': 'closing-heading' }, h('h2', { id: 'closing-heading' }, t('billing.closeHeading')),
      h('p', {}, t('billing.closeIntro')), form, closeLive),
    listSection);
  await renderAll(listSection);
}

async function renderAll(section) {
  const heading = h('h2', { id: 'issued-heading' }, t('billing.issued'));
  const live = h('div', { 'aria-live': 'polite' });
  mount(section, heading, h('p', { class: 'loading' }, t('loading')));
  let list;
  try {
    list = await api('/api/invoices');
  } catch (error) {
    mount(section, heading, unavailable(error, () => renderAll(section)));
    return;
  }
  const credit = invoice => (invoice.type === 'INVOICE' && invoice.state === 'ISSUED'
    ? h('button', { type: 'button', class: 'small danger', onclick: () => creditForm(section, invoice, live) },
      t('billing.credit'), h('span', { class: 'visually-hidden' }, ` ${invoice.number}`))
    : null);
  mount(section, heading, live, list.length
    ? table(list, invoice => `/api/invoices/${encodeURIComponent(invoice.number)}`, live, { withBuyer: true, extra: credit })
    : notice('info', t('invoices.none')));
}

function creditForm(section, invoice, live) {
  const reason = h('textarea', { name: 'reason', required: true, maxlength: 300, rows: 2, id: 'credit-reason' });
  const form = h('form', { class: 'credit-form', id: 'credit-form' },
    h('p', {}, t('billing.creditOf', { number: invoice.number, buyer: invoice.buyer.name, amount: money(invoice.amountDueCents) })),
    field({ label: t('billing.reason'), name: 'reason', control: reason, required: true }),
    h('button', { type: 'submit', class: 'danger' }, t('billing.creditConfirm')),
    ' ',
    h('button', { type: 'button', class: 'secondary', onclick: () => { form.remove(); } }, t('cancel')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const note = await api(`/api/invoices/${encodeURIComponent(invoice.number)}/credit-notes`,
        { method: 'POST', body: { reason: reason.value } });
      await renderAll(section);
      mount(section.querySelector('[aria-live]'), notice('success', t('billing.credited', { number: invoice.number, note: note.number })));
    } catch (error) {
      mount(live, unavailable(error));
    }
  });
  mount(live, form);
  reason.focus();
}
