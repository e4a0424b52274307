// S2: the teams a caller works for. VENDOR_OPS, FINANCE and TECH see and work only what is
// routed to their team (escalations, alerts); CX, ADMIN, API keys and jobs see every team.
import { Role, Team } from '../../common/enums.js';
import type { ListContext } from '../../common/list.js';
import { rolesOf, type Principal } from './principal.js';

/** S2: the roles whose people work what is routed to each team (CX's agents and their lead). */
export const TEAM_ROLES: Record<Team, readonly Role[]> = {
  [Team.CX]: [Role.CX_AGENT, Role.CX_LEAD],
  [Team.VENDOR_OPS]: [Role.VENDOR_OPS],
  [Team.FINANCE]: [Role.FINANCE],
  [Team.TECH]: [Role.TECH],
};

/** Roles that see every team's work: ADMIN, and CX, who open escalations and route them on. */
const ALL_TEAMS_ROLES: readonly Role[] = [Role.ADMIN, ...TEAM_ROLES[Team.CX]];

/** S2: VENDOR_OPS, FINANCE and TECH work only the rows routed to their team. */
export function visibleTeams(principal: Principal | null): Team[] | 'ALL' {
  if (!principal || principal.kind === 'API_KEY') return 'ALL';
  const roles = rolesOf(principal);
  if (roles.some((r) => ALL_TEAMS_ROLES.includes(r))) return 'ALL';
  return Object.values(Team).filter((team) => TEAM_ROLES[team].some((r) => roles.includes(r)));
}

/** S2 for one row: whether the caller works on what is routed to `team`. */
export function worksOnTeam(principal: Principal | null, team: Team): boolean {
  const teams = visibleTeams(principal);
  return teams === 'ALL' || teams.includes(team);
}

/** S2 as a list's scope: rows of the teams the caller works for (every team for CX, ADMIN, API keys and jobs). */
export const teamScope = ({ principal }: ListContext): { team: { $in: Team[] } } | undefined => {
  const teams = visibleTeams(principal);
  return teams === 'ALL' ? undefined : { team: { $in: teams } };
};
