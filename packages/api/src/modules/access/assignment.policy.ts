// One assignment for the CX desk's work (escalations and cases): who may be given a team's work,
// and "Assign to me". The team scope is S2's (team-scope.policy).
import type { Refusal } from '../../common/decision.js';
import { Role, type Team } from '../../common/enums.js';
import { decideAccess } from './access.policy.js';
import type { Principal } from './principal.js';
import { TEAM_ROLES, worksOnTeam } from './team-scope.policy.js';

/** Who may be assigned a team's work: its own people (S2's TEAM_ROLES); ADMIN can work any. */
export const assigneeRoles = (team: Team): Role[] => [...TEAM_ROLES[team], Role.ADMIN];

/** The person work is given to works its team (the people the assign dialog offers) and can sign in. */
export function decideAssignee(work: { team: Team }, assignee: { name: string; active: boolean; roles: Role[] }, noun: string): { ok: true } | Refusal {
  if (assignee.active && assignee.roles.some((r) => assigneeRoles(work.team).includes(r))) return { ok: true };
  return {
    ok: false,
    code: 'BAD_USER_INPUT',
    field: 'userId',
    message: `${assignee.name} cannot work ${work.team} ${noun}s (needs one of ${assigneeRoles(work.team).join(', ')} and an active account).`,
  };
}

/**
 * "Assign to me": the caller takes the work. Agents may not assign others' work (the assign
 * mutation is for leads and the routed teams), but taking an unassigned item of their own team is
 * how they pick up the queue. Taking one someone else holds is reassigning it, so it needs what
 * assigning needs. Already the caller's: nothing to do.
 */
export function decideTake(
  work: { team: Team; assigneeId: string | null; closed: boolean },
  principal: Principal,
  how: { assignOperation: string; noun: string; closedRefusal?: Refusal },
): { ok: true; changed: boolean } | Refusal {
  if (work.closed && how.closedRefusal) return how.closedRefusal;
  if (principal.kind !== 'USER') return { ok: false, code: 'FORBIDDEN', message: `Only a person can take this ${how.noun}.` };
  if (!worksOnTeam(principal, work.team) || !principal.roles.some((r) => assigneeRoles(work.team).includes(r))) {
    return { ok: false, code: 'FORBIDDEN', message: `${how.noun[0].toUpperCase()}${how.noun.slice(1)}s with ${work.team} are taken by that team's people.` };
  }
  if (work.assigneeId === principal.id) return { ok: true, changed: false };
  if (work.assigneeId && !decideAccess(how.assignOperation, principal).allowed) {
    return { ok: false, code: 'CONFLICT', message: `Someone else already has this ${how.noun}; a CX lead can reassign it.` };
  }
  return { ok: true, changed: true };
}
