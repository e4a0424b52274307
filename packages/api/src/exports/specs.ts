// What each export contains. Each reads its list (common/list.ts): the same filters (as JSON in
// ?filter=), the same scope, in the list's keyset order (createdAt or importedAt, then id).
import { refId } from '../common/lean.js';
import { CHECK_NAMES } from '../modules/reviews/shortlist.policy.js';
import { exportOf, type ExportSpec } from './exports.router.js';

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
    cells: (e, services) => [e.id, e.createdAt, refId(e.order), e.status, e.category, e.team, e.firstContactDueAt, e.firstContactAt, services.escalations.slaBreached(e), e.resolvedAt, e.closedAt, e.resolution],
  }),
  reviews: exportOf({
    operation: 'allReviews',
    columns: ['id', 'importedAt', 'source', 'externalId', 'authorName', 'rating', 'postedAt', 'sentimentScore', 'status', 'statusReason', ...CHECK_NAMES, 'text', 'reply'],
    list: (services) => services.reviews.reviewList,
    cells: (r) => [r.id, r.importedAt, r.source, r.externalId, r.authorName, r.rating, r.postedAt, r.sentimentScore, r.status, r.statusReason,
      ...CHECK_NAMES.map((check) => r.checks[check]), r.text, r.reply],
  }),
};
