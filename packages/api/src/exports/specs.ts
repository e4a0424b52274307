// What each export contains. Each reads its list (common/list.ts): the same filters (as JSON in
// ?filter=), the same scope, in the list's keyset order (createdAt or importedAt, then id). The
// kinds are the panel's lists; the panel's Export button names them (admin common/serverExport.ts).
// A customer's phone and e-mail are shown as the Customer type shows them (shownContact, S2).
import { isLoaded, refId, type Lean } from '../common/lean.js';
import type { CaseAnalyticsGroup } from '../modules/analytics/case-analytics.policy.js';
import { shownContact } from '../modules/orders/customer-contact.js';
import { CHECK_NAMES } from '../modules/reviews/shortlist.policy.js';
import { caseNumber } from '../modules/support-cases/support-case.policy.js';
import { exportOf, type ExportSpec } from './exports.router.js';

/** caseAnalytics's columns: its figures' fields, in the schema's order. */
const CASE_FIGURES = ['group', 'cases', 'firstResponseMet', 'firstResponseHitRate', 'resolutionMet', 'resolutionHitRate', 'medianFirstResponseMinutes',
  'medianResolutionMinutes', 'reopened', 'reopenRate', 'rated', 'resolutionCsat', 'averageResolutionRating'] as const;

/** A joined to-one relation's row (the list's `join`), or null when there is none. */
const joined = <T>(value: string | Lean<T> | null | undefined): Lean<T> | null => (isLoaded(value) ? (value as Lean<T>) : null);

