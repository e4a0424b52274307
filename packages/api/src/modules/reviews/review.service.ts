// Reviews and testimonials (RV1–RV5): the module's one entry. Its three import paths
// (review-import.service.ts) and the review's lifecycle (review-lifecycle.service.ts) are parts
// of it; what only reads is here: the inbox list, the checks as the admin shows them, the
// default creative and the live testimonials.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import type { PublishPlatform } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { Publication } from './publication.entity.js';
import { ReviewImportService } from './review-import.service.js';
import { ReviewLifecycleService } from './review-lifecycle.service.js';
import { defaultCreative } from './review.policy.js';
import type { Review } from './review.entity.js';
import { defineReviewList } from './review.list.js';
import { checkDetails, failedChecks, type ShortlistCheckDetail, type ShortlistChecks } from './shortlist.policy.js';

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
  checks(review: Review): ShortlistChecks & { passed: boolean } {
    return { ...review.checks, passed: failedChecks(review.checks).length === 0 };
  }

  /** The stored checks with what each asks and whether it may be overridden (RV2, RV3). */
  checkDetails(review: Review): ShortlistCheckDetail[] {
    return checkDetails(review.checks, this.policy);
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
