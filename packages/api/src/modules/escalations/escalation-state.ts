// E1–E4: the escalation lifecycle as data.
import { type Transitions } from '../../common/state-machine.js';
import { EscalationStatus as S } from '../../common/enums.js';

export const ESCALATION_TRANSITIONS: Transitions<S> = {
  [S.OPEN]: { to: [S.CONTACTED, S.ROUTED] },
  [S.CONTACTED]: { to: [S.ROUTED, S.RESOLVED] },
  [S.ROUTED]: { to: [S.CONTACTED, S.RESOLVED] },
  [S.RESOLVED]: { to: [S.CLOSED] },
  [S.CLOSED]: { to: [] },
};
