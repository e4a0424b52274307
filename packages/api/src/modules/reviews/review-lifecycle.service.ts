// RV2–RV5: what happens to a review after import — shortlist (the five checks again, RV3's
// override), reject, publish, unpublish, reply, a person confirming the order it is about — and
// what the caller may do next. Each mutation locks the review and is one transaction with its
// audit event.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { AvailableAction } from '../../common/actions.js';
import { checkVersionAudited, recordAudit } from '../../common/audit.js';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { ReviewStatus, type PublishPlatform } from '../../common/enums.js';
import { findOrFail } from '../../common/find.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { nextStates } from '../../common/state-machine.js';
import { User } from '../access/user.entity.js';
import { actorOf, rolesOf, type Principal } from '../access/principal.js';
import { Order } from '../orders/order.entity.js';
import { decideConfirmOrder, matchOrder } from './order-match.policy.js';
import { Publication } from './publication.entity.js';
import { currentChecks } from './review-checks.js';
import { matchCandidates } from './review-match.js';
import { REVIEW_TRANSITIONS } from './review-state.js';
import { availableActions, decidePublish, decideReject, decideReply, decideUnpublish, publicationActions, type PublicationAction, type ReviewAction } from './review.policy.js';
import { Review } from './review.entity.js';
import { decideShortlist } from './shortlist.policy.js';
import { StoredChecks } from './stored-checks.embeddable.js';

const userRef = (em: EntityManager, principal: Principal) => (principal.kind === 'USER' ? em.getReference(User, principal.id) : null);

