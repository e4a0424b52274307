// The teams' alerts (allAlerts, its count), limited to the caller's teams (S2) wherever it is read.
import type { Clock } from '../../common/clock.js';
import { asQuery, defineList, idIs } from '../../common/list.js';
import { teamScope } from '../access/team-scope.policy.js';
import { Alert } from './alert.entity.js';
import { AlertFilter } from './alert.inputs.js';

export const defineAlertList = (clock: Clock) => defineList(Alert, {
  clock,
  filter: AlertFilter,
  sort: { createdAt: 'createdAt', id: 'id' },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  keyset: 'createdAt',
  // The alert's team and, since categorize can move it, its escalation's team now: an alert never
  // leads a team to an escalation it may no longer read.
  scope: (ctx) => {
    const team = teamScope(ctx);
    return team && asQuery<Alert>({ ...team, $or: [{ escalation: team }, { supportCase: team }] });
  },
  filters: {
    kind: (kind) => ({ kind: { $in: kind } }),
    forRole: (forRole) => ({ forRole }),
    acknowledged: (acknowledged) => ({ acknowledgedAt: acknowledged ? { $ne: null } : null }),
    escalationId: idIs('escalation'),
    supportCaseId: idIs('supportCase'),
  },
});
