// How the sentiment model reads text: emoji and common Hinglish turned into English words,
// then tokens with negation scope marked. The training script and the scorer share this file,
// so the model is always trained on exactly the features it is later asked about.

// Indian customers write Hinglish and emoji; neither VADER's lexicon nor the English training
// sentences know them. A small, explicit word list turns the most common ones into English.
const EMOJI: Record<string, string> = {
  '👍': ' good ', '👌': ' good ', '👏': ' great ', '🙏': ' thanks ', '💯': ' excellent ', '🔥': ' awesome ',
  '❤️': ' love ', '❤': ' love ', '😍': ' love ', '🥰': ' love ', '😊': ' happy ', '🙂': ' happy ', '😀': ' happy ',
  '😃': ' happy ', '😄': ' happy ', '😁': ' happy ', '🤩': ' awesome ',
  '👎': ' bad ', '😡': ' angry ', '😠': ' angry ', '🤬': ' angry ', '😤': ' annoyed ', '😞': ' sad ', '😔': ' sad ',
  '😢': ' sad ', '😭': ' sad ', '🤮': ' disgusting ', '💩': ' terrible ',
  '🥳': ' happy ', '☺️': ' happy ', '☺': ' happy ', '🤗': ' happy ', '😘': ' love ', '💖': ' love ', '💕': ' love ',
  '✨': ' great ', '🎉': ' great ', '😒': ' annoyed ', '🙄': ' annoyed ', '😑': ' annoyed ', '😣': ' sad ', '😫': ' sad ', '😩': ' sad ',
};

// How customers on Indian app stores spell the words that carry most of a short review
// ("supper", "exilent", "wrost") and "super"/"good"/"nice"/"bad" written in Devanagari, Tamil,
// Telugu, Bengali or Kannada script; after letters repeated for emphasis are cut to two
// ("superrrr" → "superr", "goood" → "good"). Matched as whole words.
const SPELLING: [RegExp, string][] = [
  [/\b(?:su+pp?e+r+|s[uo]p+a+r+|supr|soopar|sooper)\b/giu, 'super'],
  [/\b(?:exc?ell?ent|ex+[ie]l+[ae]n+t|[ae]x+[ie]l+[ae]n+t|axilent|accelent|excelent|exlent|xl+[ae]nt|xillent|exellent|excellant|exilant)\b/giu, 'excellent'],
  [/\b(?:nyce|nise|nais|noice|naic|nicee|nicce|naice)\b/giu, 'nice'],
  [/\b(?:gud|goood|goodd|gd|gooood|guud)\b/giu, 'good'],
  [/\b(?:am[ae]z[ie]ng|amazin|amazng|amezing|amajing)\b/giu, 'amazing'],
  [/\b(?:awsm|awsome|awesum|osm|osam|awsum|awesone)\b/giu, 'awesome'],
  [/\b(?:wrost|worest|worstt|wors|wrst|worsst)\b/giu, 'worst'],
  [/\b(?:usless|useles|usles|uselss)\b/giu, 'useless'],
  [/\b(?:feoud|frod|frud|fraud+)\b/giu, 'fraud'],
  [/\b(?:intrasting|intresting|interesting)\b/giu, 'interesting'],
  [/\b(?:thanku|thankyou|thnx|thanx|thnks|thnk u|tq|thank u)\b/giu, 'thank you'],
  [/\b(?:use full|usefull)\b/giu, 'useful'],
  [/\b(?:helpfull)\b/giu, 'helpful'],
  [/\b(?:bakwaas|bakwass)\b/giu, 'terrible'],
  // "op" is gamers' "overpowered": only when it is the whole review.
  [/^\s*op\s*$/giu, 'great'],
  [/(?<![\p{L}])(?:सुपर|बढ़िया|बढ़िया|बहुत बढ़िया|शानदार|सூப்பர்|சூப்பர்|సూపర్|সুপার|ಸೂಪರ್)(?![\p{L}])/gu, ' super '],
  [/(?<![\p{L}])(?:गुड|अच्छा|अच्छी|बहुत अच्छा|நல்ல|நல்லது|బాగుంది|మంచి|ভালো|ভাল)(?![\p{L}])/gu, ' good '],
  [/(?<![\p{L}])(?:नाइस)(?![\p{L}])/gu, ' nice '],
  [/(?<![\p{L}])(?:बेकार|घटिया|बकवास|फालतू|बेकार है)(?![\p{L}])/gu, ' terrible '],
  [/(?<![\p{L}])(?:धोखा|फ्रॉड|फ्रोड)(?![\p{L}])/gu, ' fraud '],
];

