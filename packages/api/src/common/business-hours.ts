// K2's business hours as configuration writes them (POLICY_BUSINESS_HOURS, POLICY_BUSINESS_DAYS)
// and as the SLA clock engine counts them (modules/sla-clocks).

/** Opening hours in Asia/Kolkata: minutes after midnight, and the days of the week (0 = Sunday) they apply to. */
export interface BusinessHours {
  startMinute: number;
  endMinute: number;
  days: readonly number[];
}

export type Calendar = { kind: 'ALL_HOURS' } | { kind: 'BUSINESS_HOURS'; hours: BusinessHours };

/** "09:00-21:00" → minutes; null when malformed. */
export function parseOpeningHours(text: string): { startMinute: number; endMinute: number } | null {
  const m = /^\s*([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)\s*$/.exec(text);
  if (!m) return null;
  const startMinute = Number(m[1]) * 60 + Number(m[2]);
  const endMinute = Number(m[3]) * 60 + Number(m[4]);
  return endMinute > startMinute && endMinute <= 24 * 60 ? { startMinute, endMinute } : null;
}

const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** "MON,TUE,…" (or "MON-SAT") → weekday numbers; null when malformed. */
export function parseOpenDays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text.toUpperCase().split(',').map((p) => p.trim())) {
    const range = /^([A-Z]{3})(?:-([A-Z]{3}))?$/.exec(part);
    if (!range) return null;
    const from = DAY_NAMES.indexOf(range[1]);
    const to = DAY_NAMES.indexOf(range[2] ?? range[1]);
    if (from < 0 || to < 0) return null;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return days.size > 0 ? [...days].sort() : null;
}
