// R1, E1, E2, V2 with S2's teams: who is alerted for which kind of alert on which team's work.
// The one table: services say what happened and to which team's escalation; this says whose
// alert it is, who is e-mailed, and with which message kind.
import { AlertKind, MessageKind, Role, Team } from '../../common/enums.js';

export interface AlertAudience {
  /** The role that must act (Alert.forRole). */
  forRole: Role;
  /** Who is e-mailed: every active user with one of these roles, once each. */
  notify: readonly Role[];
}

const { CX_AGENT, CX_LEAD, VENDOR_OPS, FINANCE, TECH } = Role;
const to = (forRole: Role, ...others: Role[]): AlertAudience => ({ forRole, notify: [forRole, ...others] });

/** Each team's own people (team-scope.policy's TEAM_ROLES): CX's agents act, their lead hears too. */
const THE_TEAM: Record<Team, AlertAudience> = {
  [Team.CX]: to(CX_AGENT, CX_LEAD),
  [Team.VENDOR_OPS]: to(VENDOR_OPS),
  [Team.FINANCE]: to(FINANCE),
  [Team.TECH]: to(TECH),
};

export const ALERT_AUDIENCE: Record<AlertKind, Record<Team, AlertAudience>> = {
  // R1: a new escalation (CX's: R1 opens every escalation with CX).
  [AlertKind.ESCALATION_OPENED]: THE_TEAM,
  // E2: an escalation categorised into another team's hands is that team's to pick up (CX
  // included, when one is routed back to CX).
  [AlertKind.ESCALATION_ROUTED]: THE_TEAM,
  // E1: the breach is for whoever works the escalation's team now, and CX_LEAD hears of every
  // breach: the 15-minute first contact is CX's promise to the customer, whoever holds the case.
  [AlertKind.SLA_BREACHED]: {
    [Team.CX]: to(CX_LEAD),
    [Team.VENDOR_OPS]: to(VENDOR_OPS, CX_LEAD),
    [Team.FINANCE]: to(FINANCE, CX_LEAD),
    [Team.TECH]: to(TECH, CX_LEAD),
  },
  // K5: a case handed to a team is that team's to pick up.
  [AlertKind.CASE_ESCALATED]: THE_TEAM,
  // K2: a case's breach is for the team's lead: CX_LEAD for CX; a routed team's own people, and CX_LEAD, who owns the customer promise.
  [AlertKind.CASE_SLA_BREACHED]: {
    [Team.CX]: to(CX_LEAD),
    [Team.VENDOR_OPS]: to(VENDOR_OPS, CX_LEAD),
    [Team.FINANCE]: to(FINANCE, CX_LEAD),
    [Team.TECH]: to(TECH, CX_LEAD),
  },
  // K4: a parked case is back: whoever works its team follows it up.
  [AlertKind.CASE_FOLLOW_UP]: THE_TEAM,
  // V2: an automatic hold or deactivation is VENDOR_OPS's, whichever team the escalation is with.
  [AlertKind.VENDOR_ACTION]: {
    [Team.CX]: to(VENDOR_OPS),
    [Team.VENDOR_OPS]: to(VENDOR_OPS),
    [Team.FINANCE]: to(VENDOR_OPS),
    [Team.TECH]: to(VENDOR_OPS),
  },
};

/** The e-mail each kind of alert sends. */
export const ALERT_MESSAGE: Record<AlertKind, MessageKind> = {
  [AlertKind.ESCALATION_OPENED]: MessageKind.ESCALATION_ALERT,
  [AlertKind.ESCALATION_ROUTED]: MessageKind.ESCALATION_ALERT,
  [AlertKind.SLA_BREACHED]: MessageKind.SLA_BREACH_ALERT,
  [AlertKind.VENDOR_ACTION]: MessageKind.VENDOR_ACTION_NOTICE,
  [AlertKind.CASE_ESCALATED]: MessageKind.CASE_ALERT,
  [AlertKind.CASE_SLA_BREACHED]: MessageKind.CASE_ALERT,
  [AlertKind.CASE_FOLLOW_UP]: MessageKind.CASE_ALERT,
};

export const alertAudience = (kind: AlertKind, team: Team): AlertAudience => ALERT_AUDIENCE[kind][team];

export interface StaffMember {
  email: string;
  roles: readonly Role[];
  active: boolean;
}

/**
 * Who gets the alert's e-mail: each active person with a role the audience names, once (one
 * message per recipient, however many of the roles they hold), in a stable order.
 */
export function alertRecipients(staff: readonly StaffMember[], audience: AlertAudience): string[] {
  const seen = new Map<string, string>();
  for (const s of staff) {
    if (!s.active || !s.roles.some((r) => audience.notify.includes(r))) continue;
    const key = s.email.trim().toLowerCase();
    if (!seen.has(key)) seen.set(key, s.email.trim());
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, email]) => email);
}
