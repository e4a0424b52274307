// RV2: the five shortlist checks of a stored review, from the data as it is now. Imports check a
// batch against itself as well (review-import.service.ts); shortlisting checks one review again.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicySettings } from '../../common/policy-settings.js';
import { Order } from '../orders/order.entity.js';
import { Review } from './review.entity.js';
import { evaluateChecks, judgeGenuine, type ReviewCheckSnapshot, type ShortlistChecks } from './shortlist.policy.js';

/** Texts with no letters or digits (emoji only) normalise to "": they are not copies of each other. */
export const duplicateKey = (normalised: string) => (normalised === '' ? null : normalised);

export interface EvaluatedChecks {
  checks: ShortlistChecks;
  /** RV2: which way genuine passed, or why it failed (stored beside the flag). */
  genuineNote: string;
}

/** The five checks and genuine's note from one snapshot, as every path stores them. */
export function evaluate(snapshot: ReviewCheckSnapshot, policy: PolicySettings): EvaluatedChecks {
  return { checks: evaluateChecks(snapshot, policy), genuineNote: judgeGenuine(snapshot).note };
}

/** The linked order as the genuine check reads it. */
export const linkedOrderOf = (order: Pick<Order, 'status' | 'externalRef'> | null | undefined): ReviewCheckSnapshot['linkedOrder'] =>
  order ? { status: order.status, externalRef: order.externalRef } : null;

/**
 * The five checks as they would come out now: orders complete or are returned after import.
 * `withOrder` checks the review as if linked to that order (before it is set: a change made
 * first would be flushed by these reads, and the review's version bumped twice).
 */
export async function currentChecks(em: EntityManager, review: Review, policy: PolicySettings, withOrder?: Order): Promise<EvaluatedChecks> {
  const key = duplicateKey(review.normalisedText);
  const copies = key ? await em.count(Review, { normalisedText: key, id: { $ne: review.id } }) : 0;
  const order = withOrder ?? (review.order ? await em.findOne(Order, { id: review.order.id }) : null);
  return evaluate(
    {
      source: review.source,
      rating: review.rating,
      text: review.text,
      sentiment: review.sentimentScore,
      hasDuplicateText: copies > 0,
      linkedOrder: linkedOrderOf(order),
    },
    policy,
  );
}
