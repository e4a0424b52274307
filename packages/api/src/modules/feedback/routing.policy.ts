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
  const route = routeOf(rating);
  const escalate = route === FeedbackRoute.ESCALATE;
  const details = route === FeedbackRoute.ASK_DETAILS ? [{ kind: MessageKind.DETAILS_PROMPT, neutral: false }] : [];
  // Google's review policy forbids asking only happy customers for reviews: with EVERYONE,
  // every rating gets the same neutral invite with the same links (R5), after the escalation
  // or the details prompt.
  if (invites === 'EVERYONE') {
    return { route, escalate, messages: [...details, { kind: MessageKind.PUBLIC_REVIEW_INVITE, neutral: true }], rules: [ROUTE_RULE[route], 'R5'] };
  }
  const invite =
    route === FeedbackRoute.ASK_PUBLIC_REVIEW ? [{ kind: MessageKind.PUBLIC_REVIEW_INVITE, neutral: false }]
    : route === FeedbackRoute.REDIRECT_TO_STORE ? [{ kind: MessageKind.STORE_REDIRECT, neutral: false }]
    : [];
  return { route, escalate, messages: [...details, ...invite], rules: [ROUTE_RULE[route]] };
}

/** The route depends on the rating alone; the review-gating mode changes only the messages. */
function routeOf(rating: number): FeedbackRoute {
  if (rating <= 2) return FeedbackRoute.ESCALATE;
  if (rating === 3) return FeedbackRoute.ASK_DETAILS;
  return rating === 4 ? FeedbackRoute.ASK_PUBLIC_REVIEW : FeedbackRoute.REDIRECT_TO_STORE;
}

const ROUTE_RULE: Record<FeedbackRoute, string> = {
  [FeedbackRoute.ESCALATE]: 'R1',
  [FeedbackRoute.ASK_DETAILS]: 'R2',
  [FeedbackRoute.ASK_PUBLIC_REVIEW]: 'R3',
  [FeedbackRoute.REDIRECT_TO_STORE]: 'R4',
};
