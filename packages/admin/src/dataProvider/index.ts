// react-admin data provider over the API's ra-data-graphql-simple convention
// (allOrders / _allOrdersMeta / Order(id), createVendor, …).
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { introspection } from '../schema';
import { apolloClient } from './client';
import { toHttpError } from './errors';

/** Rethrows every method's failure as an HttpError carrying the API's own message. */
function withReadableErrors<T extends DataProvider>(provider: T): T {
  const wrapped: Record<string, unknown> = { ...provider };
  for (const [key, value] of Object.entries(provider)) {
    if (typeof value !== 'function') continue;
    const method = value as (...args: unknown[]) => unknown;
    wrapped[key] = (...args: unknown[]) =>
      Promise.resolve(method.apply(provider, args)).catch((error: unknown) => {
        throw toHttpError(error);
      });
  }
  return wrapped as T;
}

// Synchronous in ra-data-graphql-simple 5.15: introspection is resolved lazily on the first call,
// and because `schema` is given it never touches the network (no introspection query, no token needed).
export const dataProvider = withReadableErrors(
  buildGraphQLProvider({
    client: apolloClient,
    introspection: { schema: introspection },
    // ra-data-graphql defaults queries to 'network-only', which also writes Apollo's cache; see client.ts.
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  }),
);
