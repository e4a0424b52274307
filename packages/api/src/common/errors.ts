// Every expected failure is a DomainError; formatError (app.ts) is the one place that turns
// errors into GraphQL responses, so codes and rule ids stay consistent across the API.
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SOP_VIOLATION';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { rule?: string; field?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Sign in first: send Authorization: Bearer <token or API key>.') =>
  new DomainError('UNAUTHENTICATED', message);

export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);

export const badInput = (field: string, message: string) =>
  new DomainError('BAD_USER_INPUT', message, { field });

export const notFound = (what: string, id: string) =>
  new DomainError('NOT_FOUND', `${what} ${id} does not exist.`, { details: { id } });

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, { details });

/** A refusal by an SOP rule: the message says what to do instead. */
export const sopViolation = (rule: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('SOP_VIOLATION', message, { rule, details });

/** Who last changed a record and when, as the audit log has it (audit.ts lastChangeOf). */
export interface LastChange {
  by: string;
  at: Date;
}

/**
 * Optimistic concurrency: the caller acted on a version that someone else has changed since.
 * `lastChange` names that someone, so the person can tell whose work they would have undone.
 */
export function checkVersion(what: string, current: number, expected: number | null | undefined, lastChange?: LastChange | null): void {
  if (expected != null && expected !== current) {
    const who = lastChange ? lastChange.by : 'someone else';
    throw conflict(`This ${what} was changed by ${who} since you loaded it (your version ${expected}, now ${current}). Reload it and try again.`, {
      currentVersion: current,
      ...(lastChange ? { changedBy: lastChange.by, changedAt: lastChange.at.toISOString() } : {}),
    });
  }
}
