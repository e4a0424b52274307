// Times, money and durations as people here read them, in one place. Times are Asia/Kolkata in
// the API's own notice format (packages/api common/time-text.ts formatIst: "1 Dec 2026, 12:40 pm
// IST", here without " IST"), so a date in a table reads like the same date in an alert's text,
// whatever the browser's time zone. India keeps no daylight saving: a fixed +05:30 offset, no
// time-zone database, and no ICU month names that differ between browsers ("Sept" in en-IN).

const IST_OFFSET_MS = 330 * 60_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type Instant = string | number | Date;

/** The instant shifted to India's wall clock (read it with getUTC*), or null when unreadable. */
function indiaClock(value: Instant | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms + IST_OFFSET_MS) : null;
}

/** "28 Nov 2026" (the India day). */
export function formatDay(value: Instant | null | undefined, empty = '—'): string {
  const d = indiaClock(value);
  return d ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : empty;
}

/** "17 Nov": a week's label on a chart axis. */
export function formatDayMonth(value: Instant | null | undefined, empty = '—'): string {
  const d = indiaClock(value);
  return d ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : empty;
}

/** "28 Nov 2026, 2:05 pm" in India time (minutes truncated, as a clock shows them). */
export function formatWhen(value: Instant | null | undefined, empty = '—'): string {
  const d = indiaClock(value);
  if (!d) return empty;
  const h = d.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(value)}, ${hour12}:${minutes} ${h < 12 ? 'am' : 'pm'}`;
}

/** Whole rupees (the API's prices), Indian digit grouping: ₹26,000; ₹1,25,000. */
export const RUPEES: Intl.NumberFormatOptions = { style: 'currency', currency: 'INR', maximumFractionDigits: 0 };
export const NUMBER_LOCALE = 'en-IN';

const rupees = new Intl.NumberFormat(NUMBER_LOCALE, RUPEES);
const numbers = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 1 });
const fixed = new Map<number, Intl.NumberFormat>();
const fixedTo = (digits: number) => {
  let f = fixed.get(digits);
  if (!f) fixed.set(digits, (f = new Intl.NumberFormat(NUMBER_LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
};

export const formatRupees = (amount: number | null | undefined, empty = '—'): string =>
  typeof amount === 'number' && Number.isFinite(amount) ? rupees.format(amount) : empty;

/** A ledger movement: "+₹5,000" to the party, "−₹5,000" from it, "₹0". */
export const formatSignedRupees = (amount: number | null | undefined, empty = '—'): string =>
  typeof amount === 'number' && Number.isFinite(amount) ? `${amount > 0 ? '+' : amount < 0 ? '−' : ''}${rupees.format(Math.abs(amount))}` : empty;

export interface NumberFormat {
  /** Exactly this many decimals (a score's 4.0 keeps its ".0"); unset, at most one. */
  digits?: number;
  /** Shown when there is no number. */
  empty?: string;
}

/** 125000 → "1,25,000"; 4.25 → "4.3"; with { digits: 2 }, 0.5 → "0.50". */
export const formatNumber = (value: number | null | undefined, { digits, empty = '—' }: NumberFormat = {}): string =>
  typeof value === 'number' && Number.isFinite(value) ? (digits === undefined ? numbers : fixedTo(digits)).format(value) : empty;

/** A percentage the API reports as 0–100: 87.5 → "88%". */
export const formatPercent = (value: number | null | undefined, empty = '—'): string =>
  typeof value === 'number' && Number.isFinite(value) ? `${formatNumber(value, { digits: 0 })}%` : empty;

const UNITS: [label: string, seconds: number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

/**
 * A span in its two largest units: 2_610_000 s → "30 d 5 h", 7_500 → "2 h 5 m", 754 → "12 m 34 s",
 * 45 → "45 s", 3_600 → "1 h". Long SLA overruns read at a glance, not as "725:13:47".
 */
export function formatDuration(totalSeconds: number): string {
  let rest = Math.max(0, Math.floor(totalSeconds));
  const parts: string[] = [];
  for (const [label, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || parts.length > 0) parts.push(`${n} ${label}`);
    if (parts.length === 2) break;
  }
  // "2 h 0 m" says nothing "2 h" does not.
  const shown = parts.filter((p, i) => i === 0 || !p.startsWith('0 '));
  return shown.length > 0 ? shown.join(' ') : '0 s';
}

/** Minutes (as the analytics report them) as a duration: 43_587 → "30 d 6 h". */
export const formatMinutes = (minutes: number | null | undefined, empty = '—'): string =>
  typeof minutes === 'number' && Number.isFinite(minutes) ? formatDuration(minutes * 60) : empty;
