// The reviews inbox (RV1–RV5): allReviews, its count and the CSV export (in import order).
import type { Clock } from '../../common/clock.js';
import { before, defineList, idIn, idIs, onOrAfter, search } from '../../common/list.js';
import { ReviewFilter } from './review.inputs.js';
import { Review } from './review.entity.js';

const ALL_CHECKS_PASS = { checkGenuine: true, checkPositiveSentiment: true, checkClearValue: true, checkMentionsBrand: true, checkRelevantDevice: true };
const SOME_CHECK_FAILS = [{ checkGenuine: false }, { checkPositiveSentiment: false }, { checkClearValue: false }, { checkMentionsBrand: false }, { checkRelevantDevice: false }];

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
    genuine: (passed) => ({ checkGenuine: passed }),
    positiveSentiment: (passed) => ({ checkPositiveSentiment: passed }),
    clearValue: (passed) => ({ checkClearValue: passed }),
    mentionsBrand: (passed) => ({ checkMentionsBrand: passed }),
    relevantDevice: (passed) => ({ checkRelevantDevice: passed }),
    checksPassed: (passed) => (passed ? ALL_CHECKS_PASS : { $or: SOME_CHECK_FAILS }),
    orderId: idIs('order'),
    replied: (replied) => ({ reply: replied ? { $ne: null } : null }),
  },
});
