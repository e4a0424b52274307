// A customer's privacy actions and who is offered them: opting out of (or back into) messages,
// exporting their data, erasing it. The access table says who may call each mutation; this says
// when each applies, so the panel's buttons and the mutations agree.
import { offer, type AvailableAction } from '../../common/actions.js';
import type { Refusal } from '../../common/decision.js';
import { decideAccess } from '../access/access.policy.js';
import type { Principal } from '../access/principal.js';

export interface CustomerSnapshot {
  messagingOptOut: boolean;
  erasedAt: Date | null;
}

export type CustomerAction = 'OPT_OUT' | 'OPT_IN' | 'EXPORT' | 'ERASE';

/** Erasure happens once: an erased customer has nothing left to erase. */
export function eraseRefusal(c: Pick<CustomerSnapshot, 'erasedAt'>): Refusal | null {
  return c.erasedAt ? { ok: false, code: 'CONFLICT', message: "This customer's personal data was already erased." } : null;
}

/** An erased customer stays opted out: there is nobody left to message (their phone is gone). */
export function optInRefusal(c: { erasedAt?: Date | null }): Refusal | null {
  return c.erasedAt ? { ok: false, code: 'CONFLICT', message: "This customer's personal data was erased: there is nobody left to message." } : null;
}

/**
 * OPT_OUT while the customer still receives messages, OPT_IN once they opted out (an erased
 * customer stays opted out: there is nobody left to message), EXPORT for whoever may export,
 * ERASE until it is done.
 */
export function availableActions(c: CustomerSnapshot, principal: Principal | null): AvailableAction<CustomerAction>[] {
  if (!principal) return [];
  const may = (operation: string) => decideAccess(operation, principal).allowed;
  const out: AvailableAction<CustomerAction>[] = [];
  if (may('setMessagingOptOut') && !optInRefusal(c)) out.push(offer(c.messagingOptOut ? 'OPT_IN' : 'OPT_OUT'));
  if (may('exportCustomerData')) out.push(offer('EXPORT'));
  if (may('eraseCustomer') && !eraseRefusal(c)) out.push(offer('ERASE'));
  return out;
}
