// Sign-in against the API's login mutation; the token is a bearer JWT the data provider sends.
import type { AuthProvider } from 'react-admin';
import { isUnauthenticated } from './dataProvider/errors';
import { i18nProvider } from './i18n';
import type { LoginMutation } from './gql/graphql';
import { clearSession, getToken, getUser, saveSession, tokenExpired } from './session';

// codegen.ts reads this document by its /* GraphQL */ comment: LoginMutation is its result.
const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user { id email name roles allowedOperations }
    }
  }
`;

interface LoginResponse {
  data?: LoginMutation | null;
  errors?: { message: string }[];
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { email: username, password } }),
      });
    } catch {
      throw new Error(i18nProvider.translate('ra.notification.http_error'));
    }
    const body = (await response.json().catch(() => ({}))) as LoginResponse;
    const login = body.data?.login;
    if (!login) {
      // The API's message says what went wrong (wrong password, inactive account, …).
      throw new Error(body.errors?.[0]?.message ?? i18nProvider.translate('cx.auth.sign_in_failed', { status: response.status }));
    }
    saveSession(login.token, login.user);
    // FINANCE's work is the money queue (its default view: what waits for approval).
    return login.user.roles.includes('FINANCE') ? { redirectTo: '/MoneyRequest' } : undefined;
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    const token = getToken();
    if (!token) throw new Error(i18nProvider.translate('cx.auth.sign_in_first'));
    // A session from before the panel learned its permissions from the API: sign in again.
    if (tokenExpired(token) || !getUser()?.allowedOperations) {
      clearSession();
      throw new Error(i18nProvider.translate('ra.notification.logged_out'));
    }
  },

  async checkError(error: unknown) {
    // An expired or revoked token: rejecting makes react-admin show the API's message and call
    // logout (which clears the session). FORBIDDEN is not a sign-in problem, so it resolves.
    if (isUnauthenticated(error)) {
      clearSession();
      throw new Error(i18nProvider.translate('ra.notification.logged_out'));
    }
  },

  async getPermissions() {
    // The roles (for display) and the operations the API's access table allows them.
    const user = getUser();
    return [...(user?.roles ?? []), ...(user?.allowedOperations ?? [])];
  },

  async getIdentity() {
    const user = getUser();
    if (!user) throw new Error(i18nProvider.translate('cx.auth.not_signed_in'));
    return { id: user.id, fullName: user.name };
  },
};
