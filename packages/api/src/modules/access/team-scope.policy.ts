// S2: the teams a caller works for. VENDOR_OPS and FINANCE see and work only what is routed to
// their team (escalations, alerts); CX, ADMIN, API keys and jobs see every team.
import { Role, Team } from '../../common/enums.js';
import type { ListContext } from '../../common/list.js';
import { rolesOf, type Principal } from './principal.js';

/** S2: VENDOR_OPS and FINANCE work only the rows routed to their team. */
export function visibleTeams(principal: Principal | null): Team[] | 'ALL' {
  if (!principal || principal.kind === 'API_KEY') return 'ALL';
  const roles = rolesOf(principal);
  if (roles.some((r) => r === Role.ADMIN || r === Role.CX_AGENT || r === Role.CX_LEAD)) return 'ALL';
  const teams: Team[] = [];
  if (roles.includes(Role.VENDOR_OPS)) teams.push(Team.VENDOR_OPS);
  if (roles.includes(Role.FINANCE)) teams.push(Team.FINANCE);
  return teams;
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
