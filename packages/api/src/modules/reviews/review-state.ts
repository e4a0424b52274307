// RV3, RV4, RV5: the review lifecycle as data.
import { type Transitions } from '../../common/state-machine.js';
import { ReviewStatus, type Role } from '../../common/enums.js';

const S = ReviewStatus;

export const REVIEW_TRANSITIONS: Transitions<ReviewStatus, Role> = {
  [S.NEW]: { to: [S.SHORTLISTED, S.REJECTED] },
  [S.SHORTLISTED]: { to: [S.PUBLISHED, S.REJECTED] },
  // PUBLISHED → PUBLISHED publishes to more platforms; → SHORTLISTED is unpublishReview. A live
  // testimonial is taken down before it can be rejected, so rejecting never leaves one online.
  [S.PUBLISHED]: { to: [S.PUBLISHED, S.SHORTLISTED] },
  // A rejection can be reconsidered only by shortlisting again, which re-runs every check; the
  // rejection itself stays in the review's timeline (RV5), so no separate "reopen" is needed.
  [S.REJECTED]: { to: [S.SHORTLISTED] },
};
