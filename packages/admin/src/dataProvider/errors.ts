// Turns Apollo / ra-data-graphql errors into react-admin HttpErrors whose message is the API's
// own message (the API writes them for people), with a status react-admin's auth checks use.
// They are made outside React, so the panel's own words come from the i18nProvider itself.
import { HttpError } from 'react-admin';
import { i18nProvider } from '../i18n';

const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

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
  ESCALATION_NOT_CONTACTED: { text: 'cx.errors.rule.ESCALATION_NOT_CONTACTED' },
  ESCALATION_NEEDS_CATEGORY: { text: 'cx.errors.rule.ESCALATION_NEEDS_CATEGORY' },
  ESCALATION_CLOSED: { text: 'cx.errors.rule.ESCALATION_CLOSED' },
  ORDER_INVALID_TRANSITION: { text: 'cx.errors.rule.ORDER_INVALID_TRANSITION', detail: true },
  ORDER_NEEDS_VENDOR: { text: 'cx.errors.rule.ORDER_NEEDS_VENDOR' },
  VENDOR_NOT_ACTIVE: { text: 'cx.errors.rule.VENDOR_NOT_ACTIVE' },
  FEEDBACK_NOT_ELIGIBLE: { text: 'cx.errors.rule.FEEDBACK_NOT_ELIGIBLE', detail: true },
  FEEDBACK_ALREADY_SUBMITTED: { text: 'cx.errors.rule.FEEDBACK_ALREADY_SUBMITTED' },
  REVIEW_CRITERIA_NOT_MET: { text: 'cx.errors.rule.REVIEW_CRITERIA_NOT_MET', detail: true },
  REVIEW_NOT_SHORTLISTED: { text: 'cx.errors.rule.REVIEW_NOT_SHORTLISTED' },
  RV2: { text: 'cx.errors.rule.RV2', detail: true },
};

const CODE_TEXT: Record<string, string> = {
  UNAUTHENTICATED: 'cx.errors.code.UNAUTHENTICATED',
  FORBIDDEN: 'cx.errors.code.FORBIDDEN',
  CONFLICT: 'cx.errors.code.CONFLICT',
};

/** A CONFLICT on a stale expectedVersion carries the version now and who changed it (audit log). */
const staleVersion = (e: ApiError) => {
  const details = e.extensions?.code === 'CONFLICT' ? (e.extensions.details as { currentVersion?: number; changedBy?: string } | undefined) : undefined;
  return details?.currentVersion != null ? details : undefined;
};

/** One readable line for an API error: the rule's advice, else the API's own message. */
export function readableMessage(e: ApiError): string {
  const stale = staleVersion(e);
  if (stale) return translate('cx.errors.stale', { name: stale.changedBy ?? translate('cx.errors.someone_else') });
  const rule = e.extensions?.rule;
  const mapped = rule && Object.hasOwn(RULE_TEXT, rule) ? RULE_TEXT[rule] : undefined;
  if (mapped) {
    const advice = translate(mapped.text);
    return mapped.detail && e.message !== advice ? `${advice} ${e.message}` : advice;
  }
  const code = e.extensions?.code;
  const prefix = code && Object.hasOwn(CODE_TEXT, code) ? translate(CODE_TEXT[code]) : undefined;
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
      return new HttpError(translate('ra.notification.http_error'), 503);
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
