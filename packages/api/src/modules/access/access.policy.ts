// S1, S2: who may call which operation. Every root Query and Mutation field must have an entry
// here; a field without one is refused (fail closed) and the authorization test fails.
import { ApiScope, Role } from '../../common/enums.js';
import type { Principal } from './principal.js';

export type AccessRule =
  | { public: true }
  | { roles: readonly Role[]; scopes: readonly ApiScope[]; public?: false };

const { ADMIN, CX_AGENT, CX_LEAD, MARKETING, VENDOR_OPS, FINANCE, TECH } = Role;
const { ORDERS_WRITE, FEEDBACK_WRITE, REVIEWS_WRITE, READ_ALL, CASES_WRITE } = ApiScope;

const PUBLIC: AccessRule = { public: true };
const rule = (roles: Role[], scopes: ApiScope[] = []): AccessRule => ({ roles, scopes });

const CX = [CX_AGENT, CX_LEAD];
/** The teams an escalation is routed to (E2) besides CX: each works only what is routed to it (team-scope.policy). */
const ROUTED_TEAMS = [VENDOR_OPS, FINANCE, TECH];
const ALL_ROLES = Object.values(Role);
const ADMIN_ONLY = rule([]);

/** ADMIN may call everything that is not public; it is implied, not listed. */
export const OPERATION_ACCESS: Record<string, AccessRule> = {
  // access
  login: PUBLIC,
  me: rule(ALL_ROLES, [READ_ALL]),
  createApiKey: ADMIN_ONLY,
  revokeApiKey: ADMIN_ONLY,
  allApiKeys: ADMIN_ONLY,
  _allApiKeysMeta: ADMIN_ONLY,
  createUser: ADMIN_ONLY,
  updateUser: ADMIN_ONLY,
  resetUserPassword: ADMIN_ONLY,
  allUsers: ADMIN_ONLY,
  _allUsersMeta: ADMIN_ONLY,
  User: ADMIN_ONLY,
  changePassword: rule(ALL_ROLES),
  policySettings: rule(ALL_ROLES, [READ_ALL]),
  allAuditEvents: ADMIN_ONLY,
  _allAuditEventsMeta: ADMIN_ONLY,

  // vendors
  vendor: rule([VENDOR_OPS, ...CX, FINANCE], [READ_ALL]),
  Vendor: rule([VENDOR_OPS, ...CX, FINANCE], [READ_ALL]),
  allVendors: rule([VENDOR_OPS, ...CX, FINANCE], [READ_ALL]),
  _allVendorsMeta: rule([VENDOR_OPS, ...CX, FINANCE], [READ_ALL]),
  allVendorScorecards: rule([VENDOR_OPS, ...CX, FINANCE], [READ_ALL]),
  _allVendorScorecardsMeta: rule([VENDOR_OPS, ...CX, FINANCE], [READ_ALL]),
  vendorTrend: rule([VENDOR_OPS, ...CX, FINANCE], [READ_ALL]),
  createVendor: rule([VENDOR_OPS]),
  updateVendor: rule([VENDOR_OPS]),
  holdVendor: rule([VENDOR_OPS]),
  reinstateVendor: rule([VENDOR_OPS]),

  // orders
  order: rule([...CX, FINANCE], [READ_ALL]),
  Order: rule([...CX, FINANCE], [READ_ALL]),
  allOrders: rule([...CX, FINANCE], [READ_ALL]),
  _allOrdersMeta: rule([...CX, FINANCE], [READ_ALL]),
  Customer: rule([...CX, FINANCE], [READ_ALL]),
  allCustomers: rule([...CX, FINANCE], [READ_ALL]),
  _allCustomersMeta: rule([...CX, FINANCE], [READ_ALL]),
  setMessagingOptOut: rule(CX),
  exportCustomerData: ADMIN_ONLY,
  eraseCustomer: ADMIN_ONLY,
  createOrder: rule(CX, [ORDERS_WRITE]),
  assignVendor: rule(CX, [ORDERS_WRITE]),
  // FINANCE takes device returns (COMPLETED → RETURNED); the order lifecycle table decides the rest.
  advanceOrder: rule([...CX, FINANCE], [ORDERS_WRITE]),
  // As advanceOrder minus FINANCE: cancelling is CX's conversation with the customer (SOP 002).
  cancelOrder: rule(CX, [ORDERS_WRITE]),
  completeOrder: rule(CX, [ORDERS_WRITE]),

  // feedback and manual calls
  submitFeedback: rule(CX, [FEEDBACK_WRITE]),
  // The customer's link is the credential (S1); by feedbackId it needs CX or FEEDBACK_WRITE (mayAddDetailsById).
  addFeedbackDetails: PUBLIC,
  allFeedback: rule([...CX], [READ_ALL]),
  _allFeedbackMeta: rule([...CX], [READ_ALL]),
  allCallTasks: rule(CX, [READ_ALL]),
  _allCallTasksMeta: rule(CX, [READ_ALL]),
  completeCallTask: rule(CX),

  // escalations (VENDOR_OPS, FINANCE and TECH only see and act on those routed to their team)
  escalation: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  Escalation: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  allEscalations: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  _allEscalationsMeta: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  assignEscalation: rule([CX_LEAD, ...ROUTED_TEAMS]),
  assignableUsers: rule([CX_LEAD, ...ROUTED_TEAMS]),
  // Agents pick up their own queue; whether this one is theirs to take is decideTake's (escalation.policy).
  takeEscalation: rule([...CX, ...ROUTED_TEAMS]),
  allAlerts: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  _allAlertsMeta: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  acknowledgeAlert: rule([...CX, ...ROUTED_TEAMS]),
  logEscalationContact: rule([...CX, ...ROUTED_TEAMS]),
  categorizeEscalation: rule([...CX, ...ROUTED_TEAMS]),
  resolveEscalation: rule([...CX, ...ROUTED_TEAMS]),

  // support cases (K1–K6): the same team scope as escalations (support-case.list); partners
  // (the website, the app) open cases and add the customer's messages with CASES_WRITE.
  supportCase: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  SupportCase: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  allSupportCases: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  _allSupportCasesMeta: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  openCase: rule(CX, [CASES_WRITE]),
  addCaseMessage: rule(CX, [CASES_WRITE]),
  replyToCase: rule([...CX, ...ROUTED_TEAMS]),
  addCaseNote: rule([...CX, ...ROUTED_TEAMS]),
  parkCase: rule([...CX, ...ROUTED_TEAMS]),
  escalateCase: rule([...CX, ...ROUTED_TEAMS]),
  resolveCase: rule([...CX, ...ROUTED_TEAMS]),
  reopenCase: rule([...CX, ...ROUTED_TEAMS]),
  assignCase: rule([CX_LEAD, ...ROUTED_TEAMS]),
  takeCase: rule([...CX, ...ROUTED_TEAMS]),
  caseRules: rule([...CX, ...ROUTED_TEAMS], [READ_ALL, CASES_WRITE]),
  // The desk's inbox of cases and escalations together (each row in the caller's teams).
  allInboxItems: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  _allInboxItemsMeta: rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  assignWork: rule([CX_LEAD, ...ROUTED_TEAMS]),

  // money (M1–M6): CX proposes from a case, an escalation or an order; FINANCE (or ADMIN)
  // decides what the policy does not approve itself (maker-checker, money.policy).
  moneyRequest: rule([...CX, FINANCE], [READ_ALL]),
  MoneyRequest: rule([...CX, FINANCE], [READ_ALL]),
  allMoneyRequests: rule([...CX, FINANCE], [READ_ALL]),
  _allMoneyRequestsMeta: rule([...CX, FINANCE], [READ_ALL]),
  proposeMoney: rule([...CX, FINANCE]),
  approveMoney: rule([FINANCE]),
  rejectMoney: rule([FINANCE]),
  ledger: rule([FINANCE, ...CX], [READ_ALL]),

  // M7 receipts: read as orders are; sent again by whoever talks to the customer (and FINANCE, who verifies payments: SOP 003 §3).
  receipt: rule([...CX, FINANCE], [READ_ALL]),
  resendReceipt: rule([...CX, FINANCE]),

  // reviews
  review: rule([MARKETING], [READ_ALL]),
  Review: rule([MARKETING], [READ_ALL]),
  allReviews: rule([MARKETING], [READ_ALL]),
  _allReviewsMeta: rule([MARKETING], [READ_ALL]),
  importReviews: rule([MARKETING], [REVIEWS_WRITE]),
  importReviewsCsv: rule([MARKETING], [REVIEWS_WRITE]),
  reviewImportTemplate: rule([MARKETING], [REVIEWS_WRITE]),
  // CX holds the conversation in which the customer agrees; marketing may record it too.
  createReviewFromFeedback: rule([MARKETING, ...CX]),
  shortlistReview: rule([MARKETING]),
  rejectReview: rule([MARKETING]),
  publishReview: rule([MARKETING]),
  unpublishReview: rule([MARKETING]),
  replyToReview: rule([MARKETING]),
  confirmReviewOrder: rule([MARKETING]),
  testimonials: PUBLIC,

  // analytics: everyone sees the weekly figures
  feedbackAnalytics: rule(ALL_ROLES, [READ_ALL]),
  reviewAnalytics: rule(ALL_ROLES, [READ_ALL]),
  sentimentHeatmap: rule(ALL_ROLES, [READ_ALL]),
  loopAnalytics: rule(ALL_ROLES, [READ_ALL]),
  // Each caller sees the figures of the cases it may read (analytics.service cases: team-scope.policy visibleTeams):
  // VENDOR_OPS, FINANCE and TECH their own team's, CX, ADMIN and API keys every team's, MARKETING (no cases) none.
  caseAnalytics: rule(ALL_ROLES, [READ_ALL]),
};

