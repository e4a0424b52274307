// The signed-in session, kept in localStorage so a reload keeps the user signed in.
// Shared by the auth provider (writes it) and the data provider (sends the token).

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  /** From the API's access table at sign-in: what the menu and buttons may offer. */
  allowedOperations?: string[];
}

const TOKEN_KEY = 'cxloop.token';
const USER_KEY = 'cxloop.user';

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export function getUser(): SessionUser | null {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUser;
  } catch {
    return null;
  }
}

export function saveSession(token: string, user: SessionUser): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

/**
 * The token's own expiry (JWT `exp`), so an expired session goes back to the sign-in page before
 * any request fails. Unreadable tokens count as not expired: the API then answers UNAUTHENTICATED.
 */
export function tokenExpired(token: string, now = Date.now()): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' && payload.exp * 1000 <= now;
  } catch {
    return false;
  }
}
