// RV1: three ways reviews come in — importReviews (the API), importReviewsCsv (a spreadsheet) and
// createReviewFromFeedback (positive internal feedback, with consent) — each validated its own
// way, then one insert: duplicates counted, sentiment scored, the five checks evaluated (RV2).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { orThrow } from '../../common/decision.js';
import { ReviewSource, ReviewStatus } from '../../common/enums.js';
import { badInput } from '../../common/errors.js';
import { findOrFail, isUuid } from '../../common/find.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { recordAudit } from '../../common/audit.js';
import { actorOf, type Principal } from '../access/principal.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { Order } from '../orders/order.entity.js';
import { csvRowOutcomes, parseReviewsCsv, type CsvRowOutcome, type RowError } from './review-csv.js';
import { duplicateKey, evaluate, linkedOrderOf } from './review-checks.js';
import { MAX_REVIEWS_PER_IMPORT, reviewKey, validateReview, type CleanReview, type RawReview } from './review-import.policy.js';
import { Review } from './review.entity.js';
import { sentimentScore } from '../sentiment/sentiment.js';
import { DUPLICATE_TEXT_NOTE, normaliseText } from './shortlist.policy.js';
import { StoredChecks } from './stored-checks.embeddable.js';

export interface ImportOutcome {
  created: number;
  duplicates: number;
  reviews: Review[];
  /** Per input row, whether it was a duplicate (nothing changed for it). */
  duplicate: boolean[];
}

export interface CsvImportOutcome extends ImportOutcome {
  dryRun: boolean;
  errors: RowError[];
  rows: CsvRowOutcome[];
}

type ImportVia = 'importReviews' | 'importReviewsCsv' | 'createReviewFromFeedback';

export class ReviewImportService {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicySettings,
  ) {}

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
   * A dryRun goes through the same reading and checks and writes nothing: the admin's preview
   * is what the import will do.
   */
  async importReviewsCsv(em: EntityManager, principal: Principal, csv: string, dryRun = false): Promise<CsvImportOutcome> {
    const now = this.clock.now();
    const parsed = orThrow(parseReviewsCsv(csv, now));
    return em.transactional(async (tem) => {
      const orders = await this.linkedOrders(tem, parsed.rows.map((r) => r.review));
      const orderErrors: RowError[] = parsed.rows
        .filter((r) => r.review.orderId && !orders.has(r.review.orderId))
        .map((r) => ({ row: r.row, field: 'orderId', message: `Order ${r.review.orderId} does not exist.` }));
      const errors = [...parsed.errors, ...orderErrors].sort((a, b) => a.row - b.row);
      const failed = new Set(errors.map((e) => e.row));
      const valid = parsed.rows.filter((r) => !failed.has(r.row));
      const reviews = valid.map((r) => r.review);
      const report = (duplicate: boolean[]) => csvRowOutcomes(parsed.all, errors, new Set(valid.filter((_, i) => duplicate[i]).map((r) => r.row)));
      if (errors.length || dryRun) {
        const duplicate = await this.duplicateFlags(tem, reviews);
        const dups = duplicate.filter(Boolean).length;
        const created = errors.length ? 0 : reviews.length - dups;
        return { dryRun, created, duplicates: errors.length ? 0 : dups, reviews: [], duplicate, errors, rows: report(duplicate) };
      }
      const out = await this.insert(tem, principal, reviews, orders, now, 'importReviewsCsv');
      return { ...out, dryRun: false, errors: [], rows: report(out.duplicate) };
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

  /** The one insert every import path ends in: known reviews counted as duplicates, the rest created with their checks. */
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
    const duplicate = await this.duplicateFlags(em, rows);
    const fresh = rows.filter((_, i) => !duplicate[i]);
    const duplicates = rows.length - fresh.length;
    if (fresh.length === 0) return { created: 0, duplicates, reviews: [], duplicate };

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
      const { checks, genuineNote } = evaluate(
        {
          source: r.source,
          rating: r.rating,
          text: r.text,
          sentiment,
          hasDuplicateText: key !== null && copies.get(key)! > 1,
          linkedOrder: linkedOrderOf(order),
        },
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
        checks: StoredChecks.of(checks, genuineNote),
      });
      recordAudit(em, actor, now, {
        action: 'REVIEW_IMPORTED',
        entityType: 'Review',
        entityId: review.id,
        orderId: order?.id ?? null,
        rule: 'RV1',
        data: { importId, via, source: r.source, externalId: r.externalId, rating: r.rating, sentimentScore: sentiment, checks, genuineNote },
      });
      return review;
    });

    // RV2's genuine check is symmetric: the earlier copy is no longer genuine either. Its status
    // is left alone (a person decides what to do with a published copy); the flag and the
    // timeline show what happened.
    for (const earlier of sameText) {
      if (!earlier.checks.genuine) continue;
      earlier.checks.genuine = false;
      earlier.checks.genuineNote = DUPLICATE_TEXT_NOTE;
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
    return { created: created.length, duplicates, reviews: created, duplicate };
  }

  /** Per row: its (source, externalId) is already known, or earlier in the same batch. */
  private async duplicateFlags(em: EntityManager, rows: CleanReview[]): Promise<boolean[]> {
    if (rows.length === 0) return [];
    const known = new Set(
      (await em.find(Review, { $or: rows.map((r) => ({ source: r.source, externalId: r.externalId })) })).map(reviewKey),
    );
    return rows.map((r) => {
      const key = reviewKey(r);
      if (known.has(key)) return true;
      known.add(key);
      return false;
    });
  }
}
