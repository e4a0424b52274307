// Reviews and testimonials (RV1–RV5): the module's one entry. Its three import paths
// (review-import.service.ts) and the review's lifecycle (review-lifecycle.service.ts) are parts
// of it; what only reads is here: the inbox list, the checks as the admin shows them, whether
// the review has a verified order and which orders it may be about, the default creative and
// the live testimonials.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import type { PublishPlatform } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { refId, type Lean } from '../../common/lean.js';
import type { Loaders } from '../../common/loaders.js';
import { Order } from '../orders/order.entity.js';
import { suggestOrderMatches, type OrderMatchSuggestion } from './order-match.policy.js';
import { Publication } from './publication.entity.js';
import { ReviewImportService } from './review-import.service.js';
import { ReviewLifecycleService } from './review-lifecycle.service.js';
import { defaultCreative } from './review.policy.js';
import type { Review } from './review.entity.js';
import { defineReviewList } from './review.list.js';
import { candidateOrders } from './review-match.js';
import { checkDetails, failedChecks, isVerifiedOrder, type ShortlistCheckDetail, type ShortlistChecks } from './shortlist.policy.js';

/** A review as the field resolvers get it: an entity (a mutation's result) or a list's lean row. */
type ReviewRow = Review | Lean<Review>;

export class ReviewService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
  ) {}

  /** RV1: importReviews, importReviewsCsv and createReviewFromFeedback. */
  readonly imports = new ReviewImportService(this.clock, this.policy);
  /** RV2–RV5: shortlist, reject, publish, unpublish, reply; nextStatuses and availableActions. */
  readonly lifecycle = new ReviewLifecycleService(this.clock, this.policy);
  /** The inbox: allReviews, its count and the CSV export. */
  readonly reviewList = defineReviewList(this.clock);

  /** The stored checks and whether all five pass (RV2). */
  checks(review: ReviewRow): ShortlistChecks & { passed: boolean } {
    return { ...review.checks, passed: failedChecks(review.checks).length === 0 };
  }

  /** The stored checks with what each asks, whether it may be overridden and genuine's note (RV2, RV3). */
  checkDetails(review: ReviewRow): ShortlistCheckDetail[] {
    return checkDetails(review.checks, this.policy);
  }

  /** RV2 "Verified order": linked to an order that is COMPLETED now (batched over a list's rows). */
  async verifiedOrder(loaders: Loaders, review: ReviewRow): Promise<boolean> {
    const order = await loaders.related(Order, review.order);
    return isVerifiedOrder(order?.status);
  }

  /** RV2: the completed orders a review without one may be about, best first; none once it has an order. */
  async suggestedOrders(em: EntityManager, review: ReviewRow): Promise<OrderMatchSuggestion[]> {
    if (refId(review.order)) return [];
    return suggestOrderMatches(review, await candidateOrders(em, review));
  }

  /** RV4: the display name and excerpt publishReview uses when none is given. */
  defaultCreative(review: Review) {
    return defaultCreative(review);
  }

  /** RV4: what is live on one platform, newest first (public). */
  testimonials(em: EntityManager, platform: PublishPlatform): Promise<Publication[]> {
    return em.find(Publication, { platform, unpublishedAt: null }, { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: 100 });
  }
}
