// E1–E4: first contact, categorisation and routing, resolution, closing (S2's team scope in access/team-scope.policy.ts); and
// the actions an escalation offers its caller (availableActions).
import { blocked, offer, type AvailableAction } from '../../common/actions.js';
import type { Refusal } from '../../common/decision.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { checkTransition } from '../../common/state-machine.js';
import { EscalationCategory as C, EscalationStatus as S, Role, Team } from '../../common/enums.js';
import { decideAccess } from '../access/access.policy.js';
import type { Principal } from '../access/principal.js';
import { assigneeRoles, decideAssignee as decideAssigneeOf, decideTake as decideTakeOf } from '../access/assignment.policy.js';
import { worksOnTeam } from '../access/team-scope.policy.js';
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

/** Every status change goes through the transition table; staying where it is changes nothing. */
export function moveTo(from: S, to: S): { ok: true; to: S } | Refusal {
  if (from === to || checkTransition(ESCALATION_TRANSITIONS, from, to).allowed) return { ok: true, to };
  return { ok: false, code: 'CONFLICT', message: `An escalation cannot go from ${from} to ${to}.` };
}

const closed = (): Refusal => ({
  ok: false, code: 'SOP_VIOLATION', rule: 'ESCALATION_CLOSED',
  message: 'This escalation is CLOSED and can no longer change; if the customer has a new problem, it starts a new escalation.',
});

/** E4: nothing changes a CLOSED escalation (assignment included). */
export function decideAssign(e: Pick<EscalationSnapshot, 'status'>): { ok: true } | Refusal {
  return e.status === S.CLOSED ? closed() : { ok: true };
}

/** Who may be assigned a team's escalations, and "Assign to me": the desk's one assignment (access/assignment.policy). */
export { assigneeRoles };

export function decideAssignee(e: { team: Team }, assignee: { name: string; active: boolean; roles: Role[] }): { ok: true } | Refusal {
  return decideAssigneeOf(e, assignee, 'escalation');
}

export function decideTake(
  e: Pick<EscalationSnapshot, 'status'> & { team: Team; assigneeId: string | null },
  principal: Principal,
): { ok: true; changed: boolean } | Refusal {
  const assign = decideAssign(e);
  return decideTakeOf({ team: e.team, assigneeId: e.assigneeId, closed: !assign.ok }, principal, {
    assignOperation: 'assignEscalation', noun: 'escalation', closedRefusal: assign.ok ? undefined : assign,
  });
}

/** E1: logging a contact; the first one sets firstContactAt and moves OPEN to CONTACTED. */
export function decideContact(e: EscalationSnapshot, summary: string): { ok: true; summary: string; first: boolean; to: S } | Refusal {
  if (e.status === S.CLOSED) return closed();
  const text = summary.trim();
  if (!text) return { ok: false, code: 'BAD_USER_INPUT', field: 'summary', message: 'Summarise the conversation with the customer.' };
  if (text.length > 5000) return { ok: false, code: 'BAD_USER_INPUT', field: 'summary', message: 'The summary can be at most 5,000 characters.' };
  const move = moveTo(e.status, e.status === S.OPEN ? S.CONTACTED : e.status);
  if (!move.ok) return move;
  return { ok: true, summary: text, first: !e.firstContactAt, to: move.to };
}

/** E2: categorising routes to a team; routed to another team than CX, the status is ROUTED. */
export function decideCategorize(e: EscalationSnapshot, category: C): { ok: true; team: Team; to: S } | Refusal {
  if (e.status === S.CLOSED) return closed();
  const team = CATEGORY_TEAM[category];
  const routed = team !== Team.CX && checkTransition(ESCALATION_TRANSITIONS, e.status, S.ROUTED).allowed;
  // Back with CX (e.g. recategorised as PRICING): a routed escalation returns to CONTACTED or OPEN.
  const backToCx = team === Team.CX && e.status === S.ROUTED ? (e.firstContactAt ? S.CONTACTED : S.OPEN) : e.status;
  const move = moveTo(e.status, routed ? S.ROUTED : backToCx);
  if (!move.ok) return move;
  return { ok: true, team, to: move.to };
}

