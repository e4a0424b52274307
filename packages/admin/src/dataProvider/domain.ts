// Domain actions and read-only queries outside ra-data-graphql-simple's CRUD convention. Each
// SOP action is its own mutation (never update({ status })) so the API can enforce its rule.
//
// Every document is a graphql(`…`) literal: codegen.ts reads them and generates (src/gql/) their
// variables and result types from schema.graphql, so a method's parameter and result follow the
// API. Adding one:
//   1. write the document here, `const DO_IT = graphql(`mutation DoIt($id: ID!) { doIt(id: $id) { id } }`);`
//      (a plain literal: no ${…}; a fragment is spread by its name, declared once with graphql());
//   2. run `pnpm --filter @cx-loop/admin codegen` (the test suite fails while src/gql/ is stale);
//   3. add `doIt: mutation(DO_IT),` to domainMethods below (or unwrap a field, as exportCustomerData does).
// useDomainAction('doIt') then takes the generated variables and hands onSuccess the generated result.
import type { DocumentNode, OperationVariables } from '@apollo/client';
import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { AnalyticsQuery, CaseAnalyticsQuery, TestimonialsQuery } from '../gql/graphql';
import { i18nProvider } from '../i18n';
import { apolloClient } from './client';

/**
 * The variables as the panel's forms hold them: an enum is any string (a select's value), which
 * the API checks against its enum (BAD_USER_INPUT), as it checks everything else.
 */
type Loose<T> = T extends string ? string : T extends readonly (infer E)[] ? Loose<E>[] : T extends object ? { [K in keyof T]: Loose<T[K]> } : T;
export type FormVariables<V> = { [K in keyof V]: Loose<V[K]> };
type Vars<D> = FormVariables<VariablesOf<D>>;

/** With errorPolicy "none" Apollo throws on errors, so a result without data is a broken response. */
function dataOf<R>(data: R | null | undefined): R {
  if (data == null) throw new Error(i18nProvider.translate('cx.errors.no_data'));
  return data;
}

async function mutate<R, V extends OperationVariables>(document: TypedDocumentNode<R, V>, variables: FormVariables<V>): Promise<R> {
  const result = await apolloClient.mutate<R>({ mutation: document, variables });
  return dataOf(result.data);
}

async function query<R, V extends OperationVariables>(document: TypedDocumentNode<R, V>, variables: FormVariables<V>): Promise<R> {
  const result = await apolloClient.query<R>({ query: document, variables });
  return dataOf(result.data);
}

/** A domain method sending one mutation: its parameter is the mutation's variables, its result the mutation's data. */
const mutation =
  <R, V extends OperationVariables>(document: TypedDocumentNode<R, V>) =>
  (variables: FormVariables<V>) =>
    mutate(document, variables);

// The fields an escalation action changes, spread by name in each escalation mutation below.
graphql(`
  fragment EscalationAfterAction on Escalation {
    id version status category team firstContactAt slaBreached resolution resolvedAt
    assignee { id name }
  }
`);

const LOG_CONTACT = graphql(`
  mutation LogEscalationContact($escalationId: ID!, $channel: Channel!, $summary: String!, $expectedVersion: Int) {
    logEscalationContact(escalationId: $escalationId, channel: $channel, summary: $summary, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`);
const CATEGORIZE = graphql(`
  mutation CategorizeEscalation($escalationId: ID!, $category: EscalationCategory!, $expectedVersion: Int) {
    categorizeEscalation(escalationId: $escalationId, category: $category, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`);
const RESOLVE = graphql(`
  mutation ResolveEscalation($escalationId: ID!, $resolution: String!, $expectedVersion: Int) {
    resolveEscalation(escalationId: $escalationId, resolution: $resolution, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`);
const ASSIGN = graphql(`
  mutation AssignEscalation($escalationId: ID!, $userId: ID, $expectedVersion: Int) {
    assignEscalation(escalationId: $escalationId, userId: $userId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`);
const TAKE = graphql(`
  mutation TakeEscalation($escalationId: ID!, $expectedVersion: Int) {
    takeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`);
