// GraphQL documents for the reviews and testimonials tests (RV1–RV5).
export const REVIEW_FIELDS = `
  id source externalId authorName rating text postedAt sentimentScore status statusReason statusChangedAt
  statusChangedBy { email } reply repliedAt orderId overriddenChecks consentNote consentRecordedAt importedAt nextStatuses
  checks { genuine positiveSentiment clearValue mentionsBrand relevantDevice passed }
  publications { id platform displayName excerpt rating publishedAt unpublishedAt unpublishReason }
`;

export const IMPORT_REVIEWS = `mutation($reviews: [ReviewInput!]!) { importReviews(reviews: $reviews) { created duplicates reviews { ${REVIEW_FIELDS} } } }`;
export const IMPORT_REVIEWS_CSV = `mutation($csv: String!) { importReviewsCsv(csv: $csv) { created duplicates errors { row field message } reviews { ${REVIEW_FIELDS} } } }`;
export const REVIEW_FROM_FEEDBACK = `mutation($f: ID!, $c: String!) { createReviewFromFeedback(feedbackId: $f, consentNote: $c) { ${REVIEW_FIELDS} } }`;
export const SHORTLIST_REVIEW = `mutation($id: ID!, $o: String) { shortlistReview(reviewId: $id, overrideReason: $o) { ${REVIEW_FIELDS} } }`;
export const REJECT_REVIEW = `mutation($id: ID!, $r: String!) { rejectReview(reviewId: $id, reason: $r) { ${REVIEW_FIELDS} } }`;
export const PUBLISH_REVIEW = `mutation($id: ID!, $p: [PublishPlatform!]!, $c: CreativeInput) { publishReview(reviewId: $id, platforms: $p, creative: $c) { ${REVIEW_FIELDS} } }`;
export const UNPUBLISH_REVIEW = `mutation($id: ID!, $r: String!) { unpublishReview(reviewId: $id, reason: $r) { ${REVIEW_FIELDS} } }`;
export const REPLY_TO_REVIEW = `mutation($id: ID!, $t: String!) { replyToReview(reviewId: $id, text: $t) { ${REVIEW_FIELDS} } }`;
export const REVIEW = `query($id: ID!) { review(id: $id) { ${REVIEW_FIELDS} timeline { action actorLabel rule data } } }`;
export const TESTIMONIALS = `query($p: PublishPlatform!) { testimonials(platform: $p) { platform displayName excerpt rating publishedAt } }`;
export const ALL_REVIEWS = `query($filter: ReviewFilter, $page: Int, $perPage: Int, $sortField: String, $sortOrder: String) {
  allReviews(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) { id externalId status rating sentimentScore }
  _allReviewsMeta(filter: $filter) { count }
}`;

// RV2 corrected: verified orders, suggested order matches and confirming one by hand.
export const ORDER_MATCH_FIELDS = `orderId externalRef deviceCategory deviceModel completedAt customerDisplayName nameMatch deviceMatch daysAfterCompletion reasons`;
export const REVIEW_MATCH_FIELDS = `
  id source orderId verifiedOrder version status orderMatchedAt orderMatchedBy { email }
  checks { genuine passed } checkDetails { check passed explanation }
  suggestedOrders { ${ORDER_MATCH_FIELDS} }
`;
export const REVIEW_MATCH = `query($id: ID!) { review(id: $id) { ${REVIEW_MATCH_FIELDS} timeline { action actorLabel rule data } } }`;
export const CONFIRM_REVIEW_ORDER = `mutation($r: ID!, $o: ID!, $v: Int) { confirmReviewOrder(reviewId: $r, orderId: $o, expectedVersion: $v) { ${REVIEW_MATCH_FIELDS} } }`;
