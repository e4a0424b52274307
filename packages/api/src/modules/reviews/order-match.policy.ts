// RV2: which completed orders a review without one may be about (suggestions for MARKETING to
// confirm by hand), and whether an order may be confirmed as the review's.
import type { Refusal } from '../../common/decision.js';
import { OrderStatus, type DeviceCategory } from '../../common/enums.js';
import { escapeRegExp, normaliseText } from '../../common/text.js';
import { DAY_MS as DAY } from '../../common/weeks.js';
import { defaultDisplayName } from './review.policy.js';

/** A review about an order is posted within this long after the order's completion (payment). */
export const ORDER_MATCH_WINDOW_MS = 30 * DAY;
/** At most this many suggestions: beyond a handful, a person cannot tell them apart anyway. */
export const MAX_ORDER_MATCHES = 5;

// ---------------------------------------------------------------- names

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'shri', 'sri', 'smt', 'kumari', 'prof']);

/** A name's words, lower-case and without accents, honorifics or digits ("Dr. Rahul S." → rahul, s). */
export function nameWords(name: string): string[] {
  return (name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !HONORIFICS.has(w));
}

type WordMatch = 'WORD' | 'INITIAL';
const wordMatch = (a: string, b: string): WordMatch | null => {
  if (a === b) return 'WORD';
  // "S." (written S or S.) stands for any word starting with S.
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 'INITIAL';
  return null;
};

/** FULL: first and last names equal; INITIAL: one of them given as an initial ("Rahul S."); FIRST_NAME: only a first name to go on. */
export type NameMatch = 'FULL' | 'INITIAL' | 'FIRST_NAME';

/**
 * Whether a review's author name can be the customer's: the first words match and the last
 * words match, either spelled out or one as the other's initial (middle names are ignored).
 * Two initials ("R. S.") say too little; an author with one name matches on a spelled-out first name.
 */
export function matchNames(authorName: string, customerName: string): NameMatch | null {
  const a = nameWords(authorName);
  const c = nameWords(customerName);
  if (a.length === 0 || c.length === 0) return null;
  const first = wordMatch(a[0], c[0]);
  if (!first) return null;
  if (a.length === 1 || c.length === 1) return first === 'WORD' && a[0].length > 1 ? 'FIRST_NAME' : null;
  const last = wordMatch(a[a.length - 1], c[c.length - 1]);
  if (!last || (first === 'INITIAL' && last === 'INITIAL')) return null;
  return first === 'WORD' && last === 'WORD' ? 'FULL' : 'INITIAL';
}

/** The spelled-out words of an author's name: a customer must have one of them (what the service can search for). */
export const searchableNameWords = (authorName: string): string[] => [...new Set(nameWords(authorName).filter((w) => w.length > 1))];

// ---------------------------------------------------------------- devices

// Makers: the model without them still names the device ("iPhone 13", not "Apple iPhone 13").
const BRANDS = new Set([
  'apple', 'samsung', 'oneplus', 'xiaomi', 'redmi', 'poco', 'realme', 'oppo', 'vivo', 'iqoo', 'google', 'motorola', 'moto', 'nokia', 'nothing',
  'huawei', 'honor', 'dell', 'hp', 'lenovo', 'asus', 'acer', 'microsoft', 'msi', 'lg', 'sony',
]);
// Words that qualify a model rather than name it: they never identify the device on their own.
const QUALIFIERS = new Set(['pro', 'max', 'plus', 'ultra', 'mini', 'air', 'lite', 'neo', 'fe', 'prime', 'edition', 'gen', 'generation', 'new', 'series']);
// Storage, memory, network and year: how the order describes the unit, not what a customer writes.
const NOISE = /^(?:\d+(?:gb|tb)|\d+g|lte|wifi|cellular|(?:19|20)\d\d)$/;