const SET_OPT_OUT = graphql(`
  mutation SetMessagingOptOut($customerId: ID!, $optOut: Boolean!) {
    setMessagingOptOut(customerId: $customerId, optOut: $optOut) { id messagingOptOut }
  }
`);
const EXPORT_CUSTOMER = graphql(`
  mutation ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }
`);
const ERASE_CUSTOMER = graphql(`
  mutation EraseCustomer($customerId: ID!, $reason: String!) { eraseCustomer(customerId: $customerId, reason: $reason) { id name erasedAt } }
`);
// The customer 360 (customers/CustomerTimeline.tsx): one page of the timeline, open items first, then newest first.
const CUSTOMER_TIMELINE = graphql(`
  query CustomerTimeline($customerId: ID!, $page: Int!, $perPage: Int!, $kinds: [TimelineKind!]) {
    Customer(id: $customerId) {
      id
      timeline(page: $page, perPage: $perPage, kinds: $kinds) { id kind at title detail open status channel orderId escalationId supportCaseId feedbackId }
    }
  }
`);
const COMPLETE_CALL = graphql(`
  mutation CompleteCallTask($id: ID!, $outcome: String!) {
    completeCallTask(id: $id, outcome: $outcome) { id status outcome completedAt overdue availableActions { action enabled reason } }
  }
`);
const HOLD_VENDOR = graphql(`
  mutation HoldVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {
    holdVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }
  }
`);
const REINSTATE_VENDOR = graphql(`
  mutation ReinstateVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {
    reinstateVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }
  }
`);
const ADVANCE_ORDER = graphql(`
  mutation AdvanceOrder($orderId: ID!, $status: OrderStatus!, $finalPrice: Int) {
    advanceOrder(orderId: $orderId, status: $status, finalPrice: $finalPrice) { id status finalPrice }
  }
`);
const CANCEL_ORDER = graphql(`
  mutation CancelOrder($orderId: ID!, $reason: CancellationReason!, $note: String, $caseId: ID) {
    cancelOrder(orderId: $orderId, reason: $reason, note: $note, caseId: $caseId) {
      id status cancellationReason cancellationNote cancelledAt availableActions { action enabled reason }
    }
  }
`);
const ASSIGN_VENDOR = graphql(`
  mutation AssignVendor($orderId: ID!, $vendorId: ID!) { assignVendor(orderId: $orderId, vendorId: $vendorId) { id vendor { id name } } }
`);
const COMPLETE_ORDER = graphql(`
  mutation CompleteOrder($orderId: ID!, $paymentReference: String!) {
    completeOrder(orderId: $orderId, paymentReference: $paymentReference) { id status paymentReference }
  }
`);
// M7: the receipt of a completed order (a fresh signed link each time) and sending it again.
const RECEIPT = graphql(`
  query Receipt($orderId: ID!) { receipt(orderId: $orderId) { number amount paidAt paymentReference url } }
`);
const RESEND_RECEIPT = graphql(`
  mutation ResendReceipt($orderId: ID!, $channel: Channel!) { resendReceipt(orderId: $orderId, channel: $channel) { number url } }
`);
const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {
    createApiKey(name: $name, scopes: $scopes) { secret apiKey { id name scopes createdAt } }
  }
`);
const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }
`);
const RESET_PASSWORD = graphql(`
  mutation ResetUserPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }
`);
const SET_USER_ACTIVE = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!, $expectedVersion: Int) { updateUser(id: $id, active: $active, expectedVersion: $expectedVersion) { id version active } }
`);
const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id }
  }
`);

// Likewise for the review actions.
graphql(`
  fragment ReviewAfterAction on Review { id version status statusReason reply repliedAt publications { platform displayName excerpt rating publishedAt } }
`);
const SHORTLIST_REVIEW = graphql(`
  mutation ShortlistReview($reviewId: ID!, $overrideReason: String, $expectedVersion: Int) {
    shortlistReview(reviewId: $reviewId, overrideReason: $overrideReason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`);
const REJECT_REVIEW = graphql(`
  mutation RejectReview($reviewId: ID!, $reason: String!, $expectedVersion: Int) {
    rejectReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`);
const PUBLISH_REVIEW = graphql(`
  mutation PublishReview($reviewId: ID!, $platforms: [PublishPlatform!]!, $creative: CreativeInput, $expectedVersion: Int) {
    publishReview(reviewId: $reviewId, platforms: $platforms, creative: $creative, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`);
