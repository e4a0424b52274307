// RV1: sentiment computed on import with VADER (valence-aware, rule-based, built for short
// social text: negation, intensifiers, "but", caps and punctuation emphasis).
import vader from 'vader-sentiment';

// The JS port of VADER predates the Python version's emoji handling, and its lexicon is
// English only; Indian customers write Hinglish and emoji. A small, explicit word list turns
// the most common ones into the English words VADER scores, so "ekdum mast 👍" is not neutral.
const EMOJI: Record<string, string> = {
  '👍': ' good ', '👌': ' good ', '👏': ' great ', '🙏': ' thanks ', '💯': ' excellent ', '🔥': ' awesome ',
  '❤️': ' love ', '❤': ' love ', '😍': ' love ', '🥰': ' love ', '😊': ' happy ', '🙂': ' happy ', '😀': ' happy ',
  '😃': ' happy ', '😄': ' happy ', '😁': ' happy ', '🤩': ' awesome ',
  '👎': ' bad ', '😡': ' angry ', '😠': ' angry ', '🤬': ' angry ', '😤': ' annoyed ', '😞': ' sad ', '😔': ' sad ',
  '😢': ' sad ', '😭': ' sad ', '🤮': ' disgusting ', '💩': ' terrible ',
};

const HINDI_NOT = '(?:nahi|nahin|nhi|nai)';
const HINGLISH: [RegExp, string][] = [
  // "accha nahi" is "bad", said directly: VADER's "not" also flips the next two words, which
  // would turn "not good, bakwas" positive.
  [new RegExp(`\\b(?:accha|acha|achha|achchha|acchi|achi|achhi|badhiya|badiya|badia|bdiya|badhia|theek|thik)\\s+${HINDI_NOT}\\b`, 'giu'), 'bad'],
  [/\b(accha|acha|achha|achchha|acchi|achi|achhi)\b/giu, 'good'],
  [/\b(badhiya|badiya|badia|bdiya|badhia)\b/giu, 'great'],
  [/\b(mast|zabardast|jabardast|shandaar|shandar|kamaal|kamal)\b/giu, 'excellent'],
  [/\b(bahut|bohot|bahot|bohat|ekdum|ekdam)\b/giu, 'very'],
  [/\bpaisa (vasool|wasool)\b/giu, 'worth it'],
  [/\b(bekaar|bekar|faltu)\b/giu, 'useless'],
  [/\b(bakwas|bakwaas|ghatiya|ghatia)\b/giu, 'terrible'],
  [/\b(dhokha|dhoka|dhokebaaz|dhokebaz)\b/giu, 'fraud'],
  [/\bchor\b/giu, 'thief'],
];
// Hindi puts the negation after the word ("pasand nahi aaya"); VADER looks for it before.
const HINDI_NEGATION = new RegExp(`\\b([\\p{L}']+)\\s+${HINDI_NOT}\\b`, 'giu');

/** The text as VADER should read it: emoji and common Hinglish turned into English words. */
export function prepareForSentiment(text: string): string {
  let out = text;
  for (const [emoji, word] of Object.entries(EMOJI)) out = out.split(emoji).join(word);
  for (const [pattern, word] of HINGLISH) out = out.replace(pattern, word);
  return out.replace(HINDI_NEGATION, 'not $1').replace(/\s+/g, ' ').trim();
}

/** -1 (negative) .. 1 (positive): VADER's normalised compound score, to 3 decimals. */
export function sentimentScore(text: string): number {
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(prepareForSentiment(text));
  const rounded = Math.round(compound * 1000) / 1000;
  // Math.round can give -0, which would print as "-0" in JSON-less tooling and sorts oddly.
  return Object.is(rounded, -0) ? 0 : Math.max(-1, Math.min(1, rounded));
}