/** E3's preconditions for resolving and the table's RESOLVED (no input needed): what resolveEscalation and availableActions both ask. */
function resolveRefusal(e: EscalationSnapshot): Refusal | null {
  if (e.status === S.CLOSED) return closed();
  if (e.status === S.RESOLVED) return { ok: false, code: 'CONFLICT', message: 'This escalation is already resolved; it closes when the customer gives the updated rating.' };
  if (!e.firstContactAt) {
    return { ok: false, code: 'SOP_VIOLATION', rule: 'ESCALATION_NOT_CONTACTED', message: 'Contact the customer first (logEscalationContact), then resolve.' };
  }
  if (!e.category) {
    return { ok: false, code: 'SOP_VIOLATION', rule: 'ESCALATION_NEEDS_CATEGORY', message: 'Categorise the escalation (categorizeEscalation) before resolving it.' };
  }
  const move = moveTo(e.status, S.RESOLVED);
  return move.ok ? null : move;
}

/** E3: resolving needs a first contact and a category. */
export function decideResolve(e: EscalationSnapshot, resolution: string): { ok: true; resolution: string; to: S } | Refusal {
  const refusal = resolveRefusal(e);
  if (refusal) return refusal;
  const text = resolution.trim();
  if (!text) return { ok: false, code: 'BAD_USER_INPUT', field: 'resolution', message: 'Describe how the issue was resolved.' };
  if (text.length > 5000) return { ok: false, code: 'BAD_USER_INPUT', field: 'resolution', message: 'The resolution can be at most 5,000 characters.' };
  return { ok: true, resolution: text, to: S.RESOLVED };
}

/** E4: the customer's updated rating closes a resolved escalation. */
export function decideClose(e: Pick<EscalationSnapshot, 'status'>): { ok: true; to: S } | Refusal {
  if (e.status === S.CLOSED) return closed();
  return moveTo(e.status, S.CLOSED);
}

export type EscalationAction = 'LOG_CONTACT' | 'CATEGORIZE' | 'RESOLVE' | 'ASSIGN' | 'ASSIGN_TO_ME';

/** In plain words, what E3 wants done before resolving. */
const RESOLVE_BLOCKED: Record<string, string> = {
  ESCALATION_NOT_CONTACTED: 'Log the first contact before resolving (E3).',
  ESCALATION_NEEDS_CATEGORY: 'Categorize the escalation before resolving (E3).',
};

/**
 * What the caller can do with this escalation now. An action is listed when the caller may call
 * its mutation (the access table), works the escalation's team (S2) and the decision above would
 * not refuse it for the escalation's status; RESOLVE is listed but blocked while E3's first
 * contact or category is missing. ASSIGN_TO_ME is listed when takeEscalation would change the
 * assignee (decideTake). Nothing is offered on a CLOSED escalation (E4).
 */
export function availableActions(
  e: EscalationSnapshot & { team: Team; assigneeId?: string | null },
  principal: Principal | null,
  _settings: PolicySettings,
): AvailableAction<EscalationAction>[] {
  if (!principal) return [];
  if (!worksOnTeam(principal, e.team)) return [];
  const may = (operation: string) => decideAccess(operation, principal).allowed;
  const out: AvailableAction<EscalationAction>[] = [];
  if (may('logEscalationContact') && decideContact(e, 'contact').ok) out.push(offer('LOG_CONTACT'));
  if (may('categorizeEscalation') && Object.values(C).some((c) => decideCategorize(e, c).ok)) out.push(offer('CATEGORIZE'));
  if (may('resolveEscalation')) {
    const refusal = resolveRefusal(e);
    if (!refusal) out.push(offer('RESOLVE'));
    else if (refusal.code === 'SOP_VIOLATION' && RESOLVE_BLOCKED[refusal.rule]) out.push(blocked('RESOLVE', RESOLVE_BLOCKED[refusal.rule]));
  }
  if (may('assignEscalation') && decideAssign(e).ok) out.push(offer('ASSIGN'));
  if (may('takeEscalation')) {
    const take = decideTake({ ...e, assigneeId: e.assigneeId ?? null }, principal);
    if (take.ok && take.changed) out.push(offer('ASSIGN_TO_ME'));
  }
  return out;
}
