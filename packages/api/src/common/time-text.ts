// Times as people here read them: Asia/Kolkata, e.g. "1 Dec 2026, 12:40 pm IST" (staff notices
// are read by people, not parsers; the audit data keeps ISO instants). India keeps no daylight
// saving, so the fixed +05:30 offset of common/weeks.ts is enough: no time-zone database.
import { IST_OFFSET_MS } from './weeks.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-12-01T07:10:43.187Z → "1 Dec 2026, 12:40 pm IST" (minutes truncated, as a clock shows them). */
export function formatIst(at: Date): string {
  const local = new Date(at.getTime() + IST_OFFSET_MS);
  const h = local.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = String(local.getUTCMinutes()).padStart(2, '0');
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${hour12}:${minutes} ${h < 12 ? 'am' : 'pm'} IST`;
}

/** 259200000 → "3 days", 7200000 → "2 hours", 90000 → "2 minutes" (rounded up): how long something stays open. */
export function durationWords(ms: number): string {
  const unit = ([['day', 86_400_000], ['hour', 3_600_000]] as const).find(([, size]) => ms >= size && ms % size === 0);
  const [name, size] = unit ?? ['minute', 60_000];
  const n = Math.max(1, Math.ceil(ms / size));
  return `${n} ${name}${n === 1 ? '' : 's'}`;
}
