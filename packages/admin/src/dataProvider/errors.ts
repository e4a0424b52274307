// Turns Apollo / ra-data-graphql errors into react-admin HttpErrors whose message is the API's
// own message (the API writes them for people), with a status react-admin's auth checks use.
import { HttpError } from 'react-admin';

export interface ApiError {
  message: string;
  extensions?: { code?: string; field?: string; rule?: string; [key: string]: unknown };
}

export interface ApiErrorBody {
  /** The GraphQL errors as the API sent them. */
  graphQLErrors: ApiError[];
  /** react-admin's server-side validation shape: shown on the form field, and as the notification. */
  errors?: Record<string, unknown>;
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  SOP_VIOLATION: 422,
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The GraphQL errors inside an error thrown by Apollo or ra-data-graphql, wherever they are. */
export function graphQLErrorsOf(error: unknown): ApiError[] {
  if (!isObject(error)) return [];
  const candidates = [
    error.graphQLErrors,
    isObject(error.body) ? error.body.graphQLErrors : undefined,
    // A non-2xx response (e.g. 400 for an invalid variable) arrives as a network error.
    isObject(error.networkError) && isObject(error.networkError.result) ? error.networkError.result.errors : undefined,
    isObject(error.result) ? error.result.errors : undefined,
  ];
  for (const c of candidates) {
    if (Array.isArray(c) && c.length > 0) return c as ApiError[];
  }
  return isObject(error.body) ? graphQLErrorsOf(error.body) : [];
}

export function toHttpError(error: unknown): unknown {
  // Aborted requests (react-query cancelling) must stay as they are.
  if (isObject(error) && error.name === 'AbortError') return error;
  const gqlErrors = graphQLErrorsOf(error);
  if (gqlErrors.length === 0) return error;

  const message = [...new Set(gqlErrors.map((e) => e.message))].join('\n');
  const first = gqlErrors[0];
  const code = first.extensions?.code;
  const byCode = code ? STATUS_BY_CODE[code] : undefined;
  const status = byCode ?? (isObject(error) && typeof error.status === 'number' && error.status >= 400 ? error.status : 500);
  const body: ApiErrorBody = { graphQLErrors: gqlErrors };
  const field = first.extensions?.field;
  if (code === 'BAD_USER_INPUT' && field) {
    body.errors = { [field]: first.message, root: { serverError: message } };
  }
  return new HttpError(message, status, body);
}

export const isUnauthenticated = (error: unknown): boolean =>
  (isObject(error) && error.status === 401) ||
  graphQLErrorsOf(error).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
