// Escalations (SOP 001 §7): the CX queue for 1–2 star feedback, with the first-contact SLA and
// routing to the team that fixes the cause.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { Role, Team } from '../../common/enums.js';
import { findById } from '../../common/find.js';
import { rolesOf, type Principal } from '../access/principal.js';
import { Escalation } from './escalation.entity.js';
import { isSlaBreached } from './sla.policy.js';

/** S2: VENDOR_OPS and FINANCE work only the escalations routed to their team. */
export function visibleTeams(principal: Principal | null): Team[] | 'ALL' {
  if (!principal || principal.kind === 'API_KEY') return 'ALL';
  const roles = rolesOf(principal);
  if (roles.some((r) => r === Role.ADMIN || r === Role.CX_AGENT || r === Role.CX_LEAD)) return 'ALL';
  const teams: Team[] = [];
  if (roles.includes(Role.VENDOR_OPS)) teams.push(Team.VENDOR_OPS);
  if (roles.includes(Role.FINANCE)) teams.push(Team.FINANCE);
  return teams;
}

export class EscalationService {
  constructor(private readonly clock: Clock) {}

  async get(em: EntityManager, principal: Principal | null, id: string): Promise<Escalation | null> {
    const e = await findById(em, Escalation, id);
    if (!e) return null;
    const teams = visibleTeams(principal);
    return teams === 'ALL' || teams.includes(e.team) ? e : null;
  }

  slaBreached(e: Escalation, now: Date = this.clock.now()): boolean {
    return Boolean(e.slaBreachedAt) || isSlaBreached({ firstContactDueAt: e.firstContactDueAt, firstContactAt: e.firstContactAt ?? null }, now);
  }
}
