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

/**
 * The API's field errors (BAD_USER_INPUT with extensions.field) as { field: message }, for a form
 * to put under its fields; undefined when none names a field. Every form and dialog reads them
 * from here (react-admin's save handlers through body.errors, DomainActionDialog through its <Form>'s onSubmit).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const entries = graphQLErrorsOf(error)
    .filter((e) => e.extensions?.code === 'BAD_USER_INPUT' && typeof e.extensions.field === 'string')
    .map((e) => [e.extensions!.field as string, e.message] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * What the person should do next, per SOP rule (SOP_RULES.md). The API's own sentence follows
 * when it carries specifics (which checks failed, which statuses are allowed).
 */
const RULE_TEXT: Record<string, { text: string; detail?: boolean }> = {
  ESCALATION_NOT_CONTACTED: { text: 'Log a contact with the customer first.' },
  ESCALATION_NEEDS_CATEGORY: { text: 'Pick a category for the escalation before resolving it.' },
  ESCALATION_CLOSED: { text: 'This escalation is closed; nothing can change it any more.' },
  ORDER_INVALID_TRANSITION: { text: 'The order cannot move to that status from where it is.', detail: true },
  ORDER_NEEDS_VENDOR: { text: 'Assign a vendor to the order before completing it.' },
  VENDOR_NOT_ACTIVE: { text: 'Only active vendors can take orders; reinstate the vendor or pick another.' },
  FEEDBACK_NOT_ELIGIBLE: { text: 'Feedback cannot be taken for this order yet.', detail: true },
  FEEDBACK_ALREADY_SUBMITTED: { text: 'The customer has already answered this feedback request.' },
  REVIEW_CRITERIA_NOT_MET: { text: 'The review does not pass every shortlist check.', detail: true },
  REVIEW_NOT_SHORTLISTED: { text: 'Shortlist the review before publishing it.' },
  RV2: { text: 'Only a completed order verifies a review.', detail: true },
};

const CODE_TEXT: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: 'Your role does not allow this.',
  CONFLICT: 'This conflicts with existing data.',
};

/** A CONFLICT on a stale expectedVersion carries the version now and who changed it (audit log). */
const staleVersion = (e: ApiError) => {
  const details = e.extensions?.code === 'CONFLICT' ? (e.extensions.details as { currentVersion?: number; changedBy?: string } | undefined) : undefined;
  return details?.currentVersion != null ? details : undefined;
};

/** One readable line for an API error: the rule's advice, else the API's own message. */
export function readableMessage(e: ApiError): string {
  const stale = staleVersion(e);
  if (stale) return `Changed by ${stale.changedBy ?? 'someone else'} since you opened it — reload`;
  const rule = e.extensions?.rule;
  const mapped = rule ? RULE_TEXT[rule] : undefined;
  if (mapped) return mapped.detail && e.message !== mapped.text ? `${mapped.text} ${e.message}` : mapped.text;
  const code = e.extensions?.code;
  const prefix = code ? CODE_TEXT[code] : undefined;
  // The API writes its messages for people; the prefix only adds context it may lack.
  return prefix && code !== 'UNAUTHENTICATED' ? `${prefix} ${e.message}` : prefix ?? e.message;
}

export function toHttpError(error: unknown): unknown {
  // Aborted requests (react-query cancelling) must stay as they are.
  if (isObject(error) && error.name === 'AbortError') return error;
  const gqlErrors = graphQLErrorsOf(error);
  if (gqlErrors.length === 0) {
    // Apollo's "Failed to fetch" says nothing to a CX agent.
    if (isObject(error) && isObject(error.networkError)) {
      return new HttpError('Cannot reach the CX Loop API. Check your connection and try again.', 503);
    }
    return error;
  }

  const message = [...new Set(gqlErrors.map(readableMessage))].join('\n');
  const first = gqlErrors[0];
  const code = first.extensions?.code;
  const byCode = code ? STATUS_BY_CODE[code] : undefined;
  const status = byCode ?? (isObject(error) && typeof error.status === 'number' && error.status >= 400 ? error.status : 500);
  const body: ApiErrorBody = { graphQLErrors: gqlErrors };
  // react-admin's forms put body.errors on their fields (and skip the toast).
  const fields = fieldErrorsOf({ graphQLErrors: gqlErrors });
  if (fields) body.errors = { ...fields, root: { serverError: message } };
  return new HttpError(message, status, body);
}

/** Whether the action failed because the record changed since the page loaded it (reloading helps). */
export const isStaleVersion = (error: unknown): boolean => graphQLErrorsOf(error).some((e) => staleVersion(e) !== undefined);

export const isUnauthenticated = (error: unknown): boolean =>
  (isObject(error) && error.status === 401) ||
  graphQLErrorsOf(error).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
