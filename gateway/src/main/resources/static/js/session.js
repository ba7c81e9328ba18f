// The signed-in user: the gateway's access token (kept in sessionStorage: it ends with the tab) and
// the claims it carries (docs/INTERNAL-API.md: sub, email, name, roles, memberId, companyId, exp).

const KEY = 'concierge.token';
const listeners = new Set();

function decode(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(part.padEnd(part.length + (4 - part.length % 4) % 4, '=')),
      c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export function token() {
  const value = sessionStorage.getItem(KEY);
  if (!value) return null;
  const claims = decode(value);
  if (claims && claims.exp && claims.exp * 1000 < Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return value;
}

/** The current user, or null: {userId, email, displayName, roles, memberId, companyId}. */
export function user() {
  const value = token();
  if (!value) return null;
  const claims = decode(value) || {};
  return {
    userId: claims.sub,
    email: claims.email,
    displayName: claims.name || claims.email,
    roles: Array.isArray(claims.roles) ? claims.roles : [],
    memberId: claims.memberId || null,
    companyId: claims.companyId || null,
  };
}

export function hasRole(role) {
  const u = user();
  return !!u && u.roles.includes(role);
}

export function signIn(accessToken) {
  sessionStorage.setItem(KEY, accessToken);
  listeners.forEach(fn => fn());
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  listeners.forEach(fn => fn());
}

export function onChange(fn) {
  listeners.add(fn);
}
