// Sentiment of what customers write (RV1, RV2's positiveSentiment, the A1 heatmap): one model
// for imported reviews and for feedback comments. The lowest module: reviews and feedback both
// read it. Weights are a JSON file trained by src/scripts/sentiment-compare.ts and bundled at
// module load, so scoring is pure and does no I/O (docs/sentiment.md says what was kept and why).
import weights from './sentiment-model.json' with { type: 'json' };
import { logit, scoreFromLogit, type SentimentWeights } from './model.js';
import { prepareForSentiment } from './text.js';

export { prepareForSentiment } from './text.js';

const MODEL: SentimentWeights = weights;

/** -1 (negative) .. 1 (positive), to 3 decimals; text with no sentiment in it scores near 0. */
export function sentimentScore(text: string): number {
  return scoreFromLogit(logit(MODEL, prepareForSentiment(text)));
}

/**
 * A feedback answer's sentiment: its comment and (R2) the details added later, read as one text,
 * since the details go on from the comment. Null when the customer wrote nothing.
 */
export function feedbackSentiment(comment: string | null | undefined, details: string | null | undefined): number | null {
  const written = [comment, details].map((t) => t?.trim() ?? '').filter(Boolean);
  if (!written.length) return null;
  // A sentence end between them, so a negation in the comment does not reach into the details.
  return sentimentScore(written.map((t) => (/[.!?…]$/.test(t) ? t : `${t}.`)).join(' '));
}
