// RV4, RV5: publishing (creative defaults, REVIEW_NOT_SHORTLISTED), unpublishing, rejecting
// and replying, as pure decisions; and the actions a review offers (availableActions, RV3–RV5).
import { blocked, offer, type AvailableAction } from '../../common/actions.js';
import type { Refusal } from '../../common/decision.js';
import { PublishPlatform, ReviewStatus } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { checkTransition } from '../../common/state-machine.js';
import { decideAccess } from '../access/access.policy.js';
import { rolesOf, type Principal } from '../access/principal.js';
import { REVIEW_TRANSITIONS } from './review-state.js';
import { normaliseText, shortlistStatusRefusal, unwaivableFailures, type CheckName, type ShortlistChecks } from './shortlist.policy.js';

export const EXCERPT_MAX = 280;
export const DISPLAY_NAME_MAX = 100;
export const REASON_MAX = 2000;
export const REPLY_MAX = 2000;

const bad = (field: string, message: string): Refusal => ({ ok: false, code: 'BAD_USER_INPUT', field, message });
// Lengths are counted in characters as a reader sees them (and PostgreSQL stores them), not UTF-16 units.
const chars = (s: string) => [...s].length;

const HONORIFICS = /^(mr|mrs|ms|miss|dr|shri|sri|smt|kumari|prof)\.?$/i;
const capitalise = (w: string) => {
  const [first = '', ...rest] = [...w];
  return first.toLocaleUpperCase('en-IN') + rest.join('');
};

/** "Rahul Sharma" → "Rahul S.": enough to be credible, not enough to identify the customer. */
export function defaultDisplayName(authorName: string): string {
  const words = authorName.trim().split(/\s+/).filter((w) => w && !HONORIFICS.test(w));
  if (words.length === 0) return authorName.trim();
  const first = capitalise(words[0]);
  if (words.length === 1) return first;
  const last = [...words[words.length - 1]].find((c) => /\p{L}/u.test(c));
  return last ? `${first} ${last.toLocaleUpperCase('en-IN')}.` : first;
}

