// F3–F6, R2: whether feedback (and a 3-star customer's details) may be given, what a valid
// answer looks like, and which sub-ratings each touchpoint asks.
import type { Refusal } from '../../common/decision.js';
import { FeedbackRoute, OrderStatus, Touchpoint } from '../../common/enums.js';

export const SUB_RATINGS = ['vendorBehaviour', 'pickupExperience', 'paymentSpeed', 'vendorTimeliness', 'vendorProfessionalism'] as const;
export type SubRating = (typeof SUB_RATINGS)[number];

const VENDOR: SubRating[] = ['vendorBehaviour', 'vendorTimeliness', 'vendorProfessionalism'];
/**
 * F6: the sub-ratings the rating page asks at each touchpoint (all optional): the vendor's
 * behaviour, timeliness and professionalism (SOP §9) wherever a vendor came, the pickup where
 * one happened, and SOP §10 B's payment question once the customer has been paid.
 */
export const SUB_RATINGS_ASKED: Record<Touchpoint, readonly SubRating[]> = {
  [Touchpoint.ORDER_COMPLETED]: [...VENDOR, 'pickupExperience', 'paymentSpeed'],
  [Touchpoint.AFTER_PICKUP]: [...VENDOR, 'pickupExperience'],
  [Touchpoint.AFTER_VENDOR_REPLACEMENT]: VENDOR,
  [Touchpoint.AFTER_PAYMENT]: ['paymentSpeed'],
  [Touchpoint.AFTER_RESOLUTION]: [],
};
export const MAX_COMMENT = 2000;

export interface FeedbackAnswer {
  rating: number;
  comment?: string | null;
  vendorBehaviour?: number | null;
  pickupExperience?: number | null;
  paymentSpeed?: number | null;
  vendorTimeliness?: number | null;
  vendorProfessionalism?: number | null;
}

const bad = (field: string, message: string): Refusal => ({ ok: false, code: 'BAD_USER_INPUT', field, message });
const isRating = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 5;

/** F5: ratings and sub-ratings are whole numbers 1..5; a comment is at most 2,000 characters. */
export function validateAnswer(a: FeedbackAnswer): { ok: true; comment: string | null } | Refusal {
  if (!isRating(a.rating)) return bad('rating', 'rating must be a whole number from 1 to 5.');
  for (const f of SUB_RATINGS) {
    const v = a[f];
    if (v != null && !isRating(v)) return bad(f, `${f} must be a whole number from 1 to 5 when given.`);
  }
  const comment = a.comment?.trim() || null;
  if (comment && comment.length > MAX_COMMENT) return bad('comment', `The comment can be at most ${MAX_COMMENT.toLocaleString('en-IN')} characters.`);
  return { ok: true, comment };
}

export interface EligibilitySnapshot {
  orderStatus: OrderStatus;
  touchpoint: Touchpoint;
  vendorReplaced: boolean;
  /** Feedback already given for this order and touchpoint (other than AFTER_RESOLUTION). */
  alreadyGiven: boolean;
  /** AFTER_RESOLUTION: a RESOLVED escalation awaiting its updated rating. */
  resolvedEscalationId: string | null;
  /** AFTER_RESOLUTION: an escalation that was re-rated already. */
  anyReRated: boolean;
  /** K6: the answer rates a resolved case's resolution (its own request), and whether that was rated already. */
  caseRating?: { caseId: string; alreadyRated: boolean } | null;
}

const AFTER_PICKUP_STATES: readonly OrderStatus[] = [OrderStatus.PICKED_UP, OrderStatus.INSPECTED, OrderStatus.COMPLETED, OrderStatus.RETURNED];

const notEligible = (message: string): Refusal => ({ ok: false, code: 'SOP_VIOLATION', rule: 'FEEDBACK_NOT_ELIGIBLE', message });
const already = (message: string): Refusal => ({ ok: false, code: 'SOP_VIOLATION', rule: 'FEEDBACK_ALREADY_SUBMITTED', message });

export function decideEligibility(s: EligibilitySnapshot): { ok: true; reRates: string | null; ratesCase?: string } | Refusal {
  if (s.touchpoint === Touchpoint.AFTER_RESOLUTION && s.caseRating) {
    if (s.caseRating.alreadyRated) return already('The rating for this resolved case was already given; thank you.');
    return { ok: true, reRates: null, ratesCase: s.caseRating.caseId };
  }
  switch (s.touchpoint) {
    case Touchpoint.ORDER_COMPLETED:
    case Touchpoint.AFTER_PAYMENT:
      if (s.orderStatus !== OrderStatus.COMPLETED) return notEligible(`${s.touchpoint} feedback needs a COMPLETED order; this one is ${s.orderStatus}.`);
      break;
    case Touchpoint.AFTER_PICKUP:
      if (!AFTER_PICKUP_STATES.includes(s.orderStatus)) return notEligible(`AFTER_PICKUP feedback needs the device picked up; the order is ${s.orderStatus}.`);
      break;
    case Touchpoint.AFTER_VENDOR_REPLACEMENT:
      if (!s.vendorReplaced) return notEligible('AFTER_VENDOR_REPLACEMENT feedback needs a vendor change on the order.');
      break;
    case Touchpoint.AFTER_RESOLUTION:
      if (s.resolvedEscalationId) return { ok: true, reRates: s.resolvedEscalationId };
      if (s.anyReRated) return already('The updated rating for the resolved escalation was already given.');
      return notEligible('AFTER_RESOLUTION feedback needs a RESOLVED escalation on the order.');
  }
  if (s.alreadyGiven) return already(`Feedback for ${s.touchpoint} on this order was already given; there is one per order and touchpoint.`);
  return { ok: true, reRates: null };
}

export interface DetailsSnapshot {
  route: FeedbackRoute;
  detailsAt: Date | null;
}

/** R2: a 3-star customer adds details to that same feedback, once; at most 2,000 characters. */
export function decideDetails(f: DetailsSnapshot, details: string): { ok: true; details: string } | Refusal {
  const text = details.trim();
  if (!text) return bad('details', 'Write a few words about what we could have done better.');
  if (text.length > MAX_COMMENT) return bad('details', `Details can be at most ${MAX_COMMENT.toLocaleString('en-IN')} characters.`);
  if (f.route !== FeedbackRoute.ASK_DETAILS) return notEligible('Details are asked after a 3-star rating; this feedback was not one.');
  if (f.detailsAt) return already('The details for this feedback were already given; thank you.');
  return { ok: true, details: text };
}
