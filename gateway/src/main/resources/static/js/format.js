import { lang } from './i18n.js';

const locale = () => (lang() === 'en' ? 'en-GB' : 'fr-FR');

export function money(cents) {
  if (cents === undefined || cents === null || Number.isNaN(Number(cents))) return '—';
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(Number(cents) / 100);
}

export function number(value, digits = 0) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(Number(value || 0));
}

/** A number with its sign: "+1,5", "−0,25", "0". */
export function signed(value, digits = 2) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(Number(value || 0));
}

/** 2026-12-03 → "jeudi 3 décembre 2026" */
export function date(iso) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .format(new Date(y, m - 1, d));
}

export function dateTime(instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(instant));
}

export function slot(s) {
  if (!s) return '—';
  return `${date(s.date)}, ${(s.from || '').slice(0, 5)}–${(s.to || '').slice(0, 5)}`;
}

/** Local date as yyyy-MM-dd. */
export function isoDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isoMonth(d = new Date()) {
  return isoDate(d).slice(0, 7);
}

/** A bilingual {fr, en} text in the current language. */
export function text(value) {
  if (!value) return '';
  if (typeof value === 'string') return value;
  return value[lang()] || value.fr || value.en || '';
}

/**
 * An instant as the wall-clock time of the territory (Europe/Paris), "yyyy-MM-ddTHH:mm", whatever the
 * browser's own time zone: slots are local times of the territory.
 */
export function parisWallClock(instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant).map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
