// Erasure (the customer's right to be forgotten): which spellings of a customer's name, phone
// and e-mail count as theirs, and the regular expressions that find them in free text.
// The patterns are PostgreSQL AREs that JavaScript reads the same way (no [[:classes:]], no
// \m/\M), so the spec can exercise them without a database.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export interface CustomerIdentifiers {
  name: string;
  /** E.164, as stored. */
  phone: string;
  email?: string | null;
}

export interface IdentifierVariants {
  /** The whole name, then each distinctive part of it. */
  names: string[];
  /** Matched with or without the country code or a trunk 0, and with any spacing between digits. */
  phone: { countryCode: string; national: string } | null;
  /** The address, then its local part where that is distinctive on its own. */
  emails: string[];
}

export interface ScrubPatterns {
  /** For text columns. */
  text: string;
  /** For jsonb rendered as text: skips object keys and sees words right after a \n-style escape. */
  json: string;
}

export const ERASED = '[erased]';

// Parts that say nothing about who the person is; erasing them would mangle the rest of the text.
const NOT_DISTINCTIVE = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'shri', 'shree', 'sri', 'smt', 'kumari', 'sir', 'madam',
  'the', 'and', 'of', 'pvt', 'private', 'ltd', 'limited', 'llp', 'inc', 'corp', 'co', 'company',
]);

// Shared mailboxes name a company, not the person.
const GENERIC_MAILBOXES = new Set(['info', 'contact', 'admin', 'mail', 'email', 'hello', 'support', 'sales', 'office', 'accounts', 'billing', 'team']);

const MIN_PART_LETTERS = 3;
const MIN_NATIONAL_DIGITS = 6;

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

export function identifierVariants(c: CustomerIdentifiers): IdentifierVariants {
  const fullName = c.name.trim().replace(/\s+/g, ' ');
  const names = uniqueCaseless([
    ...(letters(fullName) >= 2 ? [fullName] : []),
    // Initials ("R. K.") and two-letter parts are too common to erase on their own; the whole name still covers them.
    ...fullName.split(/[^\p{L}\p{M}'’]+/u).filter((p) => letters(p) >= MIN_PART_LETTERS && !NOT_DISTINCTIVE.has(p.toLowerCase())),
  ]);
  const email = c.email?.trim().toLowerCase() || null;
  const local = email?.split('@')[0] ?? '';
  const emails = email
    ? uniqueCaseless([email, ...(local.length >= 4 && /\p{L}/u.test(local) && !GENERIC_MAILBOXES.has(local) ? [local] : [])])
        .filter((e) => e === email || !names.some((n) => n.toLowerCase() === e))
    : [];
  return { names, phone: phoneParts(c.phone), emails };
}

/** Only what identifies this one person on its own: for text not tied to them, where a first name may be someone else's. */
export function distinctiveVariants(v: IdentifierVariants): IdentifierVariants {
  return { names: v.names.slice(0, 1).filter((n) => n.includes(' ')), phone: v.phone, emails: v.emails.slice(0, 1) };
}

function phoneParts(e164: string): IdentifierVariants['phone'] {
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed) return { countryCode: parsed.countryCallingCode, national: parsed.nationalNumber };
  const digits = e164.replace(/\D/g, '');
  if (digits.length < MIN_NATIONAL_DIGITS) return null;
  return digits.length > 10 ? { countryCode: digits.slice(0, -10), national: digits.slice(-10) } : { countryCode: '', national: digits };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Between digits people write spaces, dashes, dots or brackets: "+91 (98123) 777-11".
const SEP = '[\\s().-]{0,3}';

function phonePattern(p: NonNullable<IdentifierVariants['phone']>): string {
  const prefixes = [...(p.countryCode ? [`(?:\\+|00)?${p.countryCode}${SEP}`] : []), `0${SEP}`, '\\('];
  return `(?<!\\d)(?:${prefixes.join('|')})?${[...p.national].join(SEP)}(?!\\d)`;
}

type Branch = { length: number; body: string; kind: 'word' | 'email' | 'phone' };

// What may not stand right before a word or an address (bracket contents).
const WORD_CHARS = '\\w';
const ADDRESS_CHARS = '\\w.+-';

function branchPattern(b: Branch, json: boolean): string {
  if (b.kind === 'phone') return b.body;
  const before = b.kind === 'email' ? ADDRESS_CHARS : WORD_CHARS;
  // In JSON text a backslash before a letter is an escape: \nRahul is a newline and a name,
  // and \thomas is a tab and "homas", not Thomas.
  const start = json ? `(?:(?<![\\\\${before}])|(?<=\\\\[bfnrt]))` : `(?<![${before}])`;
  const end = b.kind === 'email' ? '(?![\\w-])(?!\\.\\w)' : '(?!\\w)';
  // A JSON object key is the code's word, not the customer's: "from": stays even for a Mr From.
  return `${start}(?:${b.body})${end}${json ? '(?!":)' : ''}`;
}

// Matches no text at all, in both dialects.
const NOTHING = '[^\\s\\S]';

/**
 * One alternation over every variant, case-insensitive by the caller's flag ('gi' / ~*).
 * Longest first, so JavaScript (first branch wins) replaces what PostgreSQL (longest branch
 * wins) replaces. With nothing to look for, the patterns match nothing.
 */
export function scrubPatterns(v: IdentifierVariants): ScrubPatterns {
  const branches: Branch[] = [
    ...v.names.map((n): Branch => ({ length: n.length, body: n.split(' ').map(escape).join('\\s+'), kind: 'word' })),
    ...v.emails.map((e): Branch => ({ length: e.length, body: escape(e), kind: e.includes('@') ? 'email' : 'word' })),
    ...(v.phone ? [{ length: v.phone.countryCode.length + v.phone.national.length, body: phonePattern(v.phone), kind: 'phone' as const }] : []),
  ].sort((a, b) => b.length - a.length);
  if (branches.length === 0) return { text: NOTHING, json: NOTHING };
  return {
    text: branches.map((b) => branchPattern(b, false)).join('|'),
    json: branches.map((b) => branchPattern(b, true)).join('|'),
  };
}

function uniqueCaseless(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