const words = (text: string) => normaliseText(text).split(' ').filter(Boolean);
/** The words in this order, each next to the last or with spaces between ("iPhone13", "iphone 13"). */
const phrase = (ws: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])${ws.map(escapeRegExp).join('\\s*')}(?![\\p{L}\\p{N}])`, 'u');

/** MODEL: the review names the order's model; TOKENS: its brand or product line and every model number. */
export type DeviceMatch = 'MODEL' | 'TOKENS';

/**
 * Whether the review's text mentions the order's device: the model's words in order, without
 * the maker, storage, network or year (order "Apple iPhone 13 128GB", text "my iPhone 13"); or
 * a maker or product-line word of the model together with every model number in it (order
 * "Samsung Galaxy S22 Ultra", text "my Samsung S22"). A model number alone ("S22") is not enough.
 */
export function matchDevice(text: string, deviceModel: string): DeviceMatch | null {
  const model = words(deviceModel).filter((w) => !NOISE.test(w));
  if (model.length === 0) return null;
  const said = normaliseText(text);
  const named = model.filter((w) => !BRANDS.has(w));
  if (named.length > 0 && phrase(named).test(said)) return 'MODEL';
  if (phrase(model).test(said)) return 'MODEL';
  const saidWords = new Set(said.split(' '));
  const identity = model.filter((w) => /^\p{L}+$/u.test(w) && w.length > 1 && !QUALIFIERS.has(w));
  const numbers = model.filter((w) => /\p{N}/u.test(w));
  if (numbers.length === 0 || !identity.some((w) => saidWords.has(w))) return null;
  return numbers.every((n) => saidWords.has(n)) ? 'TOKENS' : null;
}

// ---------------------------------------------------------------- matching

export interface MatchReview {
  authorName: string;
  text: string;
  postedAt: Date;
}

export interface MatchCandidate {
  orderId: string;
  externalRef: string;
  status: OrderStatus;
  completedAt: Date | null;
  customerName: string;
  deviceCategory: DeviceCategory;
  deviceModel: string;
  /** Another review from the same platform is already linked to this order. */
  linkedToAnotherReviewFromSameSource: boolean;
}

/** What MARKETING sees of a suggested order: enough to decide, no contact data (S2). */
export interface OrderMatchSuggestion {
  orderId: string;
  externalRef: string;
  deviceCategory: DeviceCategory;
  deviceModel: string;
  completedAt: Date;
  /** First name and last initial ("Rahul S."), as a testimonial would show it. */
  customerDisplayName: string;
  nameMatch: NameMatch;
  deviceMatch: DeviceMatch;
  /** Whole days from the order's completion to the review. */
  daysAfterCompletion: number;
  /** Why it is suggested, in words. */
  reasons: string[];
}

/** The completion times that can match a review posted at `postedAt`: [postedAt − window, postedAt]. */
export function completionWindow(postedAt: Date, windowMs = ORDER_MATCH_WINDOW_MS): { from: Date; to: Date } {
  return { from: new Date(postedAt.getTime() - windowMs), to: postedAt };
}

const NAME_WORDS: Record<NameMatch, string> = {
  FULL: 'same first and last name',
  INITIAL: 'same name, with an initial',
  FIRST_NAME: 'same first name (the review gives no last name)',
};
const DEVICE_WORDS: Record<DeviceMatch, string> = {
  MODEL: 'the review names the model',
  TOKENS: 'the review names the brand and model number',
};

/** One candidate judged against the review: a suggestion, or null when any part does not fit. */
export function matchOrder(review: MatchReview, c: MatchCandidate, windowMs = ORDER_MATCH_WINDOW_MS): OrderMatchSuggestion | null {
  if (c.status !== OrderStatus.COMPLETED || !c.completedAt || c.linkedToAnotherReviewFromSameSource) return null;
  const after = review.postedAt.getTime() - c.completedAt.getTime();
  // Posted after the payment, within the window (both ends included).
  if (after < 0 || after > windowMs) return null;
  const nameMatch = matchNames(review.authorName, c.customerName);
  if (!nameMatch) return null;
  const deviceMatch = matchDevice(review.text, c.deviceModel);
  if (!deviceMatch) return null;
  const days = Math.floor(after / DAY);
  return {
    orderId: c.orderId,
    externalRef: c.externalRef,
    deviceCategory: c.deviceCategory,
    deviceModel: c.deviceModel,
    completedAt: c.completedAt,
    customerDisplayName: defaultDisplayName(c.customerName),
    nameMatch,
    deviceMatch,
    daysAfterCompletion: days,
    reasons: [NAME_WORDS[nameMatch], DEVICE_WORDS[deviceMatch], days === 0 ? 'posted the day the order completed' : `posted ${days} day${days === 1 ? '' : 's'} after the order completed`],
  };
}

const NAME_RANK: Record<NameMatch, number> = { FULL: 0, INITIAL: 1, FIRST_NAME: 2 };
const DEVICE_RANK: Record<DeviceMatch, number> = { MODEL: 0, TOKENS: 1 };

/**
 * The suggestions for a review without an order, best first: the closer the name, then the
 * device, then the sooner after completion; at most MAX_ORDER_MATCHES.
 */
export function suggestOrderMatches(review: MatchReview, candidates: readonly MatchCandidate[], windowMs = ORDER_MATCH_WINDOW_MS): OrderMatchSuggestion[] {
  return candidates
    .map((c) => matchOrder(review, c, windowMs))
    .filter((m): m is OrderMatchSuggestion => m !== null)
    .sort((a, b) =>
      NAME_RANK[a.nameMatch] - NAME_RANK[b.nameMatch]
      || DEVICE_RANK[a.deviceMatch] - DEVICE_RANK[b.deviceMatch]
      || a.daysAfterCompletion - b.daysAfterCompletion
      || a.externalRef.localeCompare(b.externalRef))
    .slice(0, MAX_ORDER_MATCHES);
}

// ---------------------------------------------------------------- confirming

export interface ConfirmSnapshot {
  review: { linkedOrderRef: string | null };
  order: { externalRef: string; status: OrderStatus; linkedToAnotherReviewFromSameSource: boolean };
}

export type ConfirmDecision = { ok: true } | Refusal;

/**
 * A person confirms an order as the review's: only a COMPLETED order verifies a review (RV2: a
 * review linked to any other order is never genuine), a review keeps the order it has, and one
 * order vouches for at most one review per platform. The order need not be a suggestion: the
 * person may know better than the name rule (a nickname, a spouse's account).
 */
export function decideConfirmOrder(s: ConfirmSnapshot): ConfirmDecision {
  if (s.review.linkedOrderRef) {
    return { ok: false, code: 'CONFLICT', message: `The review is already linked to order ${s.review.linkedOrderRef}; a linked order is not replaced.` };
  }
  if (s.order.status !== OrderStatus.COMPLETED) {
    return {
      ok: false,
      code: 'SOP_VIOLATION',
      rule: 'RV2',
      message: `Order ${s.order.externalRef} is ${s.order.status}: only a COMPLETED order verifies a review. Confirm the order once it is paid.`,
    };
  }
  if (s.order.linkedToAnotherReviewFromSameSource) {
    return { ok: false, code: 'CONFLICT', message: `Order ${s.order.externalRef} already verifies another review from this platform.` };
  }
  return { ok: true };
}
