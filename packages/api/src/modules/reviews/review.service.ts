// Reviews and testimonials (RV1–RV5): import with sentiment and the five checks, shortlist,
// reject, publish, unpublish, reply. Each mutation is one transaction with its audit events.
import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { AvailableAction } from '../../common/actions.js';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { ReviewSource, ReviewStatus, type PublishPlatform } from '../../common/enums.js';
import { badInput, checkVersion } from '../../common/errors.js';
import { findOrFail, isUuid } from '../../common/find.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { nextStates } from '../../common/state-machine.js';
import { recordAudit } from '../../common/audit.js';
import { User } from '../access/user.entity.js';
import { actorOf, rolesOf, type Principal } from '../access/principal.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { Order } from '../orders/order.entity.js';
import { Publication } from './publication.entity.js';
import { parseReviewsCsv, type RowError } from './review-csv.js';
import { MAX_REVIEWS_PER_IMPORT, reviewKey, validateReview, type CleanReview, type RawReview } from './review-import.policy.js';
import { REVIEW_TRANSITIONS } from './review-state.js';
import { availableActions, decidePublish, decideReject, decideReply, decideUnpublish, defaultCreative, type ReviewAction } from './review.policy.js';
import { Review } from './review.entity.js';
import { defineReviewList } from './review.list.js';
import { sentimentScore } from './sentiment.js';
import { StoredChecks } from './stored-checks.embeddable.js';
import { checkDetails, decideShortlist, evaluateChecks, normaliseText, type ShortlistCheckDetail, type ShortlistChecks } from './shortlist.policy.js';

export interface ImportOutcome {
  created: number;
  duplicates: number;
  reviews: Review[];
}

export interface CsvImportOutcome extends ImportOutcome {
  errors: RowError[];
}

type ImportVia = 'importReviews' | 'importReviewsCsv' | 'createReviewFromFeedback';

// Texts with no letters or digits (emoji only) normalise to "": they are not copies of each other.
const duplicateKey = (normalised: string) => (normalised === '' ? null : normalised);

const userRef = (em: EntityManager, principal: Principal) => (principal.kind === 'USER' ? em.getReference(User, principal.id) : null);

