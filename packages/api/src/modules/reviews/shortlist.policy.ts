// RV2, RV3: the five shortlist checks (SOP 001 §8 step 2) and the shortlisting decision.
import type { Refusal } from '../../common/decision.js';
import { OrderStatus, ReviewSource, ReviewStatus, Role } from '../../common/enums.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { checkTransition } from '../../common/state-machine.js';
import { escapeRegExp, normaliseText } from '../../common/text.js';
import { REVIEW_TRANSITIONS } from './review-state.js';

export type ShortlistSettings = Pick<PolicySettings, 'reviewMinWords' | 'brandName' | 'positiveSentimentMin'>;

export const CHECK_NAMES = ['genuine', 'positiveSentiment', 'clearValue', 'mentionsBrand', 'relevantDevice'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];
export type ShortlistChecks = Record<CheckName, boolean>;

/** RV3: MARKETING's judgement may stand in for these; authenticity and tone are never waived. */
export const OVERRIDABLE_CHECKS: readonly CheckName[] = ['clearValue', 'mentionsBrand', 'relevantDevice'];

export interface ReviewCheckSnapshot {
  source: ReviewSource;
  rating: number;
  text: string;
  sentiment: number;
  /** Another review (any source, any status) has the same normalised text. */
  hasDuplicateText: boolean;
  /** The linked order, or null when the review names no order. */
  linkedOrder: { status: OrderStatus; externalRef: string } | null;
}

/**
 * RV2: platforms that vouch for the author (a Google account, a store purchase): their reviews
 * are genuine without a linked order. Reviews on the website, social media or internal
 * feedback have nothing behind the name but the order.
 */
export const VOUCHING_SOURCES: readonly ReviewSource[] = [ReviewSource.GOOGLE_BUSINESS, ReviewSource.PLAY_STORE, ReviewSource.APP_STORE];

const SOURCE_NAME: Record<ReviewSource, string> = {
  GOOGLE_BUSINESS: 'Google Business Profile',
  PLAY_STORE: 'Google Play',
  APP_STORE: 'The App Store',
  WEBSITE: 'website',
  SOCIAL: 'social media',
  INTERNAL: 'internal',
};

export type GenuineFailure = 'DUPLICATE_TEXT' | 'ORDER_NOT_COMPLETED' | 'NEEDS_ORDER';

/** Why genuine passed (which way) or failed (every reason), with the sentence the admin shows. */
export type GenuineVerdict =
  | { genuine: true; via: 'VERIFIED_ORDER' | 'PLATFORM'; note: string }
  | { genuine: false; failures: GenuineFailure[]; note: string };

export const DUPLICATE_TEXT_NOTE = 'Another review has the same text';

/** RV2's genuine check: unique text, and a linked COMPLETED order or a platform that vouches for the author. */
export function judgeGenuine(r: Pick<ReviewCheckSnapshot, 'source' | 'hasDuplicateText' | 'linkedOrder'>): GenuineVerdict {
  const failures: GenuineFailure[] = [];
  const why: string[] = [];
  if (r.hasDuplicateText) {
    failures.push('DUPLICATE_TEXT');
    why.push(DUPLICATE_TEXT_NOTE);
  }
  const order = r.linkedOrder;
  // A linked order that is not COMPLETED (cancelled, returned, still open) speaks against the
  // review whatever the platform: the author did not sell us that device (yet).
  if (order && order.status !== OrderStatus.COMPLETED) {
    failures.push('ORDER_NOT_COMPLETED');
    why.push(`the linked order ${order.externalRef} is ${order.status}, not COMPLETED`);
  } else if (!order && !VOUCHING_SOURCES.includes(r.source)) {
    failures.push('NEEDS_ORDER');
    why.push(
      r.source === ReviewSource.INTERNAL
        ? 'an internal review needs the COMPLETED order of the feedback it came from'
        : `a ${SOURCE_NAME[r.source]} review needs a linked COMPLETED order (confirm a suggested order match)`,
    );
  }
  if (failures.length) {
    const note = why.join('; ');
    return { genuine: false, failures, note: note.charAt(0).toUpperCase() + note.slice(1) };
  }
  return order
    ? { genuine: true, via: 'VERIFIED_ORDER', note: `Verified order ${order.externalRef}` }
    : { genuine: true, via: 'PLATFORM', note: `${SOURCE_NAME[r.source]} vouches for the author` };
}