/**
 * S2 on nested fields: who may read each field that leads to other records, wherever it is
 * reached (a list's rows, a mutation's payload). A list or nullable field the principal may
 * not read resolves to [] or null; a non-null one is refused before anything runs. Rows of
 * escalations are further limited to the principal's teams (escalation.list's scope), and
 * customer contact data is masked by maySeeContactData. API keys read past the record they
 * wrote only with READ_ALL. ADMIN is implied, as above.
 */
export const FIELD_ACCESS: Record<string, AccessRule> = {
  // VENDOR_OPS, FINANCE and TECH reach an order through the escalations routed to them
  // (its customer masked for VENDOR_OPS and TECH: maySeeContactData).
  'Escalation.order': rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  'Escalation.feedback': rule(CX, [READ_ALL]),
  'Order.customer': rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  'Order.vendor': rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  'Order.escalations': rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  'Order.feedback': rule(CX, [READ_ALL]),
  'Order.callTasks': rule(CX, [READ_ALL]),
  // Rating links, and the messages that carry them, are for CX and the customer only: whoever
  // holds a link can rate as the customer.
  'Order.feedbackRequests': rule(CX),
  'Order.messages': rule(CX),
  'FeedbackRequest.link': rule(CX),
  'FeedbackRequest.messages': rule(CX),
  // A record's own history goes with the record; the full audit log stays ADMIN's.
  'Order.timeline': rule(CX, [READ_ALL]),
  'Customer.orders': rule([...CX, FINANCE], [READ_ALL]),
  'Feedback.order': rule(CX, [READ_ALL]),
  'Feedback.escalation': rule(CX, [READ_ALL]),
  'CallTask.order': rule(CX, [READ_ALL]),
  'Review.timeline': rule([MARKETING], [READ_ALL]),
  // Order references and devices of completed orders (RV2 suggestions, no contact data): for
  // whoever works reviews, not for a key that only imports them or CX creating one from feedback.
  'Review.suggestedOrders': rule([MARKETING], [READ_ALL]),
  // A case's customer and order as the case's team reads them (contact data masked for VENDOR_OPS
  // and TECH: maySeeContactData); the people a case can be given to, for those who assign.
  'SupportCase.customer': rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  'SupportCase.order': rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  'SupportCase.assignableUsers': rule([CX_LEAD, ...ROUTED_TEAMS]),
  // Feedback is CX's (as Order.feedback): the routed teams see the case, not the customer's rating.
  'SupportCase.resolutionFeedback': rule(CX, [READ_ALL]),
  'Order.supportCases': rule([...CX, ...ROUTED_TEAMS], [READ_ALL]),
  'Customer.supportCases': rule([...CX, FINANCE], [READ_ALL]),
  // The customer 360 holds messages (with their rating links, as Order.messages), feedback and every team's work: CX's.
  'Customer.timeline': rule(CX),
  // A receipt's order as the order query reads it.
  'Receipt.order': rule([...CX, FINANCE], [READ_ALL]),
  'Order.moneyRequests': rule([...CX, FINANCE], [READ_ALL]),
  'MoneyRequest.case': rule([...CX, FINANCE], [READ_ALL]),
  // testimonials is public; which review a testimonial shows is for whoever may read reviews.
  'Publication.reviewId': rule([MARKETING], [READ_ALL]),
};