/**
 * Star-like phrases ("5 stars", "⭐⭐⭐⭐⭐", "1 star"): turned into words, since tokenize reads
 * every number as "#" and the star emoji as nothing. The lexicon weighs "five stars" and
 * "one star" (domain-lexicon.ts).
 */
const STARS: [RegExp, string][] = [
  [/(?:⭐|🌟|★){4,}/gu, ' five stars '],
  [/\b(?:5|five)\s*(?:\/\s*5|out of\s*5)?\s*(?:stars?|⭐|\*|🌟|★)(?![\p{L}])/giu, ' five stars '],
  [/\b(?:1|one|0|zero)\s*(?:stars?|⭐|\*|🌟|★)(?![\p{L}])/giu, ' one star '],
];

const HINDI_NOT = '(?:nahi|nahin|nhi|nai)';
const HINGLISH: [RegExp, string][] = [
  // "accha nahi" is "bad", said directly: a "not" before it would also flip the next words,
  // which would turn "not good, bakwas" positive.
  [new RegExp(`\\b(?:accha|acha|achha|achchha|acchi|achi|achhi|badhiya|badiya|badia|bdiya|badhia|theek|thik)\\s+${HINDI_NOT}\\b`, 'giu'), 'bad'],
  [/\b(accha|acha|achha|achchha|acchi|achi|achhi|achcha|achchi|achche|acche|achhe|achha|achhaa|acchha)\b/giu, 'good'],
  [/\b(badhiya|badiya|badia|bdiya|badhia)\b/giu, 'great'],
  [/\b(mast|zabardast|jabardast|shandaar|shandar|kamaal|kamal)\b/giu, 'excellent'],
  [/\b(bahut|bohot|bahot|bohat|ekdum|ekdam)\b/giu, 'very'],
  [/\bpaisa (vasool|wasool)\b/giu, 'worth it'],
  [/\b(bekaar|bekar|faltu)\b/giu, 'useless'],
  [/\b(bakwas|bakwaas|ghatiya|ghatia)\b/giu, 'terrible'],
  [/\b(dhokha|dhoka|dhokebaaz|dhokebaz)\b/giu, 'fraud'],
  [/\bchor\b/giu, 'thief'],
];
// Hindi puts the negation after the word ("pasand nahi aaya"); English models look before it.
const HINDI_NEGATION = new RegExp(`\\b([\\p{L}']+)\\s+${HINDI_NOT}\\b`, 'giu');

/** The text as the models should read it: emoji and common Hinglish turned into English words. */
export function prepareForSentiment(text: string): string {
  let out = text;
  for (const [pattern, word] of STARS) out = out.replace(pattern, word);
  for (const [emoji, word] of Object.entries(EMOJI)) out = out.split(emoji).join(word);
  // Emphasis: a letter said three or more times is said twice ("superrrr", "goood").
  out = out.replace(/(\p{L})\1{2,}/gu, '$1$1');
  for (const [pattern, word] of SPELLING) out = out.replace(pattern, word);
  for (const [pattern, word] of HINGLISH) out = out.replace(pattern, word);
  return out.replace(HINDI_NEGATION, 'not $1').replace(/\s+/g, ' ').trim();
}

