// Reference data of the catalog (communes, categories, services), fetched once per tab.
import { cached, items } from './api.js';
import { text } from './format.js';

export async function communes() {
  return items(await cached('/api/catalog/communes?size=100'));
}

export async function categories() {
  return items(await cached('/api/catalog/categories'));
}

// ids, titles and categories are all the lookups need: the list's summary view (no descriptions)
export async function allServices() {
  return items(await cached('/api/catalog/services?size=100&view=summary'));
}

export async function members() {
  return items(await cached('/api/members?size=100'));
}

/** A lookup function id → label that never fails (falls back to the id). */
export async function lookup(load, key, value) {
  try {
    const map = new Map((await load()).map(x => [x[key], x]));
    return id => (map.has(id) ? value(map.get(id)) : id);
  } catch {
    return id => id;
  }
}

export const communeName = () => lookup(communes, 'inseeCode', c => c.name);
export const categoryName = () => lookup(categories, 'code', c => text(c.label));
export const serviceTitle = () => lookup(allServices, 'id', s => text(s.title));
export const serviceCategory = () => lookup(allServices, 'id', s => s.category);
export const memberName = () => lookup(members, 'id', m => m.name);

/**
 * A function that writes the names of the members and services a text mentions by id (a history entry,
 * a refusal): « Proposée à mbr-atelier-velo-voironnais » reads « Proposée à Atelier vélo voironnais ».
 * Service titles are in the reader's language; an id it does not know stays as it is.
 */
export async function namer() {
  const [memberList, serviceList] = await Promise.all([members().catch(() => []), allServices().catch(() => [])]);
  const names = new Map();
  memberList.forEach(m => { if (m.id && m.name) names.set(m.id, m.name); });
  serviceList.forEach(s => { if (s.id && s.title) names.set(s.id, text(s.title)); });
  if (!names.size) return value => value;
  const ids = [...names.keys()].sort((a, b) => b.length - a.length).map(id => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\w-])(${ids.join('|')})(?![\\w-])`, 'g');
  return value => (typeof value === 'string' ? value.replace(pattern, id => names.get(id)) : value);
}

export function normalize(value) {
  return String(value || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-'’\s]+/g, ' ').trim();
}

/** Communes matching a name or a postal code: exact matches first. */
export function match(all, query) {
  const q = normalize(query);
  if (!q) return [];
  if (/^\d{5}$/.test(q)) {
    return all.filter(c => (c.postalCodes || []).includes(q) || c.inseeCode === q);
  }
  const exact = all.filter(c => normalize(c.name) === q);
  if (exact.length) return exact;
  return all.filter(c => normalize(c.name).includes(q));
}

const KEY = 'concierge.commune';
export function selectedCommune() {
  return localStorage.getItem(KEY);
}
export function selectCommune(insee) {
  if (insee) localStorage.setItem(KEY, insee);
  else localStorage.removeItem(KEY);
}