const UNPUBLISH_REVIEW = graphql(`
  mutation UnpublishReview($reviewId: ID!, $reason: String!, $expectedVersion: Int, $platforms: [PublishPlatform!]) {
    unpublishReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion, platforms: $platforms) { ...ReviewAfterAction }
  }
`);
const REPLY_TO_REVIEW = graphql(`
  mutation ReplyToReview($reviewId: ID!, $text: String!, $expectedVersion: Int) {
    replyToReview(reviewId: $reviewId, text: $text, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`);
const CONFIRM_REVIEW_ORDER = graphql(`
  mutation ConfirmReviewOrder($reviewId: ID!, $orderId: ID!, $expectedVersion: Int) {
    confirmReviewOrder(reviewId: $reviewId, orderId: $orderId, expectedVersion: $expectedVersion) {
      id version orderId verifiedOrder orderMatchedAt checks { genuine passed }
    }
  }
`);
const IMPORT_REVIEWS_CSV = graphql(`
  mutation ImportReviewsCsv($csv: String!, $dryRun: Boolean) {
    importReviewsCsv(csv: $csv, dryRun: $dryRun) {
      dryRun created duplicates errors { row field message }
      rows { row outcome source externalId authorName rating text postedAt errors { row field message } }
    }
  }
`);
const REVIEW_IMPORT_TEMPLATE = graphql(`
  query ReviewImportTemplate { reviewImportTemplate { csv columns { name required description } } }
`);
const TESTIMONIALS = graphql(`
  query Testimonials($platform: PublishPlatform!) {
    testimonials(platform: $platform) { id reviewId platform displayName excerpt rating publishedAt availableActions { action enabled reason } }
  }
`);
const POLICY_SETTINGS = graphql(`
  query PolicySettings { policySettings { key value } }
`);
const ANALYTICS = graphql(`
  query Analytics($from: DateTime!, $to: DateTime!) {
    feedbackAnalytics(from: $from, to: $to) {
      weekStart total positivePct negativePct averageRating topComplaint vendorIssuesFlagged newPublicReviews
    }
    reviewAnalytics(from: $from, to: $to) { weekStart source count averageRating averageSentiment }
    sentimentHeatmap(from: $from, to: $to) { weekStart bucket count averageRating averageSentiment }
    loopAnalytics(from: $from, to: $to) {
      resolved recovered recoveryRate
      teams { team escalations contacted slaHitRate medianMinutesToFirstContact medianMinutesToResolution }
    }
  }
`);

// Support cases' service figures (A1 with K2, K6), per team, type or week: the dashboard's Support cases widget.
const CASE_ANALYTICS = graphql(`
  query CaseAnalytics($from: DateTime!, $to: DateTime!, $groupBy: CaseAnalyticsGroup!) {
    caseAnalytics(from: $from, to: $to, groupBy: $groupBy) {
      group cases firstResponseMet firstResponseHitRate resolutionMet resolutionHitRate medianFirstResponseMinutes medianResolutionMinutes
      reopened reopenRate rated resolutionCsat averageResolutionRating
    }
  }
`);

export type Publication = TestimonialsQuery['testimonials'][number];
export type Analytics = AnalyticsQuery;
export type WeeklyFeedbackStats = Analytics['feedbackAnalytics'][number];
export type WeeklyReviewStats = Analytics['reviewAnalytics'][number];
export type SentimentCell = Analytics['sentimentHeatmap'][number];
export type TeamLoopStats = Analytics['loopAnalytics']['teams'][number];
export type CaseServiceFigures = CaseAnalyticsQuery['caseAnalytics'][number];

const ACKNOWLEDGE_ALERT = graphql(`
  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy { id name } } }
`);

const ASSIGNABLE = graphql(`
  query AssignableUsers($escalationId: ID!) { assignableUsers(escalationId: $escalationId) { id name roles } }
`);