export class ReviewLifecycleService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
  ) {}

  async shortlistReview(em: EntityManager, principal: Principal, id: string, overrideReason?: string | null, expectedVersion?: number | null): Promise<Review> {
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, id, expectedVersion);
      const { checks, genuineNote } = await currentChecks(tem, review, this.policy);
      const decision = orThrow(decideShortlist({ status: review.status, checks, genuineNote }, overrideReason, rolesOf(principal)));
      const now = this.clock.now();
      const from = review.status;
      review.checks = StoredChecks.of(checks, genuineNote);
      review.overriddenChecks = decision.overridden.length ? decision.overridden : null;
      this.setStatus(tem, principal, review, decision.to, decision.reason, now);
      this.audit(tem, principal, review, now, 'REVIEW_SHORTLISTED', decision.overridden.length ? 'RV3' : 'RV2', { from, to: decision.to, checks, genuineNote, overridden: decision.overridden, overrideReason: decision.reason });
      return review;
    });
  }

  async rejectReview(em: EntityManager, principal: Principal, id: string, reason: string, expectedVersion?: number | null): Promise<Review> {
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, id, expectedVersion);
      const decision = orThrow(decideReject(review.status, reason));
      const now = this.clock.now();
      const from = review.status;
      this.setStatus(tem, principal, review, decision.to, decision.reason, now);
      this.audit(tem, principal, review, now, 'REVIEW_REJECTED', 'RV5', { from, to: decision.to, reason: decision.reason });
      return review;
    });
  }

  async publishReview(
    em: EntityManager,
    principal: Principal,
    id: string,
    platforms: PublishPlatform[],
    creative?: { displayName?: string | null; excerpt?: string | null } | null,
    expectedVersion?: number | null,
  ): Promise<Review> {
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, id, expectedVersion);
      const live = await tem.find(Publication, { review: review.id, unpublishedAt: null });
      const livePlatforms = live.map((p) => p.platform);
      const decision = orThrow(
        decidePublish({ status: review.status, authorName: review.authorName, text: review.text, livePlatforms }, platforms, creative),
      );
      // Already live everywhere asked: a retry or a double click publishes nothing twice.
      if (decision.newPlatforms.length === 0) return review;
      const now = this.clock.now();
      for (const platform of decision.newPlatforms) {
        tem.create(Publication, {
          review,
          platform,
          displayName: decision.displayName,
          excerpt: decision.excerpt,
          rating: review.rating,
          publishedAt: now,
          publishedBy: userRef(tem, principal),
        });
      }
      const from = review.status;
      if (from !== ReviewStatus.PUBLISHED) this.setStatus(tem, principal, review, decision.to, null, now);
      this.audit(tem, principal, review, now, 'REVIEW_PUBLISHED', 'RV4', {
        from,
        to: decision.to,
        platforms: decision.newPlatforms,
        alreadyLive: livePlatforms,
        displayName: decision.displayName,
        excerpt: decision.excerpt,
      });
      return review;
    });
  }

  /** RV5: down from the given platforms, or from every one; the publications stay as history. */
  async unpublishReview(
    em: EntityManager,
    principal: Principal,
    id: string,
    reason: string,
    expectedVersion?: number | null,
    platforms?: PublishPlatform[] | null,
  ): Promise<Review> {
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, id, expectedVersion);
      const live = await tem.find(Publication, { review: review.id, unpublishedAt: null });
      const decision = orThrow(decideUnpublish(review.status, reason, platforms ?? null, live.map((p) => p.platform)));
      const now = this.clock.now();
      const down = live.filter((p) => decision.platforms.includes(p.platform));
      for (const p of down) {
        p.unpublishedAt = now;
        p.unpublishReason = decision.reason;
        p.unpublishedBy = userRef(tem, principal);
      }
      const from = review.status;
      // Still live elsewhere: the status (and its reason) stay those of the publishing.
      if (decision.to !== from) this.setStatus(tem, principal, review, decision.to, decision.reason, now);
      this.audit(tem, principal, review, now, 'REVIEW_UNPUBLISHED', 'RV5', {
        from,
        to: decision.to,
        reason: decision.reason,
        platforms: down.map((p) => p.platform),
        stillLive: live.filter((p) => !down.includes(p)).map((p) => p.platform),
      });
      return review;
    });
  }

  /** RV5: the reply is kept on the review (SOP 001 §8 step 5, the "Review Replies" record). */
  async replyToReview(em: EntityManager, principal: Principal, id: string, text: string, expectedVersion?: number | null): Promise<Review> {
    const decision = orThrow(decideReply(text));
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, id, expectedVersion);
      const now = this.clock.now();
      const previous = review.reply ?? null;
      review.reply = decision.text;
      review.repliedAt = now;
      review.repliedBy = userRef(tem, principal);
      this.audit(tem, principal, review, now, 'REVIEW_REPLIED', 'RV5', { reply: decision.text, previous });
      return review;
    });
  }

  /**
   * RV2: a person confirms that the review is about this order (usually one of
   * Review.suggestedOrders). The review keeps its status; its checks run again, so with the
   * COMPLETED order genuine passes as "Verified order". Who confirmed and when stay on the
   * review and in its timeline.
   */
  async confirmReviewOrder(em: EntityManager, principal: Principal, reviewId: string, orderId: string, expectedVersion?: number | null): Promise<Review> {
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, reviewId, expectedVersion);
      const linked = review.order ? await tem.findOne(Order, { id: review.order.id }) : null;
      // The order's row lock: it cannot be returned meanwhile, and two reviews from one platform
      // confirming the same order go one after the other (the second sees the first).
      const order = await findOrFail(tem, Order, orderId, 'Order', { lockMode: LockMode.PESSIMISTIC_WRITE });
      const [candidate] = await matchCandidates(tem, review, { id: order.id });
      orThrow(decideConfirmOrder({
        review: { linkedOrderRef: linked?.externalRef ?? null },
        order: { externalRef: order.externalRef, status: order.status, linkedToAnotherReviewFromSameSource: candidate.linkedToAnotherReviewFromSameSource },
      }));
      const match = matchOrder(review, candidate);
      const { checks, genuineNote } = await currentChecks(tem, review, this.policy, order);
      const now = this.clock.now();
      review.order = order;
      review.orderMatchedAt = now;
      review.orderMatchedBy = userRef(tem, principal);
      review.checks = StoredChecks.of(checks, genuineNote);
      this.audit(tem, principal, review, now, 'REVIEW_ORDER_CONFIRMED', 'RV2', {
        orderId: order.id,
        externalRef: order.externalRef,
        // Whether the order was among the suggestions, and how it matched: a person may link one the rule did not find.
        suggested: match !== null,
        nameMatch: match?.nameMatch ?? null,
        deviceMatch: match?.deviceMatch ?? null,
        checks,
        genuineNote,
      });
      return review;
    });
  }

  private setStatus(em: EntityManager, principal: Principal, review: Review, to: ReviewStatus, reason: string | null, now: Date): void {
    review.status = to;
    review.statusReason = reason;
    review.statusChangedAt = now;
    review.statusChangedBy = userRef(em, principal);
  }

  /** One audit event on the review (RV5: who, when, which rule), linked to its order. */
  private audit(tem: EntityManager, principal: Principal, review: Review, now: Date, action: string, rule: string, data: Record<string, unknown>): void {
    recordAudit(tem, actorOf(principal), now, { action, entityType: 'Review', entityId: review.id, orderId: review.order?.id ?? null, rule, data });
  }

  /** Row lock: two people acting on one review go one after the other, each seeing the other's result. */
  private async lockReview(em: EntityManager, id: string, expectedVersion?: number | null): Promise<Review> {
    const review = await findOrFail(em, Review, id, 'Review', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    await checkVersionAudited(em, 'Review', review, expectedVersion);
    return review;
  }

  /** The statuses the review can move to (the admin shows only these actions). */
  nextStatuses(review: Review, principal: Principal | null): ReviewStatus[] {
    return nextStates(REVIEW_TRANSITIONS, review.status, rolesOf(principal));
  }

  /** What the caller can do with this review now (the admin's buttons), from its stored checks. */
  availableActions(review: Review, principal: Principal | null): AvailableAction<ReviewAction>[] {
    return availableActions({ status: review.status, checks: review.checks }, principal, this.policy);
  }

  /** What the caller can do with one publication (taking it down from its platform). */
  publicationActions(publication: Publication, principal: Principal | null): AvailableAction<PublicationAction>[] {
    return publicationActions(publication, principal);
  }
}
