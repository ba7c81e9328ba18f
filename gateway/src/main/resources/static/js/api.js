// A tiny fetch wrapper: JSON in and out, the Bearer token, problem documents as ApiError,
// 401 → back to sign-in.
import * as session from './session.js';
import { t, lang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    // the API answers in the language asked for (Accept-Language below): its texts are shown as they come
    super(problem && (problem.detail || problem.title) ? (problem.detail || problem.title) : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** [{field, message, code}] from a validation problem. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

export async function api(path, { method = 'GET', body, headers = {}, accept = 'application/json', raw = false } = {}) {
  // the language chosen in the header: every problem comes back in it, and the gateway writes the account's mails in it
  const all = { Accept: `${accept}, application/problem+json`, 'Accept-Language': lang(), ...headers };
  const bearer = session.token();
  if (bearer) all.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) all['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { detail: t('error.network') });
  }
  if (response.ok) {
    if (raw) return response;
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : response.text();
  }
  let problem = null;
  try {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) problem = await response.json();
  } catch { /* not a problem document */ }
  if (response.status === 401 && bearer && !path.startsWith('/api/auth/login')) {
    session.signOut();
    const next = encodeURIComponent(location.hash || '#/');
    location.hash = `#/connexion?next=${next}&expired=1`;
  }
  if (!problem) {
    const key = { 401: 'error.401', 403: 'error.403', 404: 'error.404', 503: 'error.503' }[response.status] || 'error.generic';
    problem = { status: response.status, detail: t(key) };
  }
  throw new ApiError(response.status, problem);
}

/** The content of a page answer ({content:[...]}) or a plain list. */
export function items(answer) {
  if (Array.isArray(answer)) return answer;
  return answer && Array.isArray(answer.content) ? answer.content : [];
}

/** A new idempotency key for one intended order. */
export function idempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

// Reference data that changes rarely, cached for the tab's life.
const cache = new Map();
export function cached(path) {
  if (!cache.has(path)) {
    const promise = api(path).catch(error => { cache.delete(path); throw error; });
    cache.set(path, promise);
  }
  return cache.get(path);
}
export function forget(prefix) {
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
}
