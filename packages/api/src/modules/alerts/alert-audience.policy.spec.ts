import { describe, expect, it } from 'vitest';
import { AlertKind as K, Role, Team } from '../../common/enums.js';
import { TEAM_ROLES } from '../access/team-scope.policy.js';
import { ALERT_AUDIENCE, alertAudience, alertRecipients } from './alert-audience.policy.js';

const { CX_AGENT, CX_LEAD, VENDOR_OPS, FINANCE, TECH, ADMIN, MARKETING } = Role;

describe('who is alerted for which kind and team (R1, E1, E2, V2)', () => {
  it.each([
    [K.ESCALATION_OPENED, Team.CX, CX_AGENT, [CX_AGENT, CX_LEAD]],
    [K.ESCALATION_ROUTED, Team.CX, CX_AGENT, [CX_AGENT, CX_LEAD]],
    [K.ESCALATION_ROUTED, Team.VENDOR_OPS, VENDOR_OPS, [VENDOR_OPS]],
    [K.ESCALATION_ROUTED, Team.FINANCE, FINANCE, [FINANCE]],
    [K.ESCALATION_ROUTED, Team.TECH, TECH, [TECH]],
    [K.SLA_BREACHED, Team.CX, CX_LEAD, [CX_LEAD]],
    [K.SLA_BREACHED, Team.VENDOR_OPS, VENDOR_OPS, [VENDOR_OPS, CX_LEAD]],
    [K.SLA_BREACHED, Team.FINANCE, FINANCE, [FINANCE, CX_LEAD]],
    [K.SLA_BREACHED, Team.TECH, TECH, [TECH, CX_LEAD]],
    [K.VENDOR_ACTION, Team.VENDOR_OPS, VENDOR_OPS, [VENDOR_OPS]],
    [K.VENDOR_ACTION, Team.CX, VENDOR_OPS, [VENDOR_OPS]],
  ])('%s on %s → for %s, e-mailed to %j', (kind, team, forRole, notify) => {
    expect(alertAudience(kind, team)).toEqual({ forRole, notify });
  });

  it('covers every kind and team; the one who must act is always told, and an escalation of a team reaches its own people', () => {
    for (const kind of Object.values(K)) {
      for (const team of Object.values(Team)) {
        const a = ALERT_AUDIENCE[kind][team];
        expect(a.notify).toContain(a.forRole);
        if (kind !== K.VENDOR_ACTION) expect(TEAM_ROLES[team]).toContain(a.forRole);
      }
    }
    // TECH work goes to TECH (S2), never to CX_LEAD instead.
    expect(alertAudience(K.ESCALATION_ROUTED, Team.TECH).notify).not.toContain(CX_LEAD);
  });
});

describe('alertRecipients', () => {
  const staff = (email: string, roles: Role[], active = true) => ({ email, roles, active });

  it('names each active person with one of the roles once, whatever else they hold', () => {
    const people = [
      staff('lead@x.in', [CX_LEAD]), staff('agent@x.in', [CX_AGENT]), staff('both@x.in', [CX_AGENT, CX_LEAD]),
      staff('gone@x.in', [CX_AGENT], false), staff('ops@x.in', [VENDOR_OPS]), staff('admin@x.in', [ADMIN]), staff('mk@x.in', [MARKETING]),
      staff('Both@X.in ', [CX_LEAD]),
    ];
    expect(alertRecipients(people, alertAudience(K.ESCALATION_OPENED, Team.CX))).toEqual(['agent@x.in', 'both@x.in', 'lead@x.in']);
    expect(alertRecipients(people, alertAudience(K.SLA_BREACHED, Team.VENDOR_OPS))).toEqual(['both@x.in', 'lead@x.in', 'ops@x.in']);
    expect(alertRecipients(people, alertAudience(K.ESCALATION_ROUTED, Team.TECH))).toEqual([]);
  });
});
