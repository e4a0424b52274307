// Issue 13 item 10: the kept sentiment model held to its measured figures. Recomputes them
// from the shared labelled sentences and the committed weights (a second or two), so a change
// to the lexicon, the features or the weights that makes things worse fails here, and so does
// a report that no longer says what the model does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DOMAIN_EXAMPLES, TARGETS, loadLabelled, measure, split, type Figures } from './evaluation.js';
import { vaderCompound } from './model.js';
import { loadStarReviews, reviewsDir, splitReviews, starLabel } from './real-reviews.js';
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

// The real reviews with stars in docs/sentiment.md ("Real customer reviews"): not ours to commit,
// so measured only when SENTIMENT_REVIEWS_DIR holds them (eval/README.md). Then the report's
// held-out rows for the kept method must be what the committed weights do.
const realDir = reviewsDir();
describe.skipIf(!realDir)('the kept sentiment model on the real reviews (SENTIMENT_REVIEWS_DIR)', () => {
  it('has the held-out figures docs/sentiment.md reports for each set', () => {
    const { heldOut: real } = splitReviews(loadStarReviews(realDir!));
    const md = readFileSync(REPORT, 'utf8');
    for (const set of [...new Set(real.map((r) => r.set))]) {
      const f = measure(real.filter((r) => r.set === set && starLabel(r.stars) !== null).map((r) => ({ label: starLabel(r.stars)!, score: sentimentScore(r.text) })), THRESHOLD);
      const line = md.split('\n').find((l) => l.startsWith(`| ${set} | ${KEPT} |`));
      expect(line, `no row for ${set}`).toBeDefined();
      const cells = line!.split('|').map((c) => c.trim());
      expect(cells.slice(7, 11)).toEqual([String(f.n), `${pct(f.agreement).toFixed(1)}%`, `${pct(f.negativeAbove).toFixed(1)}%`, `${pct(f.positiveAtOrBelow).toFixed(1)}%`]);
    }
  });
});

describe('the kept sentiment model on re-commerce reviews', () => {
  it.each(DOMAIN_EXAMPLES.map((e) => [e.stars, e.text] as const))('puts the issue\'s %i-star review on its side of the threshold: %s', (stars, text) => {
    expect(sentimentScore(text) > THRESHOLD).toBe(stars >= 4);
  });

  // Issue 13's targets are for real re-commerce reviews with their stars; we have no such set
  // (docs/sentiment.md). Point SENTIMENT_REVIEWS_CSV at one (columns text, stars) and this holds
  // the model to them: 4–5 stars positive, 1–2 negative, 3 not counted.
  const csv = process.env.SENTIMENT_REVIEWS_CSV;
  it.skipIf(!csv || !existsSync(csv))('meets the targets on SENTIMENT_REVIEWS_CSV (≥90% agreement, ≤5% of 1–2★ above 0.2, ≤10% of 4–5★ at or below)', () => {
    const rows = parse(readFileSync(csv!, 'utf8'), { columns: true, skip_empty_lines: true }) as { text: string; stars: string }[];
    const scored = rows
      .filter((r) => Number(r.stars) !== 3)
      .map((r) => ({ label: (Number(r.stars) >= 4 ? 1 : 0) as 0 | 1, score: sentimentScore(r.text) }));
    const f = measure(scored, THRESHOLD);
    expect(f.agreement).toBeGreaterThanOrEqual(TARGETS.agreement);
    expect(f.negativeAbove).toBeLessThanOrEqual(TARGETS.negativeAbove);
    expect(f.positiveAtOrBelow).toBeLessThanOrEqual(TARGETS.positiveAtOrBelow);
  });
});
