// R1–R5: what happens after a rating.
import { FeedbackRoute, MessageKind } from '../../common/enums.js';
import type { PublicReviewInvites } from '../../common/policy-settings.js';

export interface RouteDecision {
  route: FeedbackRoute;
  escalate: boolean;
  /** Messages to the customer, in order; `neutral` invites come from the R5 EVERYONE mode. */
  messages: { kind: MessageKind; neutral: boolean }[];
  rules: string[];
}

export function decideRoute(rating: number, invites: PublicReviewInvites): RouteDecision {
  // Google's review policy forbids asking only happy customers for reviews: with EVERYONE,
  // ratings 1–3 get a neutral invite too (R5).
  const neutralInvite = invites === 'EVERYONE' ? [{ kind: MessageKind.PUBLIC_REVIEW_INVITE, neutral: true }] : [];
  const r5 = invites === 'EVERYONE' ? ['R5'] : [];
  if (rating <= 2) return { route: FeedbackRoute.ESCALATE, escalate: true, messages: neutralInvite, rules: ['R1', ...r5] };
  if (rating === 3) {
    return { route: FeedbackRoute.ASK_DETAILS, escalate: false, messages: [{ kind: MessageKind.DETAILS_PROMPT, neutral: false }, ...neutralInvite], rules: ['R2', ...r5] };
  }
  if (rating === 4) return { route: FeedbackRoute.ASK_PUBLIC_REVIEW, escalate: false, messages: [{ kind: MessageKind.PUBLIC_REVIEW_INVITE, neutral: false }], rules: ['R3'] };
  return { route: FeedbackRoute.REDIRECT_TO_STORE, escalate: false, messages: [{ kind: MessageKind.STORE_REDIRECT, neutral: false }], rules: ['R4'] };
}
