// react-admin data provider over the API's ra-data-graphql-simple convention
// (allOrders / _allOrdersMeta / Order(id), createVendor, …).
import { defaultOptions as graphQLDefaults } from 'ra-data-graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import { GET_LIST, type DataProvider } from 'react-admin';
import type { IntrospectionType } from 'graphql';
import { introspection } from '../schema';
import { apolloClient } from './client';
import { domainMethods, type DomainMethods } from './domain';
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
const defaultListName = graphQLDefaults.introspection!.operationNames![GET_LIST] as (r: IntrospectionType) => string;

const crud = buildGraphQLProvider({
  client: apolloClient,
  introspection: {
    schema: introspection,
    operationNames: {
      // The vendor list is the scorecard list: allVendorScorecards takes the same filter and
      // also sorts by every scorecard figure (default: composite, best first).
      [GET_LIST]: (resource: IntrospectionType) =>
        resource.name === 'Vendor' ? 'allVendorScorecards' : defaultListName(resource),
    },
    // That same name ("all" + "VendorScorecards") makes VendorScorecard look like a resource, and
    // a field of a resource type is selected as { id } by default: VendorScorecard has no id, so
    // every Vendor query without its own sparse fields (create, update) failed before sending.
    exclude: ['VendorScorecard'],
  },
  // ra-data-graphql defaults queries to 'network-only', which also writes Apollo's cache; see client.ts.
  query: () => ({ fetchPolicy: 'no-cache' }),
  mutation: () => ({ fetchPolicy: 'no-cache' }),
});

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * DateInput gives "2026-11-01"; the API's DateTime needs a time. Days are India days (the
 * business's weeks and days are Asia/Kolkata), so a day filter starts at 00:00 IST.
 */
function withIndianDays<T extends DataProvider>(provider: T): T {
  return {
    ...provider,
    getList: (resource, params) => {
      const filter = Object.fromEntries(
        Object.entries(params.filter ?? {}).map(([k, v]) => [k, typeof v === 'string' && DAY_ONLY.test(v) ? `${v}T00:00:00+05:30` : v]),
      );
      return provider.getList(resource, { ...params, filter });
    },
  };
}

export type CxDataProvider = DataProvider & DomainMethods;

export const dataProvider: CxDataProvider = withReadableErrors(withIndianDays({ ...crud, ...domainMethods }));
