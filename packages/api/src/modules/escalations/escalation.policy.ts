// E1–E4: first contact, categorisation and routing, resolution, closing.
import type { Refusal } from '../../common/decision.js';
import { checkTransition } from '../../common/state-machine.js';
import { EscalationCategory as C, EscalationStatus as S, Team } from '../../common/enums.js';
import { ESCALATION_TRANSITIONS } from './escalation-state.js';

/** E2: the team that fixes each kind of problem. */
export const CATEGORY_TEAM: Record<C, Team> = {
  [C.VENDOR_BEHAVIOUR]: Team.VENDOR_OPS,
  [C.MISSED_PICKUP]: Team.VENDOR_OPS,
  [C.WRONG_INSPECTION]: Team.VENDOR_OPS,
  [C.DELAY]: Team.VENDOR_OPS,
  [C.PAYMENT]: Team.FINANCE,
  [C.TECH]: Team.TECH,
  [C.PRICING]: Team.CX,
  [C.MISCOMMUNICATION]: Team.CX,
};

export interface EscalationSnapshot {
  status: S;
  category: C | null;
  firstContactAt: Date | null;
}

const closed = (): Refusal => ({
  ok: false, code: 'SOP_VIOLATION', rule: 'ESCALATION_CLOSED',
  message: 'This escalation is CLOSED and can no longer change; if the customer has a new problem, it starts a new escalation.',
});

/** E4: nothing changes a CLOSED escalation (assignment included). */
export function decideAssign(e: Pick<EscalationSnapshot, 'status'>): { ok: true } | Refusal {
  return e.status === S.CLOSED ? closed() : { ok: true };
}

/** E1: logging a contact; the first one sets firstContactAt and moves OPEN to CONTACTED. */
export function decideContact(e: EscalationSnapshot, summary: string): { ok: true; summary: string; first: boolean; to: S } | Refusal {
  if (e.status === S.CLOSED) return closed();
  const text = summary.trim();
  if (!text) return { ok: false, code: 'BAD_USER_INPUT', field: 'summary', message: 'Summarise the conversation with the customer.' };
  if (text.length > 5000) return { ok: false, code: 'BAD_USER_INPUT', field: 'summary', message: 'The summary can be at most 5,000 characters.' };
  const to = e.status === S.OPEN ? S.CONTACTED : e.status;
  return { ok: true, summary: text, first: !e.firstContactAt, to };
}

/** E2: categorising routes to a team; routed to another team than CX, the status is ROUTED. */
export function decideCategorize(e: EscalationSnapshot, category: C): { ok: true; team: Team; to: S } | Refusal {
  if (e.status === S.CLOSED) return closed();
  const team = CATEGORY_TEAM[category];
  const routed = team !== Team.CX && checkTransition(ESCALATION_TRANSITIONS, e.status, S.ROUTED).allowed;
  // Back with CX (e.g. recategorised as PRICING): a routed escalation returns to CONTACTED or OPEN.
  const backToCx = team === Team.CX && e.status === S.ROUTED ? (e.firstContactAt ? S.CONTACTED : S.OPEN) : e.status;
  return { ok: true, team, to: routed ? S.ROUTED : backToCx };
}

/** E3: resolving needs a first contact and a category. */
export function decideResolve(e: EscalationSnapshot, resolution: string): { ok: true; resolution: string } | Refusal {
  if (e.status === S.CLOSED) return closed();
  if (e.status === S.RESOLVED) return { ok: false, code: 'CONFLICT', message: 'This escalation is already resolved; it closes when the customer gives the updated rating.' };
  if (!e.firstContactAt) {
    return { ok: false, code: 'SOP_VIOLATION', rule: 'ESCALATION_NOT_CONTACTED', message: 'Contact the customer first (logEscalationContact), then resolve.' };
  }
  if (!e.category) {
    return { ok: false, code: 'SOP_VIOLATION', rule: 'ESCALATION_NEEDS_CATEGORY', message: 'Categorise the escalation (categorizeEscalation) before resolving it.' };
  }
  const text = resolution.trim();
  if (!text) return { ok: false, code: 'BAD_USER_INPUT', field: 'resolution', message: 'Describe how the issue was resolved.' };
  if (text.length > 5000) return { ok: false, code: 'BAD_USER_INPUT', field: 'resolution', message: 'The resolution can be at most 5,000 characters.' };
  return { ok: true, resolution: text };
}

/** E1: the SLA timer marks a breach only when no contact came in time. */
export function decideSlaBreach(e: { firstContactAt: Date | null; slaBreachedAt: Date | null; firstContactDueAt: Date; status: S }, now: Date):
  { kind: 'BREACH' } | { kind: 'NOT_DUE'; at: Date } | { kind: 'NONE' } {
  if (e.firstContactAt || e.slaBreachedAt || e.status === S.CLOSED) return { kind: 'NONE' };
  if (now.getTime() < e.firstContactDueAt.getTime()) return { kind: 'NOT_DUE', at: e.firstContactDueAt };
  return { kind: 'BREACH' };
}
