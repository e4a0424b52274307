// Domain actions and read-only queries outside ra-data-graphql-simple's CRUD convention. Each
// SOP action is its own mutation (never update({ status })) so the API can enforce its rule.
import { gql, type DocumentNode } from '@apollo/client';
import { apolloClient } from './client';

async function mutate<T>(document: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  const result = await apolloClient.mutate({ mutation: document, variables });
  return result.data as T;
}

async function query<T>(document: DocumentNode, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await apolloClient.query({ query: document, variables });
  return result.data as T;
}

export interface Id {
  id: string;
}

/** The version of the record the person loaded: the API answers CONFLICT if it changed since. */
type Versioned = { expectedVersion?: number | null };

const ESCALATION = gql`
  fragment EscalationAfterAction on Escalation {
    id version status category team firstContactAt slaBreached resolution resolvedAt
    assignee { id name }
  }
`;

const LOG_CONTACT = gql`
  ${ESCALATION}
  mutation LogEscalationContact($escalationId: ID!, $channel: Channel!, $summary: String!, $expectedVersion: Int) {
    logEscalationContact(escalationId: $escalationId, channel: $channel, summary: $summary, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`;
const CATEGORIZE = gql`
  ${ESCALATION}
  mutation CategorizeEscalation($escalationId: ID!, $category: EscalationCategory!, $expectedVersion: Int) {
    categorizeEscalation(escalationId: $escalationId, category: $category, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`;
const RESOLVE = gql`
  ${ESCALATION}
  mutation ResolveEscalation($escalationId: ID!, $resolution: String!, $expectedVersion: Int) {
    resolveEscalation(escalationId: $escalationId, resolution: $resolution, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`;
const ASSIGN = gql`
  ${ESCALATION}
  mutation AssignEscalation($escalationId: ID!, $userId: ID, $expectedVersion: Int) {
    assignEscalation(escalationId: $escalationId, userId: $userId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`;
const TAKE = gql`
  ${ESCALATION}
  mutation TakeEscalation($escalationId: ID!, $expectedVersion: Int) {
    takeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }
  }
`;
const SET_OPT_OUT = gql`
  mutation SetMessagingOptOut($customerId: ID!, $optOut: Boolean!) {
    setMessagingOptOut(customerId: $customerId, optOut: $optOut) { id messagingOptOut }
  }
`;
const EXPORT_CUSTOMER = gql`
  mutation ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }
`;
const ERASE_CUSTOMER = gql`
  mutation EraseCustomer($customerId: ID!, $reason: String!) { eraseCustomer(customerId: $customerId, reason: $reason) { id name erasedAt } }
`;
const COMPLETE_CALL = gql`
  mutation CompleteCallTask($id: ID!, $outcome: String!) {
    completeCallTask(id: $id, outcome: $outcome) { id status outcome completedAt overdue availableActions { action enabled reason } }
  }
`;
const HOLD_VENDOR = gql`
  mutation HoldVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {
    holdVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }
  }
`;
const REINSTATE_VENDOR = gql`
  mutation ReinstateVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {
    reinstateVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }
  }
`;
const ADVANCE_ORDER = gql`
  mutation AdvanceOrder($orderId: ID!, $status: OrderStatus!, $finalPrice: Int) {
    advanceOrder(orderId: $orderId, status: $status, finalPrice: $finalPrice) { id status finalPrice }
  }
`;
const ASSIGN_VENDOR = gql`
  mutation AssignVendor($orderId: ID!, $vendorId: ID!) { assignVendor(orderId: $orderId, vendorId: $vendorId) { id vendor { id name } } }
`;
const COMPLETE_ORDER = gql`
  mutation CompleteOrder($orderId: ID!, $paymentReference: String!) {
    completeOrder(orderId: $orderId, paymentReference: $paymentReference) { id status paymentReference }
  }
`;
const CREATE_API_KEY = gql`
  mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {
    createApiKey(name: $name, scopes: $scopes) { secret apiKey { id name scopes createdAt } }
  }
`;
const REVOKE_API_KEY = gql`
  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }
`;
const RESET_PASSWORD = gql`
  mutation ResetUserPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }
`;
const SET_USER_ACTIVE = gql`
  mutation SetUserActive($id: ID!, $active: Boolean!) { updateUser(id: $id, active: $active) { id active } }
`;
const CHANGE_PASSWORD = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id }
  }
`;

const REVIEW_AFTER_ACTION = gql`
  fragment ReviewAfterAction on Review { id version status statusReason reply repliedAt publications { platform displayName excerpt rating publishedAt } }
