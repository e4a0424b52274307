// RV1: what an imported review must be (rating 1..5, text 1..5,000 characters, postedAt not in
// the future) and the consent an INTERNAL review needs before it can become a testimonial.
import { ReviewSource } from '../../common/enums.js';
import { isUuid } from '../../common/find.js';

export const TEXT_MAX = 5000;
export const MAX_REVIEWS_PER_IMPORT = 1000;

export interface RawReview {
  source: ReviewSource;
  externalId: string;
  authorName: string;
  rating: number;
  text: string;
  postedAt: Date;
  orderId?: string | null;
  consentNote?: string | null;
}

export interface CleanReview {
  source: ReviewSource;
  externalId: string;
  authorName: string;
  rating: number;
  text: string;
  postedAt: Date;
  orderId: string | null;
  consentNote: string | null;
}

export interface FieldError {
  field: string;
  message: string;
}

const chars = (s: string) => [...s].length;

/** Every problem with one review, so a CSV report can list them all at once. */
export function validateReview(raw: RawReview, now: Date): { ok: true; value: CleanReview } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!Object.values(ReviewSource).includes(raw.source)) {
    errors.push({ field: 'source', message: `source must be one of ${Object.values(ReviewSource).join(', ')}.` });
  }
  const externalId = (raw.externalId ?? '').trim();
  if (!externalId || externalId.length > 255) {
    errors.push({ field: 'externalId', message: "externalId must be 1 to 255 characters: the review's id on its platform." });
  }
  const authorName = (raw.authorName ?? '').trim().replace(/\s+/g, ' ');
  if (!authorName || authorName.length > 200) errors.push({ field: 'authorName', message: "Give the author's name (at most 200 characters)." });
  if (!Number.isInteger(raw.rating) || raw.rating < 1 || raw.rating > 5) {
    errors.push({ field: 'rating', message: 'rating must be a whole number from 1 to 5.' });
  }
  const text = (raw.text ?? '').replace(/\r\n?/g, '\n').trim();
  if (!text || chars(text) > TEXT_MAX) {
    errors.push({ field: 'text', message: `text must be 1 to 5,000 characters (after trimming); this one has ${chars(text)}.` });
  }
  if (!(raw.postedAt instanceof Date) || Number.isNaN(raw.postedAt.getTime())) {
    errors.push({ field: 'postedAt', message: 'postedAt must be a date and time.' });
  } else if (raw.postedAt.getTime() > now.getTime()) {
    errors.push({ field: 'postedAt', message: `postedAt ${raw.postedAt.toISOString()} is in the future.` });
  }
  const orderId = raw.orderId?.trim() || null;
  if (orderId && !isUuid(orderId)) errors.push({ field: 'orderId', message: `orderId "${orderId}" is not an order id.` });
  const consentNote = raw.consentNote?.trim() || null;
  if (consentNote && chars(consentNote) > 2000) errors.push({ field: 'consentNote', message: 'consentNote can be at most 2,000 characters.' });
  // Internal feedback is private: it becomes a public-review candidate only with the customer's say-so.
  if (raw.source === ReviewSource.INTERNAL && !consentNote) {
    errors.push({
      field: 'consentNote',
      message: "An INTERNAL review needs the customer's consent to be published: record how and when it was given in consentNote.",
    });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { source: raw.source, externalId, authorName, rating: raw.rating, text, postedAt: raw.postedAt, orderId, consentNote } };
}

/** One key per review across every source: (source, externalId) is unique (RV1). */
export const reviewKey = (r: { source: ReviewSource; externalId: string }) => `${r.source}\u0000${r.externalId}`;
