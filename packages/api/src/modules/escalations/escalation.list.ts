// The escalation queue (allEscalations, Order.escalations, Feedback.escalation, the CSV export),
// limited to the caller's teams (S2) wherever it is read.
import type { Clock } from '../../common/clock.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { EscalationStatus } from '../../common/enums.js';
import { assignedToMe, defineList, idIn, idIs, unassigned } from '../../common/list.js';
import { teamScope } from '../access/team-scope.policy.js';
import { Escalation } from './escalation.entity.js';
import { dueSoonCondition, slaBreachedCondition } from './sla.policy.js';
import { EscalationFilter } from './escalation.inputs.js';

export const defineEscalationList = (clock: Clock, policy: Pick<PolicySettings, 'escalationDueSoonMs'>) => defineList(Escalation, {
  clock,
  filter: EscalationFilter,
  sort: { firstContactDueAt: 'firstContactDueAt', createdAt: 'createdAt', status: 'status', team: 'team', resolvedAt: 'resolvedAt', id: 'id' },
  defaultSort: { field: 'firstContactDueAt', order: 'ASC' },
  keyset: 'createdAt',
  scope: teamScope,
  filters: {
    ids: idIn(),
    status: (status) => ({ status: { $in: status } }),
    team: (team) => ({ team: { $in: team } }),
    category: (category) => ({ category }),
    // The SLA policy's breach (E1), as a query: the list agrees with slaBreached.
    breached: (breached, { now }) => {
      const late = slaBreachedCondition(now);
      return breached ? late : { $not: late };
    },
    dueWithinMinutes: (minutes, { now }) => ({
      firstContactAt: null, firstContactDueAt: { $lte: new Date(now.getTime() + minutes * 60_000) }, status: { $ne: EscalationStatus.CLOSED },
    }),
    // The "Due soon" view, its window the policy's (ESCALATION_DUE_SOON), not the panel's.
    dueSoon: (soon, { now }) => {
      const due = dueSoonCondition(now, policy.escalationDueSoonMs);
      return soon ? due : { $not: due };
    },
    assigneeId: idIs('assignee'),
    assignedToMe: assignedToMe('assignee'),
    unassigned: unassigned('assignee'),
    orderId: idIs('order'),
  },
});
