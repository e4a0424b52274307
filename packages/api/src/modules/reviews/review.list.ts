// The reviews inbox (RV1–RV5): allReviews, its count and the CSV export (in import order).
import type { ObjectQuery } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { before, defineList, idIn, idIs, onOrAfter, search } from '../../common/list.js';
import { ReviewFilter } from './review.inputs.js';
import { Review } from './review.entity.js';
import { CHECK_NAMES, type CheckName } from './shortlist.policy.js';
import type { StoredChecks } from './stored-checks.embeddable.js';

/** One stored check (RV2) passed or failed. */
const checkIs = (check: CheckName, passed: boolean): ObjectQuery<Review> => ({ checks: { [check]: passed } as Partial<StoredChecks> });

export const defineReviewList = (clock: Clock) => defineList(Review, {
  clock,
  filter: ReviewFilter,
  sort: {
    id: 'id', postedAt: 'postedAt', importedAt: 'importedAt', rating: 'rating', sentimentScore: 'sentimentScore',
    status: 'status', source: 'source', authorName: 'authorName', externalId: 'externalId', statusChangedAt: 'statusChangedAt',
  },
  defaultSort: { field: 'postedAt', order: 'DESC' },
  keyset: 'importedAt',
  filters: {
    ids: idIn(),
    q: search((like) => [{ text: { $ilike: like } }, { authorName: { $ilike: like } }, { externalId: { $ilike: like } }]),
    source: (source) => ({ source: { $in: source } }),
    status: (status) => ({ status: { $in: status } }),
    rating: (rating) => ({ rating: { $in: rating } }),
    sentimentMin: (min) => ({ sentimentScore: { $gte: min } }),
    sentimentMax: (max) => ({ sentimentScore: { $lte: max } }),
    postedFrom: onOrAfter('postedAt'),
    postedTo: before('postedAt'),
    genuine: (passed) => checkIs('genuine', passed),
    positiveSentiment: (passed) => checkIs('positiveSentiment', passed),
    clearValue: (passed) => checkIs('clearValue', passed),
    mentionsBrand: (passed) => checkIs('mentionsBrand', passed),
    relevantDevice: (passed) => checkIs('relevantDevice', passed),
    checksPassed: (passed) => (passed
      ? { $and: CHECK_NAMES.map((check) => checkIs(check, true)) }
      : { $or: CHECK_NAMES.map((check) => checkIs(check, false)) }),
    orderId: idIs('order'),
    replied: (replied) => ({ reply: replied ? { $ne: null } : null }),
  },
});