/**
 * Roles whose work is with customers see their phone and e-mail; everyone else (MARKETING,
 * VENDOR_OPS, TECH: S2) sees them masked.
 */
const CONTACT_ROLES: readonly Role[] = [ADMIN, CX_AGENT, CX_LEAD, FINANCE];

export function maySeeContactData(principal: Principal | null): boolean {
  if (!principal) return false;
  if (principal.kind === 'API_KEY') return principal.scopes.includes(READ_ALL);
  return principal.roles.some((r) => CONTACT_ROLES.includes(r));
}

export type AccessDecision =
  | { allowed: true }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string };

export function decideAccess(operation: string, principal: Principal | null): AccessDecision {
  const r = OPERATION_ACCESS[operation];
  if (!r) return { allowed: false, code: 'FORBIDDEN', message: `No access rule covers ${operation}.` };
  return decideRule(r, operation, principal);
}

/** Whether the principal may read `Type.field`; fields without an entry follow their parent. */
export function decideFieldAccess(field: string, principal: Principal | null): AccessDecision {
  const r = FIELD_ACCESS[field];
  return r ? decideRule(r, field, principal) : { allowed: true };
}

function decideRule(r: AccessRule, operation: string, principal: Principal | null): AccessDecision {
  if (r.public) return { allowed: true };
  if (!principal) {
    return { allowed: false, code: 'UNAUTHENTICATED', message: 'Sign in first: send Authorization: Bearer <token or API key>.' };
  }
  if (principal.kind === 'USER') {
    if (principal.roles.includes(ADMIN) || r.roles.some((role) => principal.roles.includes(role))) return { allowed: true };
    const needed = [ADMIN, ...r.roles].join(', ');
    return { allowed: false, code: 'FORBIDDEN', message: `${operation} needs one of these roles: ${needed}.` };
  }
  if (r.scopes.some((s) => principal.scopes.includes(s))) return { allowed: true };
  return {
    allowed: false,
    code: 'FORBIDDEN',
    message: r.scopes.length
      ? `${operation} needs an API key with scope ${r.scopes.join(' or ')}.`
      : `${operation} is for signed-in users, not API keys.`,
  };
}