/** The review is backed by a COMPLETED order of ours: the admin shows it as "Verified order". */
export const isVerifiedOrder = (linkedOrderStatus: OrderStatus | null | undefined): boolean => linkedOrderStatus === OrderStatus.COMPLETED;

// The normalised text (common/text.ts): customer erasure recomputes it too.
export { normaliseText };

export function countWords(text: string): number {
  return normaliseText(text).split(' ').filter(Boolean).length;
}

// \b is ASCII-only in JS regexes; these lookarounds treat any letter or digit as part of a word.
const wordPattern = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');

export function mentionsBrand(text: string, brandName: string): boolean {
  const body = brandName.trim().split(/\s+/).map(escapeRegExp).join('\\s*');
  return body !== '' && wordPattern(body).test(text.normalize('NFKC'));
}

// What Cashkr buys (SOP 001 §8: phones, laptops, tablets, MacBooks) and the names customers
// actually write for them: generic words, product lines and the makers sold in India.
const DEVICE_WORDS = [
  'phones?', 'mobiles?', 'smart\\s*phones?', 'cell\\s*phones?', 'handsets?', 'i\\s*phones?', 'android',
  'laptops?', 'notebooks?', 'ultrabooks?', 'chromebooks?', 'tablets?', 'i\\s*pads?', 'mac\\s*books?', 'macs?',
  'galaxy', 'pixel', 'one\\s*plus', 'redmi', 'xiaomi', 'poco', 'realme', 'oppo', 'vivo', 'iqoo', 'samsung', 'motorola',
  'moto\\s*g\\d*', 'nokia', 'nothing\\s*phone', 'thinkpad', 'ideapad', 'lenovo', 'dell', 'hp', 'asus', 'acer', 'surface\\s*(?:pro|laptop|go)',
];
const DEVICE_PATTERN = wordPattern(DEVICE_WORDS.join('|'));

export function mentionsRelevantDevice(text: string): boolean {
  return DEVICE_PATTERN.test(text.normalize('NFKC'));
}

export function evaluateChecks(r: ReviewCheckSnapshot, settings: ShortlistSettings): ShortlistChecks {
  return {
    genuine: judgeGenuine(r).genuine,
    positiveSentiment: r.rating >= 4 && r.sentiment > settings.positiveSentimentMin,
    clearValue: countWords(r.text) >= settings.reviewMinWords,
    mentionsBrand: mentionsBrand(r.text, settings.brandName),
    relevantDevice: mentionsRelevantDevice(r.text),
  };
}

export const failedChecks = (c: ShortlistChecks): CheckName[] => CHECK_NAMES.filter((n) => !c[n]);

/** RV3: the failed checks no override can stand in for. */
export const unwaivableFailures = (c: ShortlistChecks): CheckName[] => failedChecks(c).filter((n) => !OVERRIDABLE_CHECKS.includes(n));

export interface ShortlistCheckDetail {
  check: CheckName;
  passed: boolean;
  overridable: boolean;
  /** What the check asks, with the policy numbers in force (POLICY_REVIEW_MIN_WORDS, …). */
  hint: string;
  /** Why it came out as it did, where the check records it (genuine: which way it passed, or what is missing). */
  explanation: string | null;
}

export const GENUINE_HINT = 'Unique text, and a verified (COMPLETED) order or a platform that vouches for the author (Google Business Profile, Google Play, the App Store)';

