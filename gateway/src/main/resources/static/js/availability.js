// Which days have room: provider-service's availability (GET /api/availability), the lead time of a
// service and the time slots of a day, shared by the order form and the order page.
import { api } from './api.js';
import { parisWallClock, isoDate } from './format.js';

/** The time slots a resident can pick, wall-clock times of the territory (Europe/Paris). */
export const SLOTS = [['08:00', '10:00'], ['10:00', '12:00'], ['14:00', '16:00'], ['16:00', '18:00']];

/** How far ahead the form looks for room (the most the API answers). */
export const HORIZON_DAYS = 60;

/** Today in the territory, yyyy-MM-dd. */
export function parisToday() {
  return parisWallClock(new Date()).slice(0, 10);
}

/**
 * The earliest moment a service can be done from now: its lead time, plus a quarter of an hour for
 * filling in the form. {instant, wallClock: "yyyy-MM-ddTHH:mm" in Europe/Paris, date: "yyyy-MM-dd"}.
 */
export function earliest(service) {
  const instant = new Date(Date.now() + (Number(service?.leadTimeHours || 0) * 60 + 15) * 60 * 1000);
  const wallClock = parisWallClock(instant);
  return { instant, wallClock, date: wallClock.slice(0, 10) };
}

/** The slots of a day that the lead time still allows. */
export function slotsOn(day, earliestWallClock) {
  return SLOTS.filter(([from]) => `${day}T${from}` >= earliestWallClock);
}

/** Whether a slot's hours on that day are still allowed by the lead time. */
export function allowed(day, from, earliestWallClock) {
  return `${day}T${String(from || '').slice(0, 5)}` >= earliestWallClock;
}

/** [{date, freePlaces}] for the coming days (today included) of a service in a commune. */
export async function days(serviceId, commune, { from = parisToday(), count = HORIZON_DAYS } = {}) {
  const query = new URLSearchParams({ serviceId, commune, from, days: String(count) });
  const answer = await api(`/api/availability?${query}`);
  return Array.isArray(answer?.days) ? answer.days : [];
}

/** Every day from a date on, count of them, as yyyy-MM-dd (when availability is not known). */
export function calendar(from, count = HORIZON_DAYS) {
  const [y, m, d] = from.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => isoDate(new Date(y, m - 1, d + i)));
}
