// What each export contains. Filters are the list queries' filters (as JSON in ?filter=).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Escalation } from '../modules/escalations/escalation.entity.js';
import { Feedback } from '../modules/feedback/feedback.entity.js';
import { Review } from '../modules/reviews/review.entity.js';
import type { ExportSpec } from './exports.router.js';

// The keyset is (createdAt, id). Every timestamp is written from a JavaScript Date, so it has
// millisecond precision and compares exactly with the cursor.
const after = (c: { at: Date; id: string } | null, field: string) =>
  c ? { $or: [{ [field]: { $gt: c.at } }, { [field]: c.at, id: { $gt: c.id } }] } : {};

export const EXPORTS: Record<string, ExportSpec> = {
  feedback: {
    operation: 'allFeedback',
    columns: ['id', 'createdAt', 'orderId', 'touchpoint', 'rating', 'route', 'channel', 'vendorBehaviour', 'pickupExperience', 'paymentSpeed', 'vendorTimeliness', 'vendorProfessionalism', 'comment'],
    async batch(em: EntityManager, filter, cursor, limit, services, principal) {
      const where = services.feedback.feedbackList.where(principal, filter as never);
      const rows = await em.find(Feedback, { $and: [where, after(cursor, 'createdAt')] } as never, { orderBy: { createdAt: 'asc', id: 'asc' }, limit });
      return rows.map((f) => ({
        cursor: { at: f.createdAt, id: f.id },
        cells: [f.id, f.createdAt, f.order.id, f.touchpoint, f.rating, f.route, f.channel, f.vendorBehaviour, f.pickupExperience, f.paymentSpeed, f.vendorTimeliness, f.vendorProfessionalism, f.comment],
      }));
    },
  },
  escalations: {
    operation: 'allEscalations',
    columns: ['id', 'createdAt', 'orderId', 'status', 'category', 'team', 'firstContactDueAt', 'firstContactAt', 'slaBreached', 'resolvedAt', 'closedAt', 'resolution'],
    async batch(em: EntityManager, filter, cursor, limit, services, principal) {
      const where = services.escalations.escalationList.where(principal, filter as never);
      const rows = await em.find(Escalation, { $and: [where, after(cursor, 'createdAt')] } as never, { orderBy: { createdAt: 'asc', id: 'asc' }, limit });
      return rows.map((e) => ({
        cursor: { at: e.createdAt, id: e.id },
        cells: [e.id, e.createdAt, e.order.id, e.status, e.category, e.team, e.firstContactDueAt, e.firstContactAt, services.escalations.slaBreached(e), e.resolvedAt, e.closedAt, e.resolution],
      }));
    },
  },
  reviews: {
    operation: 'allReviews',
    columns: ['id', 'importedAt', 'source', 'externalId', 'authorName', 'rating', 'postedAt', 'sentimentScore', 'status', 'statusReason', 'genuine', 'positiveSentiment', 'clearValue', 'mentionsBrand', 'relevantDevice', 'text', 'reply'],
    async batch(em: EntityManager, filter, cursor, limit, services, principal) {
      const where = services.reviews.reviewList.where(principal, filter as never);
      const rows = await em.find(Review, { $and: [where, after(cursor, 'importedAt')] } as never, { orderBy: { importedAt: 'asc', id: 'asc' }, limit });
      return rows.map((r) => ({
        cursor: { at: r.importedAt, id: r.id },
        cells: [r.id, r.importedAt, r.source, r.externalId, r.authorName, r.rating, r.postedAt, r.sentimentScore, r.status, r.statusReason,
          r.checkGenuine, r.checkPositiveSentiment, r.checkClearValue, r.checkMentionsBrand, r.checkRelevantDevice, r.text, r.reply],
      }));
    },
  },
};