/** The five checks as the admin shows them, each with what it asks and whether RV3 lets MARKETING override it. */
export function checkDetails(c: ShortlistChecks & { genuineNote?: string | null }, settings: ShortlistSettings): ShortlistCheckDetail[] {
  const hint: Record<CheckName, string> = {
    genuine: GENUINE_HINT,
    positiveSentiment: `Rating ≥ 4 and sentiment above ${settings.positiveSentimentMin}`,
    clearValue: `At least ${settings.reviewMinWords} words`,
    mentionsBrand: `Mentions the brand name (${settings.brandName})`,
    relevantDevice: 'Mentions a phone, laptop, tablet or MacBook',
  };
  return CHECK_NAMES.map((check) => ({
    check,
    passed: c[check],
    overridable: OVERRIDABLE_CHECKS.includes(check),
    hint: hint[check],
    // Reviews checked before the note was kept have none: the hint then says what was asked.
    explanation: check === 'genuine' ? c.genuineNote ?? null : null,
  }));
}

const CHECK_HINTS: Record<CheckName, string> = {
  genuine: 'genuine (it needs unique text, and a linked COMPLETED order or a Google, Play Store or App Store source)',
  positiveSentiment: 'positiveSentiment (rating 4 or 5 and clearly positive text)',
  clearValue: 'clearValue (too short to say anything useful)',
  mentionsBrand: 'mentionsBrand (it does not name the brand)',
  relevantDevice: 'relevantDevice (it names no phone, laptop, tablet or MacBook)',
};

/** Whether the review's status can move to SHORTLISTED by shortlisting (the checks aside). */
export function shortlistStatusRefusal(status: ReviewStatus, roles: readonly Role[]): Refusal | null {
  // PUBLISHED → SHORTLISTED exists, but it is unpublishReview's move (with a reason), not this one.
  const t = checkTransition(REVIEW_TRANSITIONS, status, ReviewStatus.SHORTLISTED, roles);
  if (t.allowed && status !== ReviewStatus.PUBLISHED) return null;
  const hint = status === ReviewStatus.PUBLISHED ? ' It is published: unpublishReview takes it back to the shortlist.' : '';
  return { ok: false, code: 'CONFLICT', message: `The review is already ${status}.${hint}` };
}

export type ShortlistDecision =
  | { ok: true; to: ReviewStatus.SHORTLISTED; overridden: CheckName[]; reason: string | null }
  | Refusal;

export function decideShortlist(
  review: { status: ReviewStatus; checks: ShortlistChecks; genuineNote?: string | null },
  overrideReason: string | null | undefined,
  roles: readonly Role[],
): ShortlistDecision {
  const notNow = shortlistStatusRefusal(review.status, roles);
  if (notNow) return notNow;
  const reason = overrideReason?.trim() || null;
  if (reason && reason.length > 2000) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'overrideReason', message: 'The override reason can be at most 2,000 characters.' };
  }
  const failed = failedChecks(review.checks);
  if (failed.length === 0) return { ok: true, to: ReviewStatus.SHORTLISTED, overridden: [], reason };

  const hard = unwaivableFailures(review.checks);
  // genuine says what is missing for this review (RV2's note), when the check recorded it.
  const listed = failed.map((c) => (c === 'genuine' && review.genuineNote ? `genuine (${review.genuineNote})` : CHECK_HINTS[c])).join('; ');
  const details = { failedChecks: failed, overridable: failed.filter((c) => OVERRIDABLE_CHECKS.includes(c)) };
  if (hard.length) {
    return {
      ok: false,
      code: 'SOP_VIOLATION',
      rule: 'REVIEW_CRITERIA_NOT_MET',
      message: `The review fails the shortlist checks: ${listed}. ${hard.join(' and ')} can never be overridden; choose another review.`,
      details,
    };
  }
  if (!reason) {
    return {
      ok: false,
      code: 'SOP_VIOLATION',
      rule: 'REVIEW_CRITERIA_NOT_MET',
      message: `The review fails the shortlist checks: ${listed}. MARKETING may shortlist it anyway by giving an overrideReason.`,
      details,
    };
  }
  if (!roles.some((r) => r === Role.MARKETING || r === Role.ADMIN)) {
    return { ok: false, code: 'FORBIDDEN', message: 'Only MARKETING (or ADMIN) may override shortlist checks.' };
  }
  return { ok: true, to: ReviewStatus.SHORTLISTED, overridden: failed, reason };
}