export class ReviewService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
  ) {}

  /** The inbox: allReviews, its count and the CSV export. */
  readonly reviewList = defineReviewList(this.clock);

  /** RV1 over the API: the first bad review refuses the whole batch, naming it (`reviews[3].text`). */
  async importReviews(em: EntityManager, principal: Principal, inputs: RawReview[]): Promise<ImportOutcome> {
    if (inputs.length === 0) throw badInput('reviews', 'Send at least one review.');
    if (inputs.length > MAX_REVIEWS_PER_IMPORT) {
      throw badInput('reviews', `At most ${MAX_REVIEWS_PER_IMPORT} reviews per call; this one has ${inputs.length}.`);
    }
    const now = this.clock.now();
    const rows = inputs.map((raw, i) => {
      const checked = validateReview(raw, now);
      if (!checked.ok) {
        const [e] = checked.errors;
        throw badInput(`reviews[${i}].${e.field}`, `reviews[${i}]: ${e.message}`);
      }
      return checked.value;
    });
    return em.transactional(async (tem) => {
      const orders = await this.linkedOrders(tem, rows);
      const i = rows.findIndex((r) => r.orderId && !orders.has(r.orderId));
      if (i >= 0) throw badInput(`reviews[${i}].orderId`, `reviews[${i}]: order ${rows[i].orderId} does not exist.`);
      return this.insert(tem, principal, rows, orders, now, 'importReviews');
    });
  }

  /**
   * RV1 from a spreadsheet. Row problems come back as a report with nothing imported (the whole
   * file or nothing, so a fixed file can simply be sent again); an unreadable file is refused.
   */
  async importReviewsCsv(em: EntityManager, principal: Principal, csv: string): Promise<CsvImportOutcome> {
    const now = this.clock.now();
    const parsed = orThrow(parseReviewsCsv(csv, now));
    return em.transactional(async (tem) => {
      const reviews = parsed.rows.map((r) => r.review);
      const orders = await this.linkedOrders(tem, reviews);
      const orderErrors: RowError[] = parsed.rows
        .filter((r) => r.review.orderId && !orders.has(r.review.orderId))
        .map((r) => ({ row: r.row, field: 'orderId', message: `Order ${r.review.orderId} does not exist.` }));
      const errors = [...parsed.errors, ...orderErrors].sort((a, b) => a.row - b.row);
      if (errors.length) return { created: 0, duplicates: 0, reviews: [], errors };
      return { ...(await this.insert(tem, principal, reviews, orders, now, 'importReviewsCsv')), errors: [] };
    });
  }

  /** Positive internal feedback becomes an INTERNAL review, only with the customer's consent recorded. */
  async createReviewFromFeedback(em: EntityManager, principal: Principal, feedbackId: string, consentNote: string): Promise<Review> {
    if (!consentNote.trim()) {
      throw badInput('consentNote', "Record the customer's consent (how and when they agreed) before their feedback is used publicly.");
    }
    return em.transactional(async (tem) => {
      const feedback = await findOrFail(tem, Feedback, feedbackId, 'Feedback', { populate: ['order', 'order.customer'] } as never);
      // The feedback id is the review's externalId: asking twice returns the same review.
      const existing = await tem.findOne(Review, { source: ReviewSource.INTERNAL, externalId: feedback.id });
      if (existing) return existing;
      const comment = feedback.comment?.trim() ?? '';
      if (feedback.rating < 4 || !comment) {
        throw badInput(
          'feedbackId',
          `Only 4–5 star feedback with a comment can become a testimonial candidate; this one is rated ${feedback.rating}${comment ? '' : ' with no comment'}.`,
        );
      }
      const now = this.clock.now();
      const order = feedback.order as Order;
      const checked = validateReview(
        {
          source: ReviewSource.INTERNAL,
          externalId: feedback.id,
          authorName: order.customer.name,
          rating: feedback.rating,
          text: comment,
          postedAt: feedback.createdAt,
          orderId: order.id,
          consentNote,
        },
        now,
      );
      if (!checked.ok) {
        const [e] = checked.errors;
        throw badInput(e.field === 'consentNote' ? 'consentNote' : 'feedbackId', e.message);
      }
      const out = await this.insert(tem, principal, [checked.value], new Map([[order.id, order]]), now, 'createReviewFromFeedback');
      // A concurrent call may have created it while this one waited for the import lock.
      return out.reviews[0] ?? tem.findOneOrFail(Review, { source: ReviewSource.INTERNAL, externalId: feedback.id });
    });
  }

  private async linkedOrders(em: EntityManager, rows: CleanReview[]): Promise<Map<string, Order>> {
    const ids = [...new Set(rows.map((r) => r.orderId).filter((id): id is string => !!id && isUuid(id)))];
    if (ids.length === 0) return new Map();
    const orders = await em.find(Order, { id: { $in: ids } });
    return new Map(orders.map((o) => [o.id, o]));
  }

  private async insert(
    em: EntityManager,
    principal: Principal,
    rows: CleanReview[],
    orders: Map<string, Order>,
    now: Date,
    via: ImportVia,
  ): Promise<ImportOutcome> {
    // Imports run one at a time: two batches carrying the same review or the same text then
    // see each other, so duplicates are counted and the genuine check stays consistent.
    await em.execute(`select pg_advisory_xact_lock(hashtext('cxloop.review-import'))`);
    const known = new Set(
      (await em.find(Review, { $or: rows.map((r) => ({ source: r.source, externalId: r.externalId })) })).map(reviewKey),
    );
    const fresh: CleanReview[] = [];
    let duplicates = 0;
    for (const r of rows) {
      const key = reviewKey(r);
      if (known.has(key)) duplicates++;
      else {
        known.add(key);
        fresh.push(r);
      }
    }
    if (fresh.length === 0) return { created: 0, duplicates, reviews: [] };

    const texts = fresh.map((r) => normaliseText(r.text));
    const keys = [...new Set(texts.map(duplicateKey).filter((k): k is string => k !== null))];
    const sameText = keys.length ? await em.find(Review, { normalisedText: { $in: keys } }) : [];
    const copies = new Map<string, number>();
    for (const t of [...texts, ...sameText.map((r) => r.normalisedText)]) copies.set(t, (copies.get(t) ?? 0) + 1);

    const importId = randomUUID();
    const actor = actorOf(principal);
    const created = fresh.map((r, i) => {
      const sentiment = sentimentScore(r.text);
      const order = r.orderId ? orders.get(r.orderId)! : null;
      const key = duplicateKey(texts[i]);
      const checks = evaluateChecks(
        { rating: r.rating, text: r.text, sentiment, hasDuplicateText: key !== null && copies.get(key)! > 1, linkedOrderStatus: order?.status ?? null },
        this.policy,
      );
      const review = em.create(Review, {
        source: r.source,
        externalId: r.externalId,
        authorName: r.authorName,
        rating: r.rating,
        text: r.text,
        normalisedText: texts[i],
        postedAt: r.postedAt,
        sentimentScore: sentiment,
        order,
        status: ReviewStatus.NEW,
        consentNote: r.consentNote,
        consentRecordedAt: r.consentNote ? now : null,
        importedAt: now,
        checks: StoredChecks.of(checks),
      });
      recordAudit(em, actor, now, {
        action: 'REVIEW_IMPORTED',
        entityType: 'Review',
        entityId: review.id,
        orderId: order?.id ?? null,
        rule: 'RV1',
        data: { importId, via, source: r.source, externalId: r.externalId, rating: r.rating, sentimentScore: sentiment, checks },
      });
      return review;
    });

    // RV2's genuine check is symmetric: the earlier copy is no longer genuine either. Its status
    // is left alone (a person decides what to do with a published copy); the flag and the
    // timeline show what happened.
    for (const earlier of sameText) {
      if (!earlier.checks.genuine) continue;
      earlier.checks.genuine = false;
      recordAudit(em, actor, now, {
        action: 'REVIEW_CHECKS_CHANGED',
        entityType: 'Review',
        entityId: earlier.id,
        orderId: earlier.order?.id ?? null,
        rule: 'RV2',
        data: {
          importId,
          genuine: false,
          why: 'A review with the same text was imported.',
          sameTextAs: created.filter((c) => c.normalisedText === earlier.normalisedText).map((c) => c.id),
        },
      });
    }
    return { created: created.length, duplicates, reviews: created };
  }

  /** The five checks from the data as it is now: orders complete or are returned after import. */
  private async currentChecks(em: EntityManager, review: Review): Promise<ShortlistChecks> {
    const key = duplicateKey(review.normalisedText);
    const copies = key ? await em.count(Review, { normalisedText: key, id: { $ne: review.id } }) : 0;
    const order = review.order ? await em.findOne(Order, { id: review.order.id }) : null;
    return evaluateChecks(
      { rating: review.rating, text: review.text, sentiment: review.sentimentScore, hasDuplicateText: copies > 0, linkedOrderStatus: order?.status ?? null },
      this.policy,
    );
  }

  async shortlistReview(em: EntityManager, principal: Principal, id: string, overrideReason?: string | null, expectedVersion?: number | null): Promise<Review> {
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, id, expectedVersion);
      const checks = await this.currentChecks(tem, review);
      const decision = orThrow(decideShortlist({ status: review.status, checks }, overrideReason, rolesOf(principal)));
      const now = this.clock.now();
      const from = review.status;
      review.checks = StoredChecks.of(checks);
      review.overriddenChecks = decision.overridden.length ? decision.overridden : null;
      this.setStatus(tem, principal, review, decision.to, decision.reason, now);
      recordAudit(tem, actorOf(principal), now, {
        action: 'REVIEW_SHORTLISTED',
        entityType: 'Review',
        entityId: review.id,
        orderId: review.order?.id ?? null,
        rule: decision.overridden.length ? 'RV3' : 'RV2',
        data: { from, to: decision.to, checks, overridden: decision.overridden, overrideReason: decision.reason },
      });
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
      recordAudit(tem, actorOf(principal), now, {
        action: 'REVIEW_REJECTED',
        entityType: 'Review',
        entityId: review.id,
        orderId: review.order?.id ?? null,
        rule: 'RV5',
        data: { from, to: decision.to, reason: decision.reason },
      });
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
      recordAudit(tem, actorOf(principal), now, {
        action: 'REVIEW_PUBLISHED',
        entityType: 'Review',
        entityId: review.id,
        orderId: review.order?.id ?? null,
        rule: 'RV4',
        data: {
          from,
          to: decision.to,
          platforms: decision.newPlatforms,
          alreadyLive: livePlatforms,
          displayName: decision.displayName,
          excerpt: decision.excerpt,
        },
      });
      return review;
    });
  }

  async unpublishReview(em: EntityManager, principal: Principal, id: string, reason: string, expectedVersion?: number | null): Promise<Review> {
    return em.transactional(async (tem) => {
      const review = await this.lockReview(tem, id, expectedVersion);
      const decision = orThrow(decideUnpublish(review.status, reason));
      const now = this.clock.now();
      const live = await tem.find(Publication, { review: review.id, unpublishedAt: null });
      for (const p of live) {
        p.unpublishedAt = now;
        p.unpublishReason = decision.reason;
        p.unpublishedBy = userRef(tem, principal);
      }
      const from = review.status;
      this.setStatus(tem, principal, review, decision.to, decision.reason, now);
      recordAudit(tem, actorOf(principal), now, {
        action: 'REVIEW_UNPUBLISHED',
        entityType: 'Review',
        entityId: review.id,
        orderId: review.order?.id ?? null,
        rule: 'RV5',
        data: { from, to: decision.to, reason: decision.reason, platforms: live.map((p) => p.platform) },
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
      recordAudit(tem, actorOf(principal), now, {
        action: 'REVIEW_REPLIED',
        entityType: 'Review',
        entityId: review.id,
        orderId: review.order?.id ?? null,
        rule: 'RV5',
        data: { reply: decision.text, previous },
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

  /** Row lock: two people acting on one review go one after the other, each seeing the other's result. */
  private async lockReview(em: EntityManager, id: string, expectedVersion?: number | null): Promise<Review> {
    const review = await findOrFail(em, Review, id, 'Review', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    checkVersion('review', review.version, expectedVersion);
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
