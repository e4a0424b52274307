// K1–K6: the case lifecycle as data. Every status change goes through this table
// (support-case.policy's moveTo).
import { type Transitions } from '../../common/state-machine.js';
import { CaseStatus as S } from '../../common/enums.js';

export const CASE_TRANSITIONS: Transitions<S> = {
  [S.OPEN]: { to: [S.PENDING_CUSTOMER, S.PENDING_INTERNAL, S.ESCALATED, S.RESOLVED] },
  // K4: a parked case comes back to OPEN (or to ESCALATED when it was with another team) when
  // it moves again, the customer writes, or `until` passes.
  [S.PENDING_CUSTOMER]: { to: [S.OPEN, S.PENDING_INTERNAL, S.ESCALATED, S.RESOLVED] },
  [S.PENDING_INTERNAL]: { to: [S.OPEN, S.PENDING_CUSTOMER, S.ESCALATED, S.RESOLVED] },
  // K5: the team it went to may park it, pass it on, hand it back to CX (OPEN), or resolve it.
  [S.ESCALATED]: { to: [S.OPEN, S.PENDING_CUSTOMER, S.PENDING_INTERNAL, S.ESCALATED, S.RESOLVED] },
  // K6: reopened within the window, CLOSED after it.
  [S.RESOLVED]: { to: [S.OPEN, S.CLOSED] },
  [S.CLOSED]: { to: [] },
};

/** Parked: both clocks stopped (K4). */
export const PARKED: readonly S[] = [S.PENDING_CUSTOMER, S.PENDING_INTERNAL];
/** Still being worked: what the inbox lists. */
export const ACTIVE_CASE: readonly S[] = [S.OPEN, S.PENDING_CUSTOMER, S.PENDING_INTERNAL, S.ESCALATED];