// The fields a case action changes (K1–K6), spread by name in each case mutation below; the page
// re-reads the rest (its timeline, its messages) after each one.
graphql(`
  fragment CaseAfterAction on SupportCase {
    id version status team priority firstRespondedAt slaBreached slaPausedAt parkReason parkedUntil resolution resolvedAt
    assignee { id name }
    availableActions { action enabled reason }
  }
`);
const OPEN_CASE = graphql(`
  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { ...CaseAfterAction number } }
`);
const REPLY_TO_CASE = graphql(`
  mutation ReplyToCase($caseId: ID!, $channel: Channel!, $body: String!, $expectedVersion: Int) {
    replyToCase(caseId: $caseId, channel: $channel, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const ADD_CASE_NOTE = graphql(`
  mutation AddCaseNote($caseId: ID!, $body: String!, $expectedVersion: Int) {
    addCaseNote(caseId: $caseId, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const PARK_CASE = graphql(`
  mutation ParkCase($caseId: ID!, $status: CaseStatus!, $reason: String!, $until: DateTime, $expectedVersion: Int) {
    parkCase(caseId: $caseId, status: $status, reason: $reason, until: $until, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const ESCALATE_CASE = graphql(`
  mutation EscalateCase($caseId: ID!, $team: Team!, $reason: String!, $expectedVersion: Int) {
    escalateCase(caseId: $caseId, team: $team, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const RESOLVE_CASE = graphql(`
  mutation ResolveCase($caseId: ID!, $resolution: String!, $expectedVersion: Int) {
    resolveCase(caseId: $caseId, resolution: $resolution, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const REOPEN_CASE = graphql(`
  mutation ReopenCase($caseId: ID!, $reason: String!, $expectedVersion: Int) {
    reopenCase(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const ASSIGN_CASE = graphql(`
  mutation AssignCase($caseId: ID!, $userId: ID, $expectedVersion: Int) {
    assignCase(caseId: $caseId, userId: $userId, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const TAKE_CASE = graphql(`
  mutation TakeCase($caseId: ID!, $expectedVersion: Int) {
    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) { ...CaseAfterAction }
  }
`);
const CASE_ASSIGNEES = graphql(`
  query CaseAssignees($ids: [ID!]!) { allSupportCases(filter: { ids: $ids }, perPage: 500) { id version assignableUsers { id name } } }
`);
const CASE_RULES = graphql(`
  query CaseRules { caseRules { replyLimits { channel max } typeDefaults { type priority } } }
`);
const ASSIGN_WORK = graphql(`
  mutation AssignWork($items: [WorkItemInput!]!, $userId: ID) { assignWork(items: $items, userId: $userId) { id assignee { id name } } }
`);

// Money (M1–M6): propose from a case, an escalation or an order; FINANCE decides what the policy
// left PROPOSED, sending the version it read; the ledgers of an order and of a vendor.
graphql(`
  fragment MoneyAfterAction on MoneyRequest {
    id version kind status amount rule fraudScore decidedAt decisionNote
    decidedBy { id name }
  }
`);
const PROPOSE_MONEY = graphql(`
  mutation ProposeMoney($input: ProposeMoneyInput!) { proposeMoney(input: $input) { ...MoneyAfterAction } }
`);
const APPROVE_MONEY = graphql(`
  mutation ApproveMoney($id: ID!, $note: String, $expectedVersion: Int) {
    approveMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }
  }
`);
const REJECT_MONEY = graphql(`
  mutation RejectMoney($id: ID!, $note: String!, $expectedVersion: Int) {
    rejectMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }
  }
`);
const LEDGER = graphql(`
  query Ledger($orderId: ID, $vendorId: ID) {
    ledger(orderId: $orderId, vendorId: $vendorId) { balance entries { id kind party amount at reference } }
  }
`);

/** The custom data-provider methods, merged into the react-admin data provider. */
export const domainMethods = {
  logEscalationContact: mutation(LOG_CONTACT),
  categorizeEscalation: mutation(CATEGORIZE),
  resolveEscalation: mutation(RESOLVE),
  assignEscalation: mutation(ASSIGN),
  takeEscalation: mutation(TAKE),
  setMessagingOptOut: mutation(SET_OPT_OUT),
  exportCustomerData: async (v: Vars<typeof EXPORT_CUSTOMER>) => (await mutate(EXPORT_CUSTOMER, v)).exportCustomerData,
  eraseCustomer: mutation(ERASE_CUSTOMER),
  customerTimeline: async (v: Vars<typeof CUSTOMER_TIMELINE>) => (await query(CUSTOMER_TIMELINE, v)).Customer?.timeline ?? [],
  assignableUsers: async (v: Vars<typeof ASSIGNABLE>) => (await query(ASSIGNABLE, v)).assignableUsers,
  completeCallTask: async (v: Vars<typeof COMPLETE_CALL>) => (await mutate(COMPLETE_CALL, v)).completeCallTask,
  holdVendor: mutation(HOLD_VENDOR),
  reinstateVendor: mutation(REINSTATE_VENDOR),
  advanceOrder: mutation(ADVANCE_ORDER),
  cancelOrder: mutation(CANCEL_ORDER),
  assignVendor: mutation(ASSIGN_VENDOR),
  completeOrder: mutation(COMPLETE_ORDER),
  receipt: async (v: Vars<typeof RECEIPT>) => (await query(RECEIPT, v)).receipt,
  resendReceipt: mutation(RESEND_RECEIPT),
  createApiKey: async (v: Vars<typeof CREATE_API_KEY>) => (await mutate(CREATE_API_KEY, v)).createApiKey,
  revokeApiKey: mutation(REVOKE_API_KEY),
  resetUserPassword: mutation(RESET_PASSWORD),
  setUserActive: mutation(SET_USER_ACTIVE),
  changePassword: mutation(CHANGE_PASSWORD),
  shortlistReview: mutation(SHORTLIST_REVIEW),
  rejectReview: mutation(REJECT_REVIEW),
  publishReview: mutation(PUBLISH_REVIEW),
  unpublishReview: mutation(UNPUBLISH_REVIEW),
  replyToReview: mutation(REPLY_TO_REVIEW),
  confirmReviewOrder: mutation(CONFIRM_REVIEW_ORDER),
  acknowledgeAlert: mutation(ACKNOWLEDGE_ALERT),
  openCase: async (v: Vars<typeof OPEN_CASE>) => (await mutate(OPEN_CASE, v)).openCase,
  replyToCase: mutation(REPLY_TO_CASE),
  addCaseNote: mutation(ADD_CASE_NOTE),
  parkCase: mutation(PARK_CASE),
  escalateCase: mutation(ESCALATE_CASE),
  resolveCase: mutation(RESOLVE_CASE),
  reopenCase: mutation(REOPEN_CASE),
  assignCase: mutation(ASSIGN_CASE),
  takeCase: mutation(TAKE_CASE),
  /** Each case's version and the people it can be given to (the bulk Assign's choices: who can take them all). */
  caseAssignees: async (v: Vars<typeof CASE_ASSIGNEES>) => (await query(CASE_ASSIGNEES, v)).allSupportCases,
  /** K2's default priorities and K3's reply limits, as the API decides them (the forms only show them). */
  caseRules: async () => (await query(CASE_RULES, {})).caseRules,
  /** The inbox's bulk Assign: cases and escalations to one person, all or none. */
  assignWork: async (v: Vars<typeof ASSIGN_WORK>) => (await mutate(ASSIGN_WORK, v)).assignWork,
  proposeMoney: async (v: Vars<typeof PROPOSE_MONEY>) => (await mutate(PROPOSE_MONEY, v)).proposeMoney,
  approveMoney: mutation(APPROVE_MONEY),
  rejectMoney: mutation(REJECT_MONEY),
  ledger: async (v: Vars<typeof LEDGER>) => (await query(LEDGER, v)).ledger,
  importReviewsCsv: async (v: Vars<typeof IMPORT_REVIEWS_CSV>) => (await mutate(IMPORT_REVIEWS_CSV, v)).importReviewsCsv,
  reviewImportTemplate: async () => (await query(REVIEW_IMPORT_TEMPLATE, {})).reviewImportTemplate,
  testimonials: async (v: Vars<typeof TESTIMONIALS>) => (await query(TESTIMONIALS, v)).testimonials,
  policySettings: async () => (await query(POLICY_SETTINGS, {})).policySettings,
  analytics: (v: Vars<typeof ANALYTICS>) => query(ANALYTICS, v),
  caseAnalytics: async (v: Vars<typeof CASE_ANALYTICS>) => (await query(CASE_ANALYTICS, v)).caseAnalytics,
  /**
   * Any other read, typed by the caller: for documents built at runtime from the bundled schema
   * (vendors/VendorTrend.tsx, for a query that may not exist in every API version; see schema.ts
   * hasQuery), which codegen cannot see.
   */
  rawQuery: async <T>(v: { document: DocumentNode; variables?: Record<string, unknown> }) =>
    dataOf((await apolloClient.query<T>({ query: v.document, variables: v.variables ?? {} })).data),
};

export type DomainMethods = typeof domainMethods;
