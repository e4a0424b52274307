// The case list (allSupportCases, its count, the customer's and order's cases, the CSV export),
// limited to the caller's teams (K5, S2) wherever it is read.
import type { Clock } from '../../common/clock.js';
import { CaseStatus } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { asQuery, assignedToMe, defineList, idIn, idIs, search, unassigned } from '../../common/list.js';
import { teamScope } from '../access/team-scope.policy.js';
import { ACTIVE_CASE } from './case-state.js';
import { SupportCaseFilter } from './support-case.inputs.js';
import { SupportCase } from './support-case.entity.js';
import { parseCaseNumber } from './support-case.policy.js';

/** K2 as a query, agreeing with slaBreached: marked, or a running (unpaused) clock past its due time. */
export const caseBreachedCondition = (now: Date) => ({
  $or: [
    { slaBreachedAt: { $ne: null } },
    { slaPausedAt: null, status: { $in: ACTIVE_CASE }, firstRespondedAt: null, firstResponseDueAt: { $lt: now } },
    { slaPausedAt: null, status: { $in: ACTIVE_CASE }, resolutionDueAt: { $lt: now } },
  ],
});

/** A running clock due within the window and not yet breached (the inbox's Due soon). */
export const caseDueSoonCondition = (now: Date, windowMs: number) => {
  const soon = { $gte: now, $lte: new Date(now.getTime() + windowMs) };
  return {
    slaBreachedAt: null, slaPausedAt: null, status: { $in: ACTIVE_CASE },
    $or: [{ firstRespondedAt: null, firstResponseDueAt: soon }, { resolutionDueAt: soon }],
  };
};

export const defineCaseList = (clock: Clock, policy: Pick<PolicySettings, 'caseDueSoonMs'>) => defineList(SupportCase, {
  clock,
  filter: SupportCaseFilter,
  sort: {
    number: 'seq', createdAt: 'createdAt', firstResponseDueAt: 'firstResponseDueAt', resolutionDueAt: 'resolutionDueAt',
    status: 'status', priority: 'priority', type: 'type', team: 'team', resolvedAt: 'resolvedAt', id: 'id',
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  keyset: 'createdAt',
  scope: teamScope,
  filters: {
    q: search((like, q) => {
      const n = parseCaseNumber(q);
      return [
        ...(n !== null ? [asQuery<SupportCase>({ seq: n })] : []),
        { subject: { $ilike: like } },
        { customer: { name: { $ilike: like } } },
        { customer: { phone: { $ilike: like } } },
      ];
    }),
    ids: idIn(),
    status: (status) => ({ status: { $in: status } }),
    type: (type) => ({ type: { $in: type } }),
    priority: (priority) => ({ priority: { $in: priority } }),
    team: (team) => ({ team }),
    assigneeId: idIs('assignee'),
    assignedToMe: assignedToMe('assignee'),
    unassigned: unassigned('assignee'),
    customerId: idIs('customer'),
    orderId: idIs('order'),
    slaBreached: (breached, { now }) => {
      const late = caseBreachedCondition(now);
      return breached ? late : { $not: late };
    },
    dueSoon: (soon, { now }) => {
      const due = caseDueSoonCondition(now, policy.caseDueSoonMs);
      return soon ? due : { $not: due };
    },
  },
});

export const CLOSED_CASE = CaseStatus.CLOSED;
