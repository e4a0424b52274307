// The escalation queue (allEscalations, Order.escalations, Feedback.escalation, the CSV export),
// limited to the caller's teams (S2) wherever it is read.
import type { Clock } from '../../common/clock.js';
import { EscalationStatus } from '../../common/enums.js';
import { defineList, idIn, idIs } from '../../common/list.js';
import { teamScope } from '../access/team-scope.policy.js';
import { Escalation } from './escalation.entity.js';
import { EscalationFilter } from './escalation.inputs.js';

export const defineEscalationList = (clock: Clock) => defineList(Escalation, {
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
    // A late first contact sets slaBreachedAt too (logContact), so this covers every breach.
    breached: (breached, { now }) => {
      const late = { $or: [{ slaBreachedAt: { $ne: null } }, { firstContactAt: null, firstContactDueAt: { $lt: now } }] };
      return breached ? late : { $not: late };
    },
    dueWithinMinutes: (minutes, { now }) => ({
      firstContactAt: null, firstContactDueAt: { $lte: new Date(now.getTime() + minutes * 60_000) }, status: { $ne: EscalationStatus.CLOSED },
    }),
    assigneeId: idIs('assignee'),
    orderId: idIs('order'),
  },
});