`;
const SHORTLIST_REVIEW = gql`
  ${REVIEW_AFTER_ACTION}
  mutation ShortlistReview($reviewId: ID!, $overrideReason: String, $expectedVersion: Int) {
    shortlistReview(reviewId: $reviewId, overrideReason: $overrideReason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`;
const REJECT_REVIEW = gql`
  ${REVIEW_AFTER_ACTION}
  mutation RejectReview($reviewId: ID!, $reason: String!, $expectedVersion: Int) {
    rejectReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`;
const PUBLISH_REVIEW = gql`
  ${REVIEW_AFTER_ACTION}
  mutation PublishReview($reviewId: ID!, $platforms: [PublishPlatform!]!, $creative: CreativeInput, $expectedVersion: Int) {
    publishReview(reviewId: $reviewId, platforms: $platforms, creative: $creative, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`;
const UNPUBLISH_REVIEW = gql`
  ${REVIEW_AFTER_ACTION}
  mutation UnpublishReview($reviewId: ID!, $reason: String!, $expectedVersion: Int) {
    unpublishReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`;
const REPLY_TO_REVIEW = gql`
  ${REVIEW_AFTER_ACTION}
  mutation ReplyToReview($reviewId: ID!, $text: String!, $expectedVersion: Int) {
    replyToReview(reviewId: $reviewId, text: $text, expectedVersion: $expectedVersion) { ...ReviewAfterAction }
  }
`;
const CONFIRM_REVIEW_ORDER = gql`
  mutation ConfirmReviewOrder($reviewId: ID!, $orderId: ID!, $expectedVersion: Int) {
    confirmReviewOrder(reviewId: $reviewId, orderId: $orderId, expectedVersion: $expectedVersion) {
      id version orderId verifiedOrder orderMatchedAt checks { genuine passed }
    }
  }
`;
const IMPORT_REVIEWS_CSV = gql`
  mutation ImportReviewsCsv($csv: String!) {
    importReviewsCsv(csv: $csv) { created duplicates errors { row field message } }
  }
`;
const TESTIMONIALS = gql`
  query Testimonials($platform: PublishPlatform!) { testimonials(platform: $platform) { platform displayName excerpt rating publishedAt } }
`;
const POLICY_SETTINGS = gql`
  query PolicySettings { policySettings { key value } }
`;
const ANALYTICS = gql`
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
`;

export interface Publication {
  platform: string;
  displayName: string;
  excerpt: string;
  rating: number;
  publishedAt: string;
}

export interface WeeklyFeedbackStats {
  weekStart: string;
  total: number;
  positivePct: number;
  negativePct: number;
  averageRating: number | null;
  topComplaint: string | null;
  vendorIssuesFlagged: number;
  newPublicReviews: number;
}
export interface WeeklyReviewStats {
  weekStart: string;
  source: string;
  count: number;
  averageRating: number | null;
  averageSentiment: number | null;
}
export interface SentimentCell {
  weekStart: string;
  bucket: string;
  count: number;
  averageRating: number | null;
  averageSentiment: number | null;
}
export interface TeamLoopStats {
  team: string;
  escalations: number;
  contacted: number;
  slaHitRate: number | null;
  medianMinutesToFirstContact: number | null;
  medianMinutesToResolution: number | null;
}
export interface Analytics {
  feedbackAnalytics: WeeklyFeedbackStats[];
  reviewAnalytics: WeeklyReviewStats[];
  sentimentHeatmap: SentimentCell[];
  loopAnalytics: { resolved: number; recovered: number; recoveryRate: number | null; teams: TeamLoopStats[] };
}

const ACKNOWLEDGE_ALERT = gql`
  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy { id name } } }
`;

const ASSIGNABLE = gql`
  query AssignableUsers($escalationId: ID!) { assignableUsers(escalationId: $escalationId) { id name roles } }
`;

/** The custom data-provider methods, merged into the react-admin data provider. */
export const domainMethods = {
  logEscalationContact: (v: { escalationId: string; channel: string; summary: string } & Versioned) => mutate<unknown>(LOG_CONTACT, v),
  categorizeEscalation: (v: { escalationId: string; category: string } & Versioned) => mutate<unknown>(CATEGORIZE, v),
  resolveEscalation: (v: { escalationId: string; resolution: string } & Versioned) => mutate<unknown>(RESOLVE, v),
  assignEscalation: (v: { escalationId: string; userId: string | null } & Versioned) => mutate<unknown>(ASSIGN, v),
  takeEscalation: (v: { escalationId: string } & Versioned) => mutate<unknown>(TAKE, v),
  setMessagingOptOut: (v: { customerId: string; optOut: boolean }) => mutate<unknown>(SET_OPT_OUT, v),
  exportCustomerData: async (v: { customerId: string }) => (await mutate<{ exportCustomerData: string }>(EXPORT_CUSTOMER, v)).exportCustomerData,
  eraseCustomer: (v: { customerId: string; reason: string }) => mutate<unknown>(ERASE_CUSTOMER, v),
  assignableUsers: async (v: { escalationId: string }) =>
    (await query<{ assignableUsers: { id: string; name: string; roles: string[] }[] }>(ASSIGNABLE, v)).assignableUsers,
  completeCallTask: async (v: { id: string; outcome: string }) =>
    (await mutate<{ completeCallTask: Id & { status: string; outcome: string | null; completedAt: string | null } }>(COMPLETE_CALL, v)).completeCallTask,
  holdVendor: (v: { vendorId: string; reason: string } & Versioned) => mutate<unknown>(HOLD_VENDOR, v),
  reinstateVendor: (v: { vendorId: string; reason: string } & Versioned) => mutate<unknown>(REINSTATE_VENDOR, v),
  advanceOrder: (v: { orderId: string; status: string; finalPrice?: number | null }) => mutate<unknown>(ADVANCE_ORDER, v),
  assignVendor: (v: { orderId: string; vendorId: string }) => mutate<unknown>(ASSIGN_VENDOR, v),
  completeOrder: (v: { orderId: string; paymentReference: string }) => mutate<unknown>(COMPLETE_ORDER, v),
  createApiKey: async (v: { name: string; scopes: string[] }) =>
    (await mutate<{ createApiKey: { secret: string; apiKey: Id & { name: string } } }>(CREATE_API_KEY, v)).createApiKey,
  revokeApiKey: (v: { id: string }) => mutate<unknown>(REVOKE_API_KEY, v),
  resetUserPassword: (v: { id: string; password: string }) => mutate<unknown>(RESET_PASSWORD, v),
  setUserActive: (v: { id: string; active: boolean }) => mutate<unknown>(SET_USER_ACTIVE, v),
  changePassword: (v: { currentPassword: string; newPassword: string }) => mutate<unknown>(CHANGE_PASSWORD, v),
  shortlistReview: (v: { reviewId: string; overrideReason?: string | null } & Versioned) => mutate<unknown>(SHORTLIST_REVIEW, v),
  rejectReview: (v: { reviewId: string; reason: string } & Versioned) => mutate<unknown>(REJECT_REVIEW, v),
  publishReview: (v: { reviewId: string; platforms: string[]; creative?: { displayName?: string; excerpt?: string } | null } & Versioned) =>
    mutate<unknown>(PUBLISH_REVIEW, v),
  unpublishReview: (v: { reviewId: string; reason: string } & Versioned) => mutate<unknown>(UNPUBLISH_REVIEW, v),
  replyToReview: (v: { reviewId: string; text: string } & Versioned) => mutate<unknown>(REPLY_TO_REVIEW, v),
  confirmReviewOrder: (v: { reviewId: string; orderId: string } & Versioned) => mutate<unknown>(CONFIRM_REVIEW_ORDER, v),
  acknowledgeAlert: (v: { id: string }) => mutate<unknown>(ACKNOWLEDGE_ALERT, v),
  importReviewsCsv: async (v: { csv: string }) =>
    (await mutate<{ importReviewsCsv: { created: number; duplicates: number; errors: { row: number; field: string | null; message: string }[] } }>(IMPORT_REVIEWS_CSV, v))
      .importReviewsCsv,
  testimonials: async (v: { platform: string }) => (await query<{ testimonials: Publication[] }>(TESTIMONIALS, v)).testimonials,
  policySettings: async () => (await query<{ policySettings: { key: string; value: string }[] }>(POLICY_SETTINGS)).policySettings,
  analytics: (v: { from: string; to: string }) => query<Analytics>(ANALYTICS, v),
  /** Any other read: used for queries that may not exist in every API version (see schema.ts hasQuery). */
  rawQuery: <T>(v: { document: DocumentNode; variables?: Record<string, unknown> }) => query<T>(v.document, v.variables),
};

export type DomainMethods = typeof domainMethods;
