// RV2: the five shortlist checks of a stored review, from the data as it is now. Imports check a
// batch against itself as well (review-import.service.ts); shortlisting checks one review again.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicySettings } from '../../common/policy-settings.js';
import { Order } from '../orders/order.entity.js';
import { Review } from './review.entity.js';
import { evaluateChecks, type ShortlistChecks } from './shortlist.policy.js';

/** Texts with no letters or digits (emoji only) normalise to "": they are not copies of each other. */
export const duplicateKey = (normalised: string) => (normalised === '' ? null : normalised);

/** The five checks as they would come out now: orders complete or are returned after import. */
export async function currentChecks(em: EntityManager, review: Review, policy: PolicySettings): Promise<ShortlistChecks> {
  const key = duplicateKey(review.normalisedText);
  const copies = key ? await em.count(Review, { normalisedText: key, id: { $ne: review.id } }) : 0;
  const order = review.order ? await em.findOne(Order, { id: review.order.id }) : null;
  return evaluateChecks(
    { rating: review.rating, text: review.text, sentiment: review.sentimentScore, hasDuplicateText: copies > 0, linkedOrderStatus: order?.status ?? null },
    policy,
  );
}
