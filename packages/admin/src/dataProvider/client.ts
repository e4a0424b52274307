// The Apollo client the data provider talks through: same-origin /graphql, bearer token from the session.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, type FetchResult } from '@apollo/client';
import { getToken } from '../session';

/** Adds the signed-in user's token; without one the API still answers public operations. */
const authLink = new ApolloLink((operation, forward) => {
  const token = getToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, Authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

/**
 * The API answers some errors with a non-2xx status (e.g. 400 for an invalid variable) and a
 * GraphQL `errors` body. HttpLink turns those into a network error whose message is only
 * "Response not successful"; pass the body on as GraphQL errors so the API's message survives.
 */
const serverErrorsAsGraphQLErrors = new ApolloLink(
  (operation, forward) =>
    new Observable<FetchResult>((observer) => {
      const subscription = forward(operation).subscribe({
        next: (result) => observer.next(result),
        error: (error: unknown) => {
          const errors = (error as { result?: { errors?: unknown } } | null)?.result?.errors;
          if (Array.isArray(errors) && errors.length > 0) {
            observer.next({ errors });
            observer.complete();
          } else {
            observer.error(error);
          }
        },
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    }),
);

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([authLink, serverErrorsAsGraphQLErrors, new HttpLink({ uri: '/graphql' })]),
  // react-admin keeps its own query cache; Apollo's normalized cache would only merge partial records.
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});
