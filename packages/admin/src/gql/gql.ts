/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id email name roles allowedOperations }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment EscalationAfterAction on Escalation {\n    id version status category team firstContactAt slaBreached resolution resolvedAt\n    assignee { id name }\n  }\n": typeof types.EscalationAfterActionFragmentDoc,
    "\n  mutation LogEscalationContact($escalationId: ID!, $channel: Channel!, $summary: String!, $expectedVersion: Int) {\n    logEscalationContact(escalationId: $escalationId, channel: $channel, summary: $summary, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": typeof types.LogEscalationContactDocument,
    "\n  mutation CategorizeEscalation($escalationId: ID!, $category: EscalationCategory!, $expectedVersion: Int) {\n    categorizeEscalation(escalationId: $escalationId, category: $category, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": typeof types.CategorizeEscalationDocument,
    "\n  mutation ResolveEscalation($escalationId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveEscalation(escalationId: $escalationId, resolution: $resolution, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": typeof types.ResolveEscalationDocument,
    "\n  mutation AssignEscalation($escalationId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignEscalation(escalationId: $escalationId, userId: $userId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": typeof types.AssignEscalationDocument,
    "\n  mutation TakeEscalation($escalationId: ID!, $expectedVersion: Int) {\n    takeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": typeof types.TakeEscalationDocument,
    "\n  mutation SetMessagingOptOut($customerId: ID!, $optOut: Boolean!) {\n    setMessagingOptOut(customerId: $customerId, optOut: $optOut) { id messagingOptOut }\n  }\n": typeof types.SetMessagingOptOutDocument,
    "\n  mutation ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }\n": typeof types.ExportCustomerDataDocument,
    "\n  mutation EraseCustomer($customerId: ID!, $reason: String!) { eraseCustomer(customerId: $customerId, reason: $reason) { id name erasedAt } }\n": typeof types.EraseCustomerDocument,
    "\n  query CustomerTimeline($customerId: ID!, $page: Int!, $perPage: Int!, $kinds: [TimelineKind!]) {\n    Customer(id: $customerId) {\n      id\n      timeline(page: $page, perPage: $perPage, kinds: $kinds) { id kind at title detail open status channel orderId escalationId supportCaseId feedbackId }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  mutation CompleteCallTask($id: ID!, $outcome: String!) {\n    completeCallTask(id: $id, outcome: $outcome) { id status outcome completedAt overdue availableActions { action enabled reason } }\n  }\n": typeof types.CompleteCallTaskDocument,
    "\n  mutation HoldVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    holdVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n": typeof types.HoldVendorDocument,
    "\n  mutation ReinstateVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    reinstateVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n": typeof types.ReinstateVendorDocument,
    "\n  mutation AdvanceOrder($orderId: ID!, $status: OrderStatus!, $finalPrice: Int) {\n    advanceOrder(orderId: $orderId, status: $status, finalPrice: $finalPrice) { id status finalPrice }\n  }\n": typeof types.AdvanceOrderDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: CancellationReason!, $note: String, $caseId: ID) {\n    cancelOrder(orderId: $orderId, reason: $reason, note: $note, caseId: $caseId) {\n      id status cancellationReason cancellationNote cancelledAt availableActions { action enabled reason }\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation AssignVendor($orderId: ID!, $vendorId: ID!) { assignVendor(orderId: $orderId, vendorId: $vendorId) { id vendor { id name } } }\n": typeof types.AssignVendorDocument,
    "\n  mutation CompleteOrder($orderId: ID!, $paymentReference: String!) {\n    completeOrder(orderId: $orderId, paymentReference: $paymentReference) { id status paymentReference }\n  }\n": typeof types.CompleteOrderDocument,
    "\n  query Receipt($orderId: ID!) { receipt(orderId: $orderId) { number amount paidAt paymentReference url } }\n": typeof types.ReceiptDocument,
    "\n  mutation ResendReceipt($orderId: ID!, $channel: Channel!) { resendReceipt(orderId: $orderId, channel: $channel) { number url } }\n": typeof types.ResendReceiptDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { secret apiKey { id name scopes createdAt } }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!, $expectedVersion: Int) { updateUser(id: $id, active: $active, expectedVersion: $expectedVersion) { id version active } }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ReviewAfterAction on Review { id version status statusReason reply repliedAt publications { platform displayName excerpt rating publishedAt } }\n": typeof types.ReviewAfterActionFragmentDoc,
    "\n  mutation ShortlistReview($reviewId: ID!, $overrideReason: String, $expectedVersion: Int) {\n    shortlistReview(reviewId: $reviewId, overrideReason: $overrideReason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": typeof types.ShortlistReviewDocument,
    "\n  mutation RejectReview($reviewId: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": typeof types.RejectReviewDocument,
    "\n  mutation PublishReview($reviewId: ID!, $platforms: [PublishPlatform!]!, $creative: CreativeInput, $expectedVersion: Int) {\n    publishReview(reviewId: $reviewId, platforms: $platforms, creative: $creative, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": typeof types.PublishReviewDocument,
    "\n  mutation UnpublishReview($reviewId: ID!, $reason: String!, $expectedVersion: Int, $platforms: [PublishPlatform!]) {\n    unpublishReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion, platforms: $platforms) { ...ReviewAfterAction }\n  }\n": typeof types.UnpublishReviewDocument,
    "\n  mutation ReplyToReview($reviewId: ID!, $text: String!, $expectedVersion: Int) {\n    replyToReview(reviewId: $reviewId, text: $text, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": typeof types.ReplyToReviewDocument,
    "\n  mutation ConfirmReviewOrder($reviewId: ID!, $orderId: ID!, $expectedVersion: Int) {\n    confirmReviewOrder(reviewId: $reviewId, orderId: $orderId, expectedVersion: $expectedVersion) {\n      id version orderId verifiedOrder orderMatchedAt checks { genuine passed }\n    }\n  }\n": typeof types.ConfirmReviewOrderDocument,
    "\n  mutation ImportReviewsCsv($csv: String!, $dryRun: Boolean) {\n    importReviewsCsv(csv: $csv, dryRun: $dryRun) {\n      dryRun created duplicates errors { row field message }\n      rows { row outcome source externalId authorName rating text postedAt errors { row field message } }\n    }\n  }\n": typeof types.ImportReviewsCsvDocument,
    "\n  query ReviewImportTemplate { reviewImportTemplate { csv columns { name required description } } }\n": typeof types.ReviewImportTemplateDocument,
    "\n  query Testimonials($platform: PublishPlatform!) {\n    testimonials(platform: $platform) { id reviewId platform displayName excerpt rating publishedAt availableActions { action enabled reason } }\n  }\n": typeof types.TestimonialsDocument,
    "\n  query PolicySettings { policySettings { key value } }\n": typeof types.PolicySettingsDocument,
    "\n  query Analytics($from: DateTime!, $to: DateTime!) {\n    feedbackAnalytics(from: $from, to: $to) {\n      weekStart total positivePct negativePct averageRating topComplaint vendorIssuesFlagged newPublicReviews\n    }\n    reviewAnalytics(from: $from, to: $to) { weekStart source count averageRating averageSentiment }\n    sentimentHeatmap(from: $from, to: $to) { weekStart bucket count averageRating averageSentiment }\n    loopAnalytics(from: $from, to: $to) {\n      resolved recovered recoveryRate\n      teams { team escalations contacted slaHitRate medianMinutesToFirstContact medianMinutesToResolution }\n    }\n  }\n": typeof types.AnalyticsDocument,
    "\n  query CaseAnalytics($from: DateTime!, $to: DateTime!, $groupBy: CaseAnalyticsGroup!) {\n    caseAnalytics(from: $from, to: $to, groupBy: $groupBy) {\n      group cases firstResponseMet firstResponseHitRate resolutionMet resolutionHitRate medianFirstResponseMinutes medianResolutionMinutes\n      reopened reopenRate rated resolutionCsat averageResolutionRating\n    }\n  }\n": typeof types.CaseAnalyticsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy { id name } } }\n": typeof types.AcknowledgeAlertDocument,
    "\n  query AssignableUsers($escalationId: ID!) { assignableUsers(escalationId: $escalationId) { id name roles } }\n": typeof types.AssignableUsersDocument,
    "\n  fragment CaseAfterAction on SupportCase {\n    id version status team priority firstRespondedAt slaBreached slaPausedAt parkReason parkedUntil resolution resolvedAt\n    assignee { id name }\n    availableActions { action enabled reason }\n  }\n": typeof types.CaseAfterActionFragmentDoc,
    "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { ...CaseAfterAction number } }\n": typeof types.OpenCaseDocument,
    "\n  mutation ReplyToCase($caseId: ID!, $channel: Channel!, $body: String!, $expectedVersion: Int) {\n    replyToCase(caseId: $caseId, channel: $channel, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.ReplyToCaseDocument,
    "\n  mutation AddCaseNote($caseId: ID!, $body: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  mutation ParkCase($caseId: ID!, $status: CaseStatus!, $reason: String!, $until: DateTime, $expectedVersion: Int) {\n    parkCase(caseId: $caseId, status: $status, reason: $reason, until: $until, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.ParkCaseDocument,
    "\n  mutation EscalateCase($caseId: ID!, $team: Team!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(caseId: $caseId, team: $team, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.EscalateCaseDocument,
    "\n  mutation ResolveCase($caseId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, resolution: $resolution, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation ReopenCase($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation AssignCase($caseId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignCase(caseId: $caseId, userId: $userId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": typeof types.TakeCaseDocument,
    "\n  query CaseAssignees($ids: [ID!]!) { allSupportCases(filter: { ids: $ids }, perPage: 500) { id version assignableUsers { id name } } }\n": typeof types.CaseAssigneesDocument,
    "\n  query CaseRules { caseRules { replyLimits { channel max } typeDefaults { type priority } } }\n": typeof types.CaseRulesDocument,
    "\n  mutation AssignWork($items: [WorkItemInput!]!, $userId: ID) { assignWork(items: $items, userId: $userId) { id assignee { id name } } }\n": typeof types.AssignWorkDocument,
    "\n  fragment MoneyAfterAction on MoneyRequest {\n    id version kind status amount rule fraudScore decidedAt decisionNote\n    decidedBy { id name }\n  }\n": typeof types.MoneyAfterActionFragmentDoc,
    "\n  mutation ProposeMoney($input: ProposeMoneyInput!) { proposeMoney(input: $input) { ...MoneyAfterAction } }\n": typeof types.ProposeMoneyDocument,
    "\n  mutation ApproveMoney($id: ID!, $note: String, $expectedVersion: Int) {\n    approveMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n": typeof types.ApproveMoneyDocument,
    "\n  mutation RejectMoney($id: ID!, $note: String!, $expectedVersion: Int) {\n    rejectMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n": typeof types.RejectMoneyDocument,
    "\n  query Ledger($orderId: ID, $vendorId: ID) {\n    ledger(orderId: $orderId, vendorId: $vendorId) { balance entries { id kind party amount at reference } }\n  }\n": typeof types.LedgerDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id email name roles allowedOperations }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment EscalationAfterAction on Escalation {\n    id version status category team firstContactAt slaBreached resolution resolvedAt\n    assignee { id name }\n  }\n": types.EscalationAfterActionFragmentDoc,
    "\n  mutation LogEscalationContact($escalationId: ID!, $channel: Channel!, $summary: String!, $expectedVersion: Int) {\n    logEscalationContact(escalationId: $escalationId, channel: $channel, summary: $summary, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": types.LogEscalationContactDocument,
    "\n  mutation CategorizeEscalation($escalationId: ID!, $category: EscalationCategory!, $expectedVersion: Int) {\n    categorizeEscalation(escalationId: $escalationId, category: $category, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": types.CategorizeEscalationDocument,
    "\n  mutation ResolveEscalation($escalationId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveEscalation(escalationId: $escalationId, resolution: $resolution, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": types.ResolveEscalationDocument,
    "\n  mutation AssignEscalation($escalationId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignEscalation(escalationId: $escalationId, userId: $userId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": types.AssignEscalationDocument,
    "\n  mutation TakeEscalation($escalationId: ID!, $expectedVersion: Int) {\n    takeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n": types.TakeEscalationDocument,
    "\n  mutation SetMessagingOptOut($customerId: ID!, $optOut: Boolean!) {\n    setMessagingOptOut(customerId: $customerId, optOut: $optOut) { id messagingOptOut }\n  }\n": types.SetMessagingOptOutDocument,
    "\n  mutation ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }\n": types.ExportCustomerDataDocument,
    "\n  mutation EraseCustomer($customerId: ID!, $reason: String!) { eraseCustomer(customerId: $customerId, reason: $reason) { id name erasedAt } }\n": types.EraseCustomerDocument,
    "\n  query CustomerTimeline($customerId: ID!, $page: Int!, $perPage: Int!, $kinds: [TimelineKind!]) {\n    Customer(id: $customerId) {\n      id\n      timeline(page: $page, perPage: $perPage, kinds: $kinds) { id kind at title detail open status channel orderId escalationId supportCaseId feedbackId }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  mutation CompleteCallTask($id: ID!, $outcome: String!) {\n    completeCallTask(id: $id, outcome: $outcome) { id status outcome completedAt overdue availableActions { action enabled reason } }\n  }\n": types.CompleteCallTaskDocument,
    "\n  mutation HoldVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    holdVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n": types.HoldVendorDocument,
    "\n  mutation ReinstateVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    reinstateVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n": types.ReinstateVendorDocument,
    "\n  mutation AdvanceOrder($orderId: ID!, $status: OrderStatus!, $finalPrice: Int) {\n    advanceOrder(orderId: $orderId, status: $status, finalPrice: $finalPrice) { id status finalPrice }\n  }\n": types.AdvanceOrderDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: CancellationReason!, $note: String, $caseId: ID) {\n    cancelOrder(orderId: $orderId, reason: $reason, note: $note, caseId: $caseId) {\n      id status cancellationReason cancellationNote cancelledAt availableActions { action enabled reason }\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation AssignVendor($orderId: ID!, $vendorId: ID!) { assignVendor(orderId: $orderId, vendorId: $vendorId) { id vendor { id name } } }\n": types.AssignVendorDocument,
    "\n  mutation CompleteOrder($orderId: ID!, $paymentReference: String!) {\n    completeOrder(orderId: $orderId, paymentReference: $paymentReference) { id status paymentReference }\n  }\n": types.CompleteOrderDocument,
    "\n  query Receipt($orderId: ID!) { receipt(orderId: $orderId) { number amount paidAt paymentReference url } }\n": types.ReceiptDocument,
    "\n  mutation ResendReceipt($orderId: ID!, $channel: Channel!) { resendReceipt(orderId: $orderId, channel: $channel) { number url } }\n": types.ResendReceiptDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { secret apiKey { id name scopes createdAt } }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": types.RevokeApiKeyDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!, $expectedVersion: Int) { updateUser(id: $id, active: $active, expectedVersion: $expectedVersion) { id version active } }\n": types.SetUserActiveDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ReviewAfterAction on Review { id version status statusReason reply repliedAt publications { platform displayName excerpt rating publishedAt } }\n": types.ReviewAfterActionFragmentDoc,
    "\n  mutation ShortlistReview($reviewId: ID!, $overrideReason: String, $expectedVersion: Int) {\n    shortlistReview(reviewId: $reviewId, overrideReason: $overrideReason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": types.ShortlistReviewDocument,
    "\n  mutation RejectReview($reviewId: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": types.RejectReviewDocument,
    "\n  mutation PublishReview($reviewId: ID!, $platforms: [PublishPlatform!]!, $creative: CreativeInput, $expectedVersion: Int) {\n    publishReview(reviewId: $reviewId, platforms: $platforms, creative: $creative, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": types.PublishReviewDocument,
    "\n  mutation UnpublishReview($reviewId: ID!, $reason: String!, $expectedVersion: Int, $platforms: [PublishPlatform!]) {\n    unpublishReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion, platforms: $platforms) { ...ReviewAfterAction }\n  }\n": types.UnpublishReviewDocument,
    "\n  mutation ReplyToReview($reviewId: ID!, $text: String!, $expectedVersion: Int) {\n    replyToReview(reviewId: $reviewId, text: $text, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n": types.ReplyToReviewDocument,
    "\n  mutation ConfirmReviewOrder($reviewId: ID!, $orderId: ID!, $expectedVersion: Int) {\n    confirmReviewOrder(reviewId: $reviewId, orderId: $orderId, expectedVersion: $expectedVersion) {\n      id version orderId verifiedOrder orderMatchedAt checks { genuine passed }\n    }\n  }\n": types.ConfirmReviewOrderDocument,
    "\n  mutation ImportReviewsCsv($csv: String!, $dryRun: Boolean) {\n    importReviewsCsv(csv: $csv, dryRun: $dryRun) {\n      dryRun created duplicates errors { row field message }\n      rows { row outcome source externalId authorName rating text postedAt errors { row field message } }\n    }\n  }\n": types.ImportReviewsCsvDocument,
    "\n  query ReviewImportTemplate { reviewImportTemplate { csv columns { name required description } } }\n": types.ReviewImportTemplateDocument,
    "\n  query Testimonials($platform: PublishPlatform!) {\n    testimonials(platform: $platform) { id reviewId platform displayName excerpt rating publishedAt availableActions { action enabled reason } }\n  }\n": types.TestimonialsDocument,
    "\n  query PolicySettings { policySettings { key value } }\n": types.PolicySettingsDocument,
    "\n  query Analytics($from: DateTime!, $to: DateTime!) {\n    feedbackAnalytics(from: $from, to: $to) {\n      weekStart total positivePct negativePct averageRating topComplaint vendorIssuesFlagged newPublicReviews\n    }\n    reviewAnalytics(from: $from, to: $to) { weekStart source count averageRating averageSentiment }\n    sentimentHeatmap(from: $from, to: $to) { weekStart bucket count averageRating averageSentiment }\n    loopAnalytics(from: $from, to: $to) {\n      resolved recovered recoveryRate\n      teams { team escalations contacted slaHitRate medianMinutesToFirstContact medianMinutesToResolution }\n    }\n  }\n": types.AnalyticsDocument,
    "\n  query CaseAnalytics($from: DateTime!, $to: DateTime!, $groupBy: CaseAnalyticsGroup!) {\n    caseAnalytics(from: $from, to: $to, groupBy: $groupBy) {\n      group cases firstResponseMet firstResponseHitRate resolutionMet resolutionHitRate medianFirstResponseMinutes medianResolutionMinutes\n      reopened reopenRate rated resolutionCsat averageResolutionRating\n    }\n  }\n": types.CaseAnalyticsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy { id name } } }\n": types.AcknowledgeAlertDocument,
    "\n  query AssignableUsers($escalationId: ID!) { assignableUsers(escalationId: $escalationId) { id name roles } }\n": types.AssignableUsersDocument,
    "\n  fragment CaseAfterAction on SupportCase {\n    id version status team priority firstRespondedAt slaBreached slaPausedAt parkReason parkedUntil resolution resolvedAt\n    assignee { id name }\n    availableActions { action enabled reason }\n  }\n": types.CaseAfterActionFragmentDoc,
    "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { ...CaseAfterAction number } }\n": types.OpenCaseDocument,
    "\n  mutation ReplyToCase($caseId: ID!, $channel: Channel!, $body: String!, $expectedVersion: Int) {\n    replyToCase(caseId: $caseId, channel: $channel, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.ReplyToCaseDocument,
    "\n  mutation AddCaseNote($caseId: ID!, $body: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.AddCaseNoteDocument,
    "\n  mutation ParkCase($caseId: ID!, $status: CaseStatus!, $reason: String!, $until: DateTime, $expectedVersion: Int) {\n    parkCase(caseId: $caseId, status: $status, reason: $reason, until: $until, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.ParkCaseDocument,
    "\n  mutation EscalateCase($caseId: ID!, $team: Team!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(caseId: $caseId, team: $team, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.EscalateCaseDocument,
    "\n  mutation ResolveCase($caseId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, resolution: $resolution, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation ReopenCase($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation AssignCase($caseId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignCase(caseId: $caseId, userId: $userId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.AssignCaseDocument,
    "\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n": types.TakeCaseDocument,
    "\n  query CaseAssignees($ids: [ID!]!) { allSupportCases(filter: { ids: $ids }, perPage: 500) { id version assignableUsers { id name } } }\n": types.CaseAssigneesDocument,
    "\n  query CaseRules { caseRules { replyLimits { channel max } typeDefaults { type priority } } }\n": types.CaseRulesDocument,
    "\n  mutation AssignWork($items: [WorkItemInput!]!, $userId: ID) { assignWork(items: $items, userId: $userId) { id assignee { id name } } }\n": types.AssignWorkDocument,
    "\n  fragment MoneyAfterAction on MoneyRequest {\n    id version kind status amount rule fraudScore decidedAt decisionNote\n    decidedBy { id name }\n  }\n": types.MoneyAfterActionFragmentDoc,
    "\n  mutation ProposeMoney($input: ProposeMoneyInput!) { proposeMoney(input: $input) { ...MoneyAfterAction } }\n": types.ProposeMoneyDocument,
    "\n  mutation ApproveMoney($id: ID!, $note: String, $expectedVersion: Int) {\n    approveMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n": types.ApproveMoneyDocument,
    "\n  mutation RejectMoney($id: ID!, $note: String!, $expectedVersion: Int) {\n    rejectMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n": types.RejectMoneyDocument,
    "\n  query Ledger($orderId: ID, $vendorId: ID) {\n    ledger(orderId: $orderId, vendorId: $vendorId) { balance entries { id kind party amount at reference } }\n  }\n": types.LedgerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id email name roles allowedOperations }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id email name roles allowedOperations }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationAfterAction on Escalation {\n    id version status category team firstContactAt slaBreached resolution resolvedAt\n    assignee { id name }\n  }\n"): (typeof documents)["\n  fragment EscalationAfterAction on Escalation {\n    id version status category team firstContactAt slaBreached resolution resolvedAt\n    assignee { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogEscalationContact($escalationId: ID!, $channel: Channel!, $summary: String!, $expectedVersion: Int) {\n    logEscalationContact(escalationId: $escalationId, channel: $channel, summary: $summary, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"): (typeof documents)["\n  mutation LogEscalationContact($escalationId: ID!, $channel: Channel!, $summary: String!, $expectedVersion: Int) {\n    logEscalationContact(escalationId: $escalationId, channel: $channel, summary: $summary, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategorizeEscalation($escalationId: ID!, $category: EscalationCategory!, $expectedVersion: Int) {\n    categorizeEscalation(escalationId: $escalationId, category: $category, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"): (typeof documents)["\n  mutation CategorizeEscalation($escalationId: ID!, $category: EscalationCategory!, $expectedVersion: Int) {\n    categorizeEscalation(escalationId: $escalationId, category: $category, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveEscalation($escalationId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveEscalation(escalationId: $escalationId, resolution: $resolution, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"): (typeof documents)["\n  mutation ResolveEscalation($escalationId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveEscalation(escalationId: $escalationId, resolution: $resolution, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignEscalation($escalationId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignEscalation(escalationId: $escalationId, userId: $userId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"): (typeof documents)["\n  mutation AssignEscalation($escalationId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignEscalation(escalationId: $escalationId, userId: $userId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeEscalation($escalationId: ID!, $expectedVersion: Int) {\n    takeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"): (typeof documents)["\n  mutation TakeEscalation($escalationId: ID!, $expectedVersion: Int) {\n    takeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) { ...EscalationAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMessagingOptOut($customerId: ID!, $optOut: Boolean!) {\n    setMessagingOptOut(customerId: $customerId, optOut: $optOut) { id messagingOptOut }\n  }\n"): (typeof documents)["\n  mutation SetMessagingOptOut($customerId: ID!, $optOut: Boolean!) {\n    setMessagingOptOut(customerId: $customerId, optOut: $optOut) { id messagingOptOut }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }\n"): (typeof documents)["\n  mutation ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCustomer($customerId: ID!, $reason: String!) { eraseCustomer(customerId: $customerId, reason: $reason) { id name erasedAt } }\n"): (typeof documents)["\n  mutation EraseCustomer($customerId: ID!, $reason: String!) { eraseCustomer(customerId: $customerId, reason: $reason) { id name erasedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($customerId: ID!, $page: Int!, $perPage: Int!, $kinds: [TimelineKind!]) {\n    Customer(id: $customerId) {\n      id\n      timeline(page: $page, perPage: $perPage, kinds: $kinds) { id kind at title detail open status channel orderId escalationId supportCaseId feedbackId }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($customerId: ID!, $page: Int!, $perPage: Int!, $kinds: [TimelineKind!]) {\n    Customer(id: $customerId) {\n      id\n      timeline(page: $page, perPage: $perPage, kinds: $kinds) { id kind at title detail open status channel orderId escalationId supportCaseId feedbackId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCallTask($id: ID!, $outcome: String!) {\n    completeCallTask(id: $id, outcome: $outcome) { id status outcome completedAt overdue availableActions { action enabled reason } }\n  }\n"): (typeof documents)["\n  mutation CompleteCallTask($id: ID!, $outcome: String!) {\n    completeCallTask(id: $id, outcome: $outcome) { id status outcome completedAt overdue availableActions { action enabled reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    holdVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n"): (typeof documents)["\n  mutation HoldVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    holdVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    reinstateVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n"): (typeof documents)["\n  mutation ReinstateVendor($vendorId: ID!, $reason: String!, $expectedVersion: Int) {\n    reinstateVendor(vendorId: $vendorId, reason: $reason, expectedVersion: $expectedVersion) { id version status statusReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceOrder($orderId: ID!, $status: OrderStatus!, $finalPrice: Int) {\n    advanceOrder(orderId: $orderId, status: $status, finalPrice: $finalPrice) { id status finalPrice }\n  }\n"): (typeof documents)["\n  mutation AdvanceOrder($orderId: ID!, $status: OrderStatus!, $finalPrice: Int) {\n    advanceOrder(orderId: $orderId, status: $status, finalPrice: $finalPrice) { id status finalPrice }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($orderId: ID!, $reason: CancellationReason!, $note: String, $caseId: ID) {\n    cancelOrder(orderId: $orderId, reason: $reason, note: $note, caseId: $caseId) {\n      id status cancellationReason cancellationNote cancelledAt availableActions { action enabled reason }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($orderId: ID!, $reason: CancellationReason!, $note: String, $caseId: ID) {\n    cancelOrder(orderId: $orderId, reason: $reason, note: $note, caseId: $caseId) {\n      id status cancellationReason cancellationNote cancelledAt availableActions { action enabled reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignVendor($orderId: ID!, $vendorId: ID!) { assignVendor(orderId: $orderId, vendorId: $vendorId) { id vendor { id name } } }\n"): (typeof documents)["\n  mutation AssignVendor($orderId: ID!, $vendorId: ID!) { assignVendor(orderId: $orderId, vendorId: $vendorId) { id vendor { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOrder($orderId: ID!, $paymentReference: String!) {\n    completeOrder(orderId: $orderId, paymentReference: $paymentReference) { id status paymentReference }\n  }\n"): (typeof documents)["\n  mutation CompleteOrder($orderId: ID!, $paymentReference: String!) {\n    completeOrder(orderId: $orderId, paymentReference: $paymentReference) { id status paymentReference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Receipt($orderId: ID!) { receipt(orderId: $orderId) { number amount paidAt paymentReference url } }\n"): (typeof documents)["\n  query Receipt($orderId: ID!) { receipt(orderId: $orderId) { number amount paidAt paymentReference url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendReceipt($orderId: ID!, $channel: Channel!) { resendReceipt(orderId: $orderId, channel: $channel) { number url } }\n"): (typeof documents)["\n  mutation ResendReceipt($orderId: ID!, $channel: Channel!) { resendReceipt(orderId: $orderId, channel: $channel) { number url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { secret apiKey { id name scopes createdAt } }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { secret apiKey { id name scopes createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!, $expectedVersion: Int) { updateUser(id: $id, active: $active, expectedVersion: $expectedVersion) { id version active } }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!, $expectedVersion: Int) { updateUser(id: $id, active: $active, expectedVersion: $expectedVersion) { id version active } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewAfterAction on Review { id version status statusReason reply repliedAt publications { platform displayName excerpt rating publishedAt } }\n"): (typeof documents)["\n  fragment ReviewAfterAction on Review { id version status statusReason reply repliedAt publications { platform displayName excerpt rating publishedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortlistReview($reviewId: ID!, $overrideReason: String, $expectedVersion: Int) {\n    shortlistReview(reviewId: $reviewId, overrideReason: $overrideReason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"): (typeof documents)["\n  mutation ShortlistReview($reviewId: ID!, $overrideReason: String, $expectedVersion: Int) {\n    shortlistReview(reviewId: $reviewId, overrideReason: $overrideReason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReview($reviewId: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"): (typeof documents)["\n  mutation RejectReview($reviewId: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishReview($reviewId: ID!, $platforms: [PublishPlatform!]!, $creative: CreativeInput, $expectedVersion: Int) {\n    publishReview(reviewId: $reviewId, platforms: $platforms, creative: $creative, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"): (typeof documents)["\n  mutation PublishReview($reviewId: ID!, $platforms: [PublishPlatform!]!, $creative: CreativeInput, $expectedVersion: Int) {\n    publishReview(reviewId: $reviewId, platforms: $platforms, creative: $creative, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishReview($reviewId: ID!, $reason: String!, $expectedVersion: Int, $platforms: [PublishPlatform!]) {\n    unpublishReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion, platforms: $platforms) { ...ReviewAfterAction }\n  }\n"): (typeof documents)["\n  mutation UnpublishReview($reviewId: ID!, $reason: String!, $expectedVersion: Int, $platforms: [PublishPlatform!]) {\n    unpublishReview(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion, platforms: $platforms) { ...ReviewAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToReview($reviewId: ID!, $text: String!, $expectedVersion: Int) {\n    replyToReview(reviewId: $reviewId, text: $text, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"): (typeof documents)["\n  mutation ReplyToReview($reviewId: ID!, $text: String!, $expectedVersion: Int) {\n    replyToReview(reviewId: $reviewId, text: $text, expectedVersion: $expectedVersion) { ...ReviewAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmReviewOrder($reviewId: ID!, $orderId: ID!, $expectedVersion: Int) {\n    confirmReviewOrder(reviewId: $reviewId, orderId: $orderId, expectedVersion: $expectedVersion) {\n      id version orderId verifiedOrder orderMatchedAt checks { genuine passed }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmReviewOrder($reviewId: ID!, $orderId: ID!, $expectedVersion: Int) {\n    confirmReviewOrder(reviewId: $reviewId, orderId: $orderId, expectedVersion: $expectedVersion) {\n      id version orderId verifiedOrder orderMatchedAt checks { genuine passed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportReviewsCsv($csv: String!, $dryRun: Boolean) {\n    importReviewsCsv(csv: $csv, dryRun: $dryRun) {\n      dryRun created duplicates errors { row field message }\n      rows { row outcome source externalId authorName rating text postedAt errors { row field message } }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportReviewsCsv($csv: String!, $dryRun: Boolean) {\n    importReviewsCsv(csv: $csv, dryRun: $dryRun) {\n      dryRun created duplicates errors { row field message }\n      rows { row outcome source externalId authorName rating text postedAt errors { row field message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewImportTemplate { reviewImportTemplate { csv columns { name required description } } }\n"): (typeof documents)["\n  query ReviewImportTemplate { reviewImportTemplate { csv columns { name required description } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Testimonials($platform: PublishPlatform!) {\n    testimonials(platform: $platform) { id reviewId platform displayName excerpt rating publishedAt availableActions { action enabled reason } }\n  }\n"): (typeof documents)["\n  query Testimonials($platform: PublishPlatform!) {\n    testimonials(platform: $platform) { id reviewId platform displayName excerpt rating publishedAt availableActions { action enabled reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicySettings { policySettings { key value } }\n"): (typeof documents)["\n  query PolicySettings { policySettings { key value } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Analytics($from: DateTime!, $to: DateTime!) {\n    feedbackAnalytics(from: $from, to: $to) {\n      weekStart total positivePct negativePct averageRating topComplaint vendorIssuesFlagged newPublicReviews\n    }\n    reviewAnalytics(from: $from, to: $to) { weekStart source count averageRating averageSentiment }\n    sentimentHeatmap(from: $from, to: $to) { weekStart bucket count averageRating averageSentiment }\n    loopAnalytics(from: $from, to: $to) {\n      resolved recovered recoveryRate\n      teams { team escalations contacted slaHitRate medianMinutesToFirstContact medianMinutesToResolution }\n    }\n  }\n"): (typeof documents)["\n  query Analytics($from: DateTime!, $to: DateTime!) {\n    feedbackAnalytics(from: $from, to: $to) {\n      weekStart total positivePct negativePct averageRating topComplaint vendorIssuesFlagged newPublicReviews\n    }\n    reviewAnalytics(from: $from, to: $to) { weekStart source count averageRating averageSentiment }\n    sentimentHeatmap(from: $from, to: $to) { weekStart bucket count averageRating averageSentiment }\n    loopAnalytics(from: $from, to: $to) {\n      resolved recovered recoveryRate\n      teams { team escalations contacted slaHitRate medianMinutesToFirstContact medianMinutesToResolution }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAnalytics($from: DateTime!, $to: DateTime!, $groupBy: CaseAnalyticsGroup!) {\n    caseAnalytics(from: $from, to: $to, groupBy: $groupBy) {\n      group cases firstResponseMet firstResponseHitRate resolutionMet resolutionHitRate medianFirstResponseMinutes medianResolutionMinutes\n      reopened reopenRate rated resolutionCsat averageResolutionRating\n    }\n  }\n"): (typeof documents)["\n  query CaseAnalytics($from: DateTime!, $to: DateTime!, $groupBy: CaseAnalyticsGroup!) {\n    caseAnalytics(from: $from, to: $to, groupBy: $groupBy) {\n      group cases firstResponseMet firstResponseHitRate resolutionMet resolutionHitRate medianFirstResponseMinutes medianResolutionMinutes\n      reopened reopenRate rated resolutionCsat averageResolutionRating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy { id name } } }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableUsers($escalationId: ID!) { assignableUsers(escalationId: $escalationId) { id name roles } }\n"): (typeof documents)["\n  query AssignableUsers($escalationId: ID!) { assignableUsers(escalationId: $escalationId) { id name roles } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseAfterAction on SupportCase {\n    id version status team priority firstRespondedAt slaBreached slaPausedAt parkReason parkedUntil resolution resolvedAt\n    assignee { id name }\n    availableActions { action enabled reason }\n  }\n"): (typeof documents)["\n  fragment CaseAfterAction on SupportCase {\n    id version status team priority firstRespondedAt slaBreached slaPausedAt parkReason parkedUntil resolution resolvedAt\n    assignee { id name }\n    availableActions { action enabled reason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { ...CaseAfterAction number } }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { ...CaseAfterAction number } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToCase($caseId: ID!, $channel: Channel!, $body: String!, $expectedVersion: Int) {\n    replyToCase(caseId: $caseId, channel: $channel, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation ReplyToCase($caseId: ID!, $channel: Channel!, $body: String!, $expectedVersion: Int) {\n    replyToCase(caseId: $caseId, channel: $channel, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($caseId: ID!, $body: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation AddCaseNote($caseId: ID!, $body: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, body: $body, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParkCase($caseId: ID!, $status: CaseStatus!, $reason: String!, $until: DateTime, $expectedVersion: Int) {\n    parkCase(caseId: $caseId, status: $status, reason: $reason, until: $until, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation ParkCase($caseId: ID!, $status: CaseStatus!, $reason: String!, $until: DateTime, $expectedVersion: Int) {\n    parkCase(caseId: $caseId, status: $status, reason: $reason, until: $until, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateCase($caseId: ID!, $team: Team!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(caseId: $caseId, team: $team, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation EscalateCase($caseId: ID!, $team: Team!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(caseId: $caseId, team: $team, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($caseId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, resolution: $resolution, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($caseId: ID!, $resolution: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, resolution: $resolution, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($caseId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignCase(caseId: $caseId, userId: $userId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation AssignCase($caseId: ID!, $userId: ID, $expectedVersion: Int) {\n    assignCase(caseId: $caseId, userId: $userId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"): (typeof documents)["\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) { ...CaseAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAssignees($ids: [ID!]!) { allSupportCases(filter: { ids: $ids }, perPage: 500) { id version assignableUsers { id name } } }\n"): (typeof documents)["\n  query CaseAssignees($ids: [ID!]!) { allSupportCases(filter: { ids: $ids }, perPage: 500) { id version assignableUsers { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRules { caseRules { replyLimits { channel max } typeDefaults { type priority } } }\n"): (typeof documents)["\n  query CaseRules { caseRules { replyLimits { channel max } typeDefaults { type priority } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWork($items: [WorkItemInput!]!, $userId: ID) { assignWork(items: $items, userId: $userId) { id assignee { id name } } }\n"): (typeof documents)["\n  mutation AssignWork($items: [WorkItemInput!]!, $userId: ID) { assignWork(items: $items, userId: $userId) { id assignee { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyAfterAction on MoneyRequest {\n    id version kind status amount rule fraudScore decidedAt decisionNote\n    decidedBy { id name }\n  }\n"): (typeof documents)["\n  fragment MoneyAfterAction on MoneyRequest {\n    id version kind status amount rule fraudScore decidedAt decisionNote\n    decidedBy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMoney($input: ProposeMoneyInput!) { proposeMoney(input: $input) { ...MoneyAfterAction } }\n"): (typeof documents)["\n  mutation ProposeMoney($input: ProposeMoneyInput!) { proposeMoney(input: $input) { ...MoneyAfterAction } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMoney($id: ID!, $note: String, $expectedVersion: Int) {\n    approveMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n"): (typeof documents)["\n  mutation ApproveMoney($id: ID!, $note: String, $expectedVersion: Int) {\n    approveMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMoney($id: ID!, $note: String!, $expectedVersion: Int) {\n    rejectMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n"): (typeof documents)["\n  mutation RejectMoney($id: ID!, $note: String!, $expectedVersion: Int) {\n    rejectMoney(id: $id, note: $note, expectedVersion: $expectedVersion) { ...MoneyAfterAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger($orderId: ID, $vendorId: ID) {\n    ledger(orderId: $orderId, vendorId: $vendorId) { balance entries { id kind party amount at reference } }\n  }\n"): (typeof documents)["\n  query Ledger($orderId: ID, $vendorId: ID) {\n    ledger(orderId: $orderId, vendorId: $vendorId) { balance entries { id kind party amount at reference } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;