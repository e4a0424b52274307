// E1–E4: the escalation lifecycle as data. Every status change goes through this table
// (escalation.policy's moveTo); RESOLVED and CLOSED included.
import { type Transitions } from '../../common/state-machine.js';
import { EscalationStatus as S } from '../../common/enums.js';

export const ESCALATION_TRANSITIONS: Transitions<S> = {
  [S.OPEN]: { to: [S.CONTACTED, S.ROUTED] },
  [S.CONTACTED]: { to: [S.ROUTED, S.RESOLVED] },
  // Recategorised back to CX (e.g. PRICING), a routed escalation returns to CONTACTED, or to
  // OPEN when nobody has contacted the customer yet (E2).
  [S.ROUTED]: { to: [S.CONTACTED, S.OPEN, S.RESOLVED] },
  // E4: the customer's updated rating closes it.
  [S.RESOLVED]: { to: [S.CLOSED] },
  [S.CLOSED]: { to: [] },
};
