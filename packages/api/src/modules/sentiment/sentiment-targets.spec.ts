// Issue 13 item 10: the kept sentiment model held to its measured figures. Recomputes them
// from the shared labelled sentences and the committed weights (a second or two), so a change
// to the lexicon, the features or the weights that makes things worse fails here, and so does
// a report that no longer says what the model does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOMAIN_EXAMPLES, loadLabelled, measure, split, type Figures } from './evaluation.js';
import { vaderCompound } from './model.js';
import { prepareForSentiment, sentimentScore } from './sentiment.js';

const THRESHOLD = 0.2; // POSITIVE_SENTIMENT_MIN's default
const REPORT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../docs/sentiment.md');
const KEPT = 'LR + VADER + AFINN + domain lexicon';

const { heldOut } = split(loadLabelled());
const kept = measure(heldOut.map((r) => ({ label: r.label, score: sentimentScore(r.text) })), THRESHOLD);
const vader = measure(heldOut.map((r) => ({ label: r.label, score: vaderCompound(prepareForSentiment(r.text)) })), THRESHOLD);

/** A method's held-out row in docs/sentiment.md, as fractions. */
function reported(method: string): Pick<Figures, 'agreement' | 'negativeAbove' | 'positiveAtOrBelow'> {
  const line = readFileSync(REPORT, 'utf8').split('\n').find((l) => l.startsWith(`| ${method} | ${heldOut.length} |`));
  if (!line) throw new Error(`no held-out row for ${method} in ${REPORT}`);
  const [agreement, negativeAbove, positiveAtOrBelow] = line.split('|').slice(3, 6).map((c) => Number(c.trim().replace('%', '')) / 100);
  return { agreement, negativeAbove, positiveAtOrBelow };
}

const pct = (x: number) => Math.round(x * 1000) / 10;

describe('the kept sentiment model on the held-out sentences', () => {
  it('has the figures docs/sentiment.md reports (the report says what the committed weights do)', () => {
    const r = reported(KEPT);
    expect([pct(kept.agreement), pct(kept.negativeAbove), pct(kept.positiveAtOrBelow)]).toEqual([pct(r.agreement), pct(r.negativeAbove), pct(r.positiveAtOrBelow)]);
    expect(reported('VADER (today)').agreement).toBeCloseTo(vader.agreement, 3);
  });

  it('beats VADER on all three measures, by at least 4 points of agreement', () => {
    expect(kept.agreement).toBeGreaterThanOrEqual(vader.agreement + 0.04);
    expect(kept.negativeAbove).toBeLessThan(vader.negativeAbove);
    expect(kept.positiveAtOrBelow).toBeLessThan(vader.positiveAtOrBelow);
  });

  // Measured at 83.5%, 11.7% and 21.3% (docs/sentiment.md); a change that loses more than half a
  // point on any of them fails here.
  it('stays at or above the figures it was accepted at (83% agreement, ≤12% negatives above, ≤22% positives at or below)', () => {
    expect(kept.agreement).toBeGreaterThanOrEqual(0.83);
    expect(kept.negativeAbove).toBeLessThanOrEqual(0.12);
    expect(kept.positiveAtOrBelow).toBeLessThanOrEqual(0.22);
  });
});

// The real reviews with stars in docs/sentiment.md ("Real customer reviews") are not ours to
// commit, so no test here can read them: `SENTIMENT_REVIEWS_DIR=… pnpm sentiment:compare --check`
// (eval/README.md) recomputes that section and fails when the report no longer says what the
// committed weights do there. A test skipped for want of data would only look like a check.
describe('the kept sentiment model on re-commerce reviews', () => {
  it.each(DOMAIN_EXAMPLES.map((e) => [e.stars, e.text] as const))('puts the issue\'s %i-star review on its side of the threshold: %s', (stars, text) => {
    expect(sentimentScore(text) > THRESHOLD).toBe(stars >= 4);
  });
});
