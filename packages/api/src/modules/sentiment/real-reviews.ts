// Real customer reviews with their stars, to measure the sentiment model nearer the target
// domain than the labelled sentences are: Indian customers writing about a payments app (Paytm,
// Google Play) and phones bought on Flipkart. Their repositories carry no licence, so no review
// text is committed: this reads them from a local folder (SENTIMENT_REVIEWS_DIR) and only the
// figures measured on them go into docs/sentiment.md. eval/README.md says where each file comes
// from and how to put the folder together. Not imported by the scorer.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { seededRandom } from './evaluation.js';

export interface StarReview {
  set: string;
  text: string;
  stars: number;
}

export interface ReviewSource {
  /** The set's name in the report. */
  set: string;
  file: string;
  /** Where the file is published (repository, commit, path). */
  origin: string;
  read: (raw: string) => { text: string; stars: number }[];
  /** The scrape repeats pages: keep one row per distinct (text, stars). */
  dedupe?: boolean;
}

const fromFlipkartJson = (raw: string) =>
  (JSON.parse(raw) as { Rating: string; Review: string }[]).map((r) => ({
    // The scraper kept Flipkart's "READ MORE" link text glued to the review.
    text: r.Review.replace(/\.*\s*READ MORE$/u, '').trim(),
    stars: Number(r.Rating),
  }));

export const REVIEW_SOURCES: ReviewSource[] = [
  {
    set: 'Paytm, Google Play (India)',
    file: 'paytm_all_reviews.csv',
    origin: 'github.com/Dorojain/Data-Analysis- @ c62da019c2d4ad0268b613ffbdc8f828e55647dd, paytm_all_reviews.csv (10,000 newest reviews, 25 Sep–16 Oct 2025; no licence)',
    read: (raw) =>
      (parse(raw, { columns: true, skip_empty_lines: true }) as { score: string; content: string }[]).map((r) => ({
        text: r.content,
        stars: Number(r.score),
      })),
  },
  {
    set: 'Flipkart phones (iPhone 15, Galaxy S24 Ultra)',
    file: 'Iphone15.json',
    origin: 'github.com/Midlaj23/iphone-reviews-exploration @ 8243c47780e18c84086a7f23be431e7953da9523, Iphone15.json (no licence)',
    read: fromFlipkartJson,
    dedupe: true,
  },
  {
    set: 'Flipkart phones (iPhone 15, Galaxy S24 Ultra)',
    file: 'S24_review.json',
    origin: 'github.com/Akashgopalgs/S24ultra_review @ 03138d346b7cc6225148f562ad373680e5d7f340, S24_review.json (no licence)',
    read: fromFlipkartJson,
    dedupe: true,
  },
];

/** The folder holding the files above, or null when it is not there (the figures are then skipped). */
export function reviewsDir(): string | null {
  const dir = process.env.SENTIMENT_REVIEWS_DIR;
  return dir && REVIEW_SOURCES.every((s) => existsSync(path.join(dir, s.file))) ? dir : null;
}

const normalised = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Every review with text and 1–5 stars. The Flipkart scrapes repeat pages, so there one row is
 * kept per distinct (text, stars); the Paytm rows are distinct reviews (a user and a time each),
 * so the many customers who wrote just "good" all count, as they would in production.
 */
export function loadStarReviews(dir: string): StarReview[] {
  const seen = new Set<string>();
  const out: StarReview[] = [];
  for (const s of REVIEW_SOURCES) {
    for (const r of s.read(readFileSync(path.join(dir, s.file), 'utf8'))) {
      const key = `${s.set}\u0000${r.stars}\u0000${normalised(r.text)}`;
      if (!r.text.trim() || !(r.stars >= 1 && r.stars <= 5) || (s.dedupe && seen.has(key))) continue;
      seen.add(key);
      out.push({ set: s.set, text: r.text.trim(), stars: r.stars });
    }
  }
  return out;
}

export const REVIEW_SPLIT_SEED = 2026;

/**
 * Half to look at while changing the lexicon and the calibration ("tuning"), half only ever
 * measured ("held out"): per set and star, shuffled with a fixed seed, and grouped by text so
 * the same words are never on both sides. Fixed before any figure on them was looked at.
 */
export function splitReviews(rows: StarReview[], seed = REVIEW_SPLIT_SEED): { tuning: StarReview[]; heldOut: StarReview[] } {
  const next = seededRandom(seed);
  const tuning: StarReview[] = [];
  const heldOut: StarReview[] = [];
  const sets = [...new Set(rows.map((r) => r.set))];
  const side = new Map<string, 'tuning' | 'heldOut'>();
  for (const set of sets) {
    for (const stars of [1, 2, 3, 4, 5]) {
      const texts = [...new Set(rows.filter((r) => r.set === set && r.stars === stars).map((r) => normalised(r.text)))].sort();
      for (let i = texts.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [texts[i], texts[j]] = [texts[j], texts[i]];
      }
      texts.forEach((t, i) => {
        const key = `${set}\u0000${t}`;
        if (!side.has(key)) side.set(key, i % 2 === 0 ? 'heldOut' : 'tuning');
      });
    }
  }
  for (const r of rows) (side.get(`${r.set}\u0000${normalised(r.text)}`) === 'heldOut' ? heldOut : tuning).push(r);
  return { tuning, heldOut };
}

/** 4–5 stars positive, 1–2 negative, 3 not counted (as the targets count them). */
export const starLabel = (stars: number): 0 | 1 | null => (stars >= 4 ? 1 : stars <= 2 ? 0 : null);
