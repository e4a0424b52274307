// RV2: the completed orders a review without one may be about, read for order-match.policy.ts
// (suggestions, and the check when a person confirms one).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { OrderStatus } from '../../common/enums.js';
import { likePattern } from '../../common/list-args.js';
import { Order } from '../orders/order.entity.js';
import { completionWindow, searchableNameWords, type MatchCandidate } from './order-match.policy.js';
import { Review } from './review.entity.js';

type ReviewFacts = Pick<Review, 'id' | 'source' | 'authorName' | 'postedAt'>;

/** Enough candidates for any real name; the policy keeps the handful that match. */
const CANDIDATE_LIMIT = 200;

/** Orders as the policy reads them, with whether another review from the review's platform already has each. */
export async function matchCandidates(em: EntityManager, review: ReviewFacts, where: FilterQuery<Order>): Promise<MatchCandidate[]> {
  const orders = await em.find(Order, where, { populate: ['customer'], orderBy: { completedAt: 'desc', id: 'asc' }, limit: CANDIDATE_LIMIT });
  if (orders.length === 0) return [];
  const taken = await em.find(
    Review,
    { order: { $in: orders.map((o) => o.id) }, source: review.source, id: { $ne: review.id } },
    { fields: ['id', 'order'] },
  );
  const takenIds = new Set(taken.map((r) => r.order?.id));
  return orders.map((o) => ({
    orderId: o.id,
    externalRef: o.externalRef,
    status: o.status,
    completedAt: o.completedAt ?? null,
    customerName: o.customer.name,
    deviceCategory: o.deviceCategory,
    deviceModel: o.deviceModel,
    linkedToAnotherReviewFromSameSource: takenIds.has(o.id),
  }));
}

/**
 * The orders that can match by time and name: COMPLETED within the window before the review,
 * for a customer (not erased) whose name has one of the author's spelled-out words. The
 * policy then decides on the exact name rule (initials) and the device.
 */
export function candidateOrders(em: EntityManager, review: ReviewFacts): Promise<MatchCandidate[]> {
  const words = searchableNameWords(review.authorName);
  if (words.length === 0) return Promise.resolve([]);
  const { from, to } = completionWindow(review.postedAt);
  return matchCandidates(em, review, {
    status: OrderStatus.COMPLETED,
    completedAt: { $gte: from, $lte: to },
    customer: { erasedAt: null, $or: words.map((w) => ({ name: { $ilike: likePattern(w) } })) },
  });
}