export const EXPORTS: Record<string, ExportSpec> = {
  feedback: exportOf({
    operation: 'allFeedback',
    columns: ['id', 'createdAt', 'orderId', 'touchpoint', 'rating', 'route', 'channel', 'vendorBehaviour', 'pickupExperience', 'paymentSpeed', 'vendorTimeliness', 'vendorProfessionalism', 'comment', 'details', 'sentimentScore'],
    list: (services) => services.feedback.feedbackList,
    cells: (f) => [f.id, f.createdAt, refId(f.order), f.touchpoint, f.rating, f.route, f.channel, f.vendorBehaviour, f.pickupExperience, f.paymentSpeed, f.vendorTimeliness, f.vendorProfessionalism, f.comment, f.details, f.sentimentScore],
  }),
  escalations: exportOf({
    operation: 'allEscalations',
    columns: ['id', 'createdAt', 'orderId', 'status', 'category', 'team', 'firstContactDueAt', 'firstContactAt', 'slaBreached', 'resolvedAt', 'closedAt', 'resolution'],
    list: (services) => services.escalations.escalationList,
    cells: (e, { services }) => [e.id, e.createdAt, refId(e.order), e.status, e.category, e.team, e.firstContactDueAt, e.firstContactAt, services.escalations.slaBreached(e), e.resolvedAt, e.closedAt, e.resolution],
  }),
  reviews: exportOf({
    operation: 'allReviews',
    columns: ['id', 'importedAt', 'source', 'externalId', 'authorName', 'rating', 'postedAt', 'sentimentScore', 'status', 'statusReason', ...CHECK_NAMES, 'text', 'reply'],
    list: (services) => services.reviews.reviewList,
    cells: (r) => [r.id, r.importedAt, r.source, r.externalId, r.authorName, r.rating, r.postedAt, r.sentimentScore, r.status, r.statusReason,
      ...CHECK_NAMES.map((check) => r.checks[check]), r.text, r.reply],
  }),
  // The order list joins each order's customer and vendor (order.list.ts), so a batch is one statement.
  orders: exportOf({
    operation: 'allOrders',
    columns: ['id', 'externalRef', 'createdAt', 'status', 'deviceCategory', 'deviceModel', 'quotedPrice', 'finalPrice', 'customerId', 'customerName', 'customerPhone',
      'vendorId', 'vendorName', 'paymentReference', 'completedAt', 'pincode'],
    list: (services) => services.orders.orderList,
    cells: (o, { principal }) => {
      const customer = joined(o.customer);
      return [o.id, o.externalRef, o.createdAt, o.status, o.deviceCategory, o.deviceModel, o.quotedPrice, o.finalPrice, refId(o.customer), customer?.name,
        customer && shownContact(principal, customer).phone, refId(o.vendor), joined(o.vendor)?.name, o.paymentReference, o.completedAt, o.pincode];
    },
  }),
  customers: exportOf({
    operation: 'allCustomers',
    columns: ['id', 'createdAt', 'name', 'phone', 'email', 'corporate', 'hasWhatsapp', 'messagingOptOut', 'completedOrders', 'erasedAt'],
    list: (services) => services.orders.customerList,
    load: async (em, services, rows) => {
      const counts = await services.orders.completedOrderCounts(em, rows.map((c) => c.id));
      return rows.map((customer, i) => ({ customer, completedOrders: counts[i] }));
    },
    cells: ({ customer: c, completedOrders }, { principal }) => {
      const contact = shownContact(principal, c);
      return [c.id, c.createdAt, c.name, contact.phone, contact.email, c.corporate, c.hasWhatsapp, c.messagingOptOut, completedOrders, c.erasedAt];
    },
  }),
  // The queue joins each task's order and its customer (feedback.list.ts): whom to call, about what.
  'call-tasks': exportOf({
    operation: 'allCallTasks',
    columns: ['id', 'createdAt', 'dueAt', 'status', 'reasons', 'orderId', 'orderRef', 'deviceModel', 'customerName', 'customerPhone', 'completedAt', 'outcome'],
    list: (services) => services.callTasks.callTaskList,
    cells: (t, { principal }) => {
      const order = joined(t.order);
      const customer = joined(order?.customer);
      return [t.id, t.createdAt, t.dueAt, t.status, t.reasons, refId(t.order), order?.externalRef, order?.deviceModel, customer?.name,
        customer && shownContact(principal, customer).phone, t.completedAt, t.outcome];
    },
  }),
  // The case desk's list (support-case.list.ts): the caller's teams only (K5), its filters (the saved views' too).
  'support-cases': exportOf({
    operation: 'allSupportCases',
    columns: ['id', 'number', 'createdAt', 'type', 'status', 'priority', 'channel', 'team', 'subject', 'customerId', 'orderId', 'assigneeId',
      'firstResponseDueAt', 'firstRespondedAt', 'resolutionDueAt', 'resolvedAt', 'slaBreached', 'closedAt'],
    list: (services) => services.cases.list,
    cells: (c, { services }) => [c.id, caseNumber(c.seq), c.createdAt, c.type, c.status, c.priority, c.channel, c.team, c.subject, refId(c.customer), refId(c.order),
      refId(c.assignee), c.firstResponseDueAt, c.firstRespondedAt, c.resolutionDueAt, c.resolvedAt, services.cases.slaBreached(c), c.closedAt],
  }),
  // The panel's vendor list is the scorecard list (allVendorScorecards, V4): the vendor list's own
  // filters pick the rows, the scorecards' SQL adds the figures and their filters (topPerformer, minComposite).
  vendors: exportOf({
    operation: 'allVendorScorecards',
    columns: ['id', 'name', 'city', 'status', 'statusReason', 'createdAt', 'ordersCompleted', 'ratingsCount', 'avgOverall', 'avgBehaviour', 'avgTimeliness',
      'avgProfessionalism', 'complaintsLast30Days', 'slaViolationsLast30Days', 'compositeScore', 'topPerformer'],
    list: (services) => services.vendors.vendorList,
    load: (em, services, rows, filter) => services.vendors.scorecardsOf(em, rows.map((v) => v.id), filter),
    cells: ({ vendor: v, card: s }) => [v.id, v.name, v.city, v.status, v.statusReason, v.createdAt, s.ordersCompleted, s.ratingsCount, s.avgOverall, s.avgBehaviour,
      s.avgTimeliness, s.avgProfessionalism, s.complaintsLast30Days, s.slaViolationsLast30Days, s.compositeScore, s.topPerformer],
  }),
  // The alerts of the caller's teams, as the list scopes them (alert.list.ts).
  alerts: exportOf({
    operation: 'allAlerts',
    columns: ['id', 'createdAt', 'kind', 'team', 'forRole', 'escalationId', 'text', 'acknowledgedAt', 'acknowledgedById'],
    list: (services) => services.alerts.list,
    cells: (a) => [a.id, a.createdAt, a.kind, a.team, a.forRole, refId(a.escalation), a.text, a.acknowledgedAt, refId(a.acknowledgedBy)],
  }),
  // Not a list: the figures of caseAnalytics(from, to, groupBy) (?from=&to=&groupBy=), one row per group, in the caller's teams as the query answers.
  'case-analytics': {
    operation: 'caseAnalytics',
    args: ['from', 'to', 'groupBy'],
    columns: [...CASE_FIGURES],
    async *batches(em, services, principal, args) {
      const { from, to, groupBy } = args as { from: Date; to: Date; groupBy: CaseAnalyticsGroup };
      const rows = await services.analytics.cases(em, principal, from, to, groupBy);
      yield rows.map((r) => CASE_FIGURES.map((column) => r[column]));
    },
  },
  // The finance queue (money.list.ts) for reconciliation: each request with its decision and payment, in proposedAt order.
  'money-requests': exportOf({
    operation: 'allMoneyRequests',
    columns: ['id', 'proposedAt', 'kind', 'status', 'amount', 'reason', 'rule', 'fraudScore', 'orderId', 'caseId', 'vendorId', 'proposedById', 'proposedBy',
      'decidedById', 'decidedAt', 'decisionNote', 'providerReference', 'paidAt', 'failureReason', 'recoverFromVendor'],
    list: (services) => services.money.list,
    cells: (m) => [m.id, m.proposedAt, m.kind, m.status, m.amount, m.reason, m.rule, m.fraudScore, refId(m.order), refId(m.supportCase), refId(m.vendor),
      refId(m.proposedBy), m.proposedByLabel, refId(m.decidedBy), m.decidedAt, m.decisionNote, m.providerReference, m.paidAt, m.failureReason, m.recoverFromVendor],
  }),
  // ADMIN only (their lists' rule); never a password or key hash.
  users: exportOf({
    operation: 'allUsers',
    columns: ['id', 'email', 'name', 'roles', 'active', 'createdAt', 'lastLoginAt'],
    list: (services) => services.users.list,
    cells: (u) => [u.id, u.email, u.name, u.roles, u.active, u.createdAt, u.lastLoginAt],
  }),
  'api-keys': exportOf({
    operation: 'allApiKeys',
    columns: ['id', 'name', 'scopes', 'createdAt', 'createdById', 'revokedAt', 'lastUsedAt'],
    list: (services) => services.apiKeys.list,
    cells: (k) => [k.id, k.name, k.scopes, k.createdAt, refId(k.createdBy), k.revokedAt, k.lastUsedAt],
  }),
};