/** The whole text when it fits, else cut at a word boundary with "…", at most `max` characters. */
export function defaultExcerpt(text: string, max = EXCERPT_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (chars(clean) <= max) return clean;
  const head = [...clean].slice(0, max - 1).join('');
  const cut = head.lastIndexOf(' ');
  // A single word longer than the whole excerpt has no boundary to cut at: cut inside it.
  const base = cut > 0 ? head.slice(0, cut) : head;
  return `${base.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** RV4: the creative publishReview uses when none is given, for the admin's preview. */
export function defaultCreative(review: { authorName: string; text: string }): { displayName: string; excerpt: string; maxExcerptLength: number } {
  return { displayName: defaultDisplayName(review.authorName), excerpt: defaultExcerpt(review.text), maxExcerptLength: EXCERPT_MAX };
}

/** An excerpt must be the customer's own words: each part between "…" appears in the review. */
export function isTakenFrom(excerpt: string, text: string): boolean {
  const source = ` ${normaliseText(text)} `;
  const parts = excerpt.split(/…|\.{3}/).map(normaliseText).filter(Boolean);
  return parts.length > 0 && parts.every((p) => source.includes(` ${p} `));
}

export interface PublishSnapshot {
  status: ReviewStatus;
  authorName: string;
  text: string;
  /** Platforms where this review is live now. */
  livePlatforms: readonly PublishPlatform[];
}

export type PublishDecision =
  | { ok: true; to: ReviewStatus.PUBLISHED; displayName: string; excerpt: string; newPlatforms: PublishPlatform[] }
  | Refusal;

function publishStatusRefusal(status: ReviewStatus): Refusal | null {
  if (checkTransition(REVIEW_TRANSITIONS, status, ReviewStatus.PUBLISHED).allowed) return null;
  return {
    ok: false,
    code: 'SOP_VIOLATION',
    rule: 'REVIEW_NOT_SHORTLISTED',
    message: `Only a SHORTLISTED review can be published; this one is ${status}.` +
      (status === ReviewStatus.NEW ? ' Shortlist it first (shortlistReview).' : ' Shortlist it again first if it should be used after all.'),
  };
}

export function decidePublish(
  review: PublishSnapshot,
  platforms: readonly PublishPlatform[],
  creative: { displayName?: string | null; excerpt?: string | null } | null | undefined,
): PublishDecision {
  const notNow = publishStatusRefusal(review.status);
  if (notNow) return notNow;
  if (platforms.length === 0) return bad('platforms', 'Choose at least one platform to publish on.');
  const displayName = creative?.displayName?.trim() || defaultDisplayName(review.authorName);
  if (chars(displayName) > DISPLAY_NAME_MAX) {
    return bad('creative.displayName', `The display name can be at most ${DISPLAY_NAME_MAX} characters.`);
  }
  const given = creative?.excerpt?.replace(/\s+/g, ' ').trim();
  let excerpt: string;
  if (given) {
    if (chars(given) > EXCERPT_MAX) {
      return bad('creative.excerpt', `The excerpt can be at most ${EXCERPT_MAX} characters; this one has ${chars(given)}.`);
    }
    if (!isTakenFrom(given, review.text)) {
      return bad('creative.excerpt', 'The excerpt must be the customer\'s own words from the review (leave out parts with "…"), not a rewrite.');
    }
    excerpt = given;
  } else {
    excerpt = defaultExcerpt(review.text);
  }
  const newPlatforms = [...new Set(platforms)].filter((p) => !review.livePlatforms.includes(p));
  return { ok: true, to: ReviewStatus.PUBLISHED, displayName, excerpt, newPlatforms };
}

function checkReason(reason: string): string | Refusal {
  const why = reason.trim();
  if (!why) return bad('reason', 'Give a reason: it is kept on the review (RV5).');
  if (chars(why) > REASON_MAX) return bad('reason', `The reason can be at most ${REASON_MAX.toLocaleString('en-IN')} characters.`);
  return why;
}

export type StatusDecision = { ok: true; to: ReviewStatus; reason: string } | Refusal;

function rejectStatusRefusal(status: ReviewStatus): Refusal | null {
  if (checkTransition(REVIEW_TRANSITIONS, status, ReviewStatus.REJECTED).allowed) return null;
  return {
    ok: false,
    code: 'CONFLICT',
    message: status === ReviewStatus.PUBLISHED
      ? 'The review is live: unpublish it first (unpublishReview), then reject it.'
      : `The review is already ${status}.`,
  };
}

export function decideReject(status: ReviewStatus, reason: string): StatusDecision {
  const notNow = rejectStatusRefusal(status);
  if (notNow) return notNow;
  const why = checkReason(reason);
  return typeof why === 'string' ? { ok: true, to: ReviewStatus.REJECTED, reason: why } : why;
}

function unpublishStatusRefusal(status: ReviewStatus): Refusal | null {
  if (status === ReviewStatus.PUBLISHED) return null;
  return { ok: false, code: 'CONFLICT', message: `Only a PUBLISHED review can be unpublished; this one is ${status}.` };
}

export type UnpublishDecision = { ok: true; to: ReviewStatus; reason: string; platforms: PublishPlatform[] } | Refusal;

/**
 * RV5: takes the review down from `only` those platforms, or from every one where it is live.
 * It stays PUBLISHED while it is live anywhere; taken down everywhere it is back on the shortlist.
 */
export function decideUnpublish(
  status: ReviewStatus,
  reason: string,
  only: readonly PublishPlatform[] | null = null,
  livePlatforms: readonly PublishPlatform[] = [],
): UnpublishDecision {
  const notNow = unpublishStatusRefusal(status);
  if (notNow) return notNow;
  const why = checkReason(reason);
  if (typeof why !== 'string') return why;
  if (!only) return { ok: true, to: ReviewStatus.SHORTLISTED, reason: why, platforms: [...livePlatforms] };
  const asked = [...new Set(only)];
  if (asked.length === 0) return bad('platforms', 'Choose at least one platform to take it down from, or leave platforms out to take it down everywhere.');
  const notLive = asked.filter((p) => !livePlatforms.includes(p));
  if (notLive.length) return bad('platforms', `It is not live on ${notLive.join(', ')}; it is live on ${livePlatforms.join(', ') || 'no platform'}.`);
  const stillLive = livePlatforms.some((p) => !asked.includes(p));
  return { ok: true, to: stillLive ? ReviewStatus.PUBLISHED : ReviewStatus.SHORTLISTED, reason: why, platforms: asked };
}

export type PublicationAction = 'UNPUBLISH';

/** What the caller can do with one publication: take it down (unpublishReview with its platform) while it is live. */
export function publicationActions(publication: { unpublishedAt?: Date | null }, principal: Principal | null): AvailableAction<PublicationAction>[] {
  if (!principal || publication.unpublishedAt || !decideAccess('unpublishReview', principal).allowed) return [];
  return [offer('UNPUBLISH')];
}

export function decideReply(text: string): { ok: true; text: string } | Refusal {
  const reply = text.trim();
  if (!reply) return bad('text', 'Write the reply text.');
  if (chars(reply) > REPLY_MAX) return bad('text', `A reply can be at most ${REPLY_MAX.toLocaleString('en-IN')} characters.`);
  return { ok: true, text: reply };
}

export type ReviewAction = 'SHORTLIST' | 'REJECT' | 'PUBLISH' | 'UNPUBLISH' | 'REPLY';

const CHECK_WORDS: Record<CheckName, string> = {
  genuine: 'genuine',
  positiveSentiment: 'positive sentiment',
  clearValue: 'clear value',
  mentionsBrand: 'brand',
  relevantDevice: 'device',
};

// What genuine lacks, when it failed and the check recorded why (RV2): the person sees what to do.
const genuineWhy = (c: ShortlistChecks & { genuineNote?: string | null }) => (!c.genuine && c.genuineNote ? ` ${c.genuineNote}.` : '');

/**
 * What the caller can do with this review now: each action whose mutation the caller may call
 * and whose decision above would not refuse it for the review's status. SHORTLIST is listed but
 * blocked when genuine or positiveSentiment fails (RV3: never overridden); when only overridable
 * checks fail it is enabled and needs an overrideReason (see Review.checkDetails). The checks
 * are the stored ones (Review.checks); shortlistReview re-runs them against today's data.
 */
export function availableActions(
  review: { status: ReviewStatus; checks: ShortlistChecks & { genuineNote?: string | null } },
  principal: Principal | null,
  _settings: PolicySettings,
): AvailableAction<ReviewAction>[] {
  if (!principal) return [];
  const may = (operation: string) => decideAccess(operation, principal).allowed;
  const out: AvailableAction<ReviewAction>[] = [];
  if (may('shortlistReview') && !shortlistStatusRefusal(review.status, rolesOf(principal))) {
    const hard = unwaivableFailures(review.checks);
    out.push(
      hard.length === 0
        ? offer('SHORTLIST')
        : blocked('SHORTLIST', `Cannot be shortlisted: ${hard.map((c) => CHECK_WORDS[c]).join(' and ')} can never be overridden (RV3).${genuineWhy(review.checks)}`),
    );
  }
  if (may('rejectReview') && !rejectStatusRefusal(review.status)) out.push(offer('REJECT'));
  if (may('publishReview') && !publishStatusRefusal(review.status)) out.push(offer('PUBLISH'));
  if (may('unpublishReview') && !unpublishStatusRefusal(review.status)) out.push(offer('UNPUBLISH'));
  if (may('replyToReview')) out.push(offer('REPLY'));
  return out;
}