/** Words that put what follows them, up to the end of the clause, in negation scope. */
const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'neither', 'nor', 'without', 'hardly', 'barely',
  'cannot', 'cant', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'werent', 'arent', 'wont', 'wouldnt', 'couldnt',
  'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint',
]);
/** Words that end a negation's scope as punctuation does ("not fast but polite"). */
const SCOPE_ENDS = new Set(['but', 'however', 'although', 'though', 'yet', 'except']);
const PUNCT = /^[.,!?;:]$/;

/**
 * Lower-case word and punctuation tokens. Apostrophes are dropped inside words ("didn't" →
 * "didnt") because customers type both; numbers become "#" (an amount or a time is not a
 * sentiment, "2 hours late" and "3 hours late" are the same complaint).
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘`´]/g, "'").replace(/n't\b/g, 'nt').replace(/'/g, '');
  const tokens = lower.match(/[\p{L}]+|\d+(?:[.,]\d+)*|[.,!?;:]|…/gu) ?? [];
  return tokens.map((t) => (t === '…' ? '.' : /^\d/.test(t) ? '#' : t));
}

export const isNegator = (token: string) => NEGATORS.has(token);
export const endsScope = (token: string) => PUNCT.test(token) || SCOPE_ENDS.has(token);

/**
 * Each word token with whether it sits in a negation's scope: from a negator to the end of
 * the clause (Das and Chen's marking, as Pang, Lee and Vaithyanathan used it).
 */
export function negationScopes(tokens: string[]): { token: string; negated: boolean }[] {
  const out: { token: string; negated: boolean }[] = [];
  let negated = false;
  for (const token of tokens) {
    if (endsScope(token)) {
      negated = false;
      continue;
    }
    out.push({ token, negated });
    if (isNegator(token)) negated = true;
  }
  return out;
}

/**
 * Words that say nothing about sentiment in one domain or another but that a model trained on
 * film and restaurant sentences learns weights for anyway ("at", "see", "then"): left out as
 * single-word features, and as pairs made only of them. Negators are not in it.
 */
const FUNCTION_WORDS = new Set(
  ('a an the and or of to in on at by for from with as into onto about over under after before between through during ' +
    'i me my mine we us our you your he him his she her it its they them their this that these those there here ' +
    'is am are was were be been being do does did done have has had having will would shall should can could may might must ' +
    'what which who whom whose when where why how if then than so such just also too very really quite ' +
    'one ones some any all each every other another more most much many few own same get got go went come came see saw say said ' +
    'up down out off again once like').split(' '),
);

export interface FeatureOptions {
  /** Leave function words (and the "#" of a number) out as single-word features and as pairs of them. */
  dropFunctionWords: boolean;
}

/** As the comparison script chose them (docs/sentiment.md, "Choosing the settings"). */
export const FEATURE_OPTIONS: FeatureOptions = { dropFunctionWords: false };

const isFunction = (t: string) => t === '#' || FUNCTION_WORDS.has(t);

/**
 * The bag of features a trained model reads: words (prefixed "not_" inside a negation's scope)
 * and adjacent word pairs within a clause. Presence, not counts: in a one-line review a word
 * said twice is not twice the opinion.
 */
export function features(prepared: string, options: FeatureOptions = FEATURE_OPTIONS): Set<string> {
  const out = new Set<string>();
  const drop = options.dropFunctionWords;
  let previous: string | null = null;
  const tokens = tokenize(prepared);
  for (const token of tokens) {
    if (endsScope(token)) {
      previous = null;
      continue;
    }
    if (previous !== null && !(drop && isFunction(previous) && isFunction(token))) out.add(`${previous} ${token}`);
    previous = token;
  }
  for (const { token, negated } of negationScopes(tokens)) {
    if (drop && isFunction(token)) continue;
    out.add(negated && !isNegator(token) ? `not_${token}` : token);
  }
  return out;
}