/**
 * R2: addFeedbackDetails is public for the customer's own link; naming the feedback by id
 * instead is for CX and for partners (the app) that submit feedback.
 */
const ADD_DETAILS_BY_ID = rule(CX, [FEEDBACK_WRITE]);
export const mayAddDetailsById = (principal: Principal): boolean => decideRule(ADD_DETAILS_BY_ID, 'addFeedbackDetails', principal).allowed;

/** Every operation these roles may call (the admin panel shows only what the API allows). */
export function allowedOperations(roles: Role[]): string[] {
  const principal: Principal = { kind: 'USER', id: '', email: '', name: '', roles };
  return Object.keys(OPERATION_ACCESS).filter((op) => !OPERATION_ACCESS[op].public && decideAccess(op, principal).allowed).sort();
}

/**
 * S2 for staff accounts reached through another record (an escalation's assignee, a review's
 * or alert's "by"): accounts are ADMIN's to read at the root (allUsers), so anyone else who
 * meets a colleague there sees a card (id, name, whether active) with the e-mail masked and no roles, sign-ins
 * or permissions. One's own account is always shown in full.
 */
export function staffView(principal: Principal | null, userId: string, self: boolean): 'FULL' | 'CARD' {
  if (self || (principal?.kind === 'USER' && principal.id === userId)) return 'FULL';
  return decideAccess('allUsers', principal).allowed ? 'FULL' : 'CARD';
}
