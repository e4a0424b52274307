// Policies return refusals as values; services turn them into the matching DomainError here.
import { DomainError } from './errors.js';

export type Refusal =
  | { ok: false; code: 'SOP_VIOLATION'; rule: string; message: string; details?: Record<string, unknown> }
  | { ok: false; code: 'BAD_USER_INPUT'; field: string; message: string }
  | { ok: false; code: 'CONFLICT' | 'FORBIDDEN'; message: string };

export function refusalError(r: Refusal): DomainError {
  switch (r.code) {
    case 'SOP_VIOLATION':
      return new DomainError('SOP_VIOLATION', r.message, { rule: r.rule, details: r.details });
    case 'BAD_USER_INPUT':
      return new DomainError('BAD_USER_INPUT', r.message, { field: r.field });
    default:
      return new DomainError(r.code, r.message);
  }
}

/** Returns the decision when it is not a refusal; throws the refusal's error otherwise. */
export function orThrow<D extends { ok: boolean }>(d: D | Refusal): Exclude<D, Refusal> {
  if (!d.ok) throw refusalError(d as Refusal);
  return d as Exclude<D, Refusal>;
}
