// react-admin data provider over the API's ra-data-graphql-simple convention
// (allOrders / _allOrdersMeta / Order(id), createVendor, …).
import { defaultOptions as graphQLDefaults, type GraphqlDataProvider, type IntrospectionResult } from 'ra-data-graphql';
import buildGraphQLProvider, { buildVariables } from 'ra-data-graphql-simple';
import { GET_LIST, type DataProvider } from 'react-admin';
import type { IntrospectionField, IntrospectionType } from 'graphql';
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
const indianDays = (filter: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, typeof v === 'string' && DAY_ONLY.test(v) ? `${v}T00:00:00+05:30` : v]));

function withIndianDays<T extends DataProvider>(provider: T): T {
  return {
    ...provider,
    getList: (resource, params) => provider.getList(resource, { ...params, filter: indianDays(params.filter) }),
  };
}

/**
 * The `filter` variable a list's getList sends for these react-admin filter values (same days,
 * same ra-data-graphql-simple mapping), for the CSV exports, which take the list's filter as JSON.
 */
async function listFilter(resource: string, filterValues: Record<string, unknown>): Promise<Record<string, unknown>> {
  // buildGraphQLProvider's result is ra-data-graphql's provider, which keeps getIntrospection.
  const introspection: IntrospectionResult = await (crud as unknown as GraphqlDataProvider).getIntrospection();
  const type = introspection.resources.find((r) => r.type.name === resource);
  // Each introspected resource also carries its operations by fetch type (its GET_LIST: allVendorScorecards for Vendor).
  const query = (type as unknown as Record<string, IntrospectionField | undefined> | undefined)?.[GET_LIST];
  if (!type || !query) throw new Error(`${resource} has no list in the API's schema.`);
  return buildVariables(introspection)(type, GET_LIST, { filter: indianDays(filterValues) }, query).filter;
}

export type CxDataProvider = DataProvider & DomainMethods & { listFilter: typeof listFilter };

export const dataProvider: CxDataProvider = withReadableErrors(withIndianDays({ ...crud, ...domainMethods, listFilter }));
