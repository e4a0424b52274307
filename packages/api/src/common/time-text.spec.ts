import { describe, expect, it } from 'vitest';
import { durationWords, formatIst } from './time-text.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('formatIst (Asia/Kolkata, for people)', () => {
  it.each([
    ['2026-12-01T07:10:43.187Z', '1 Dec 2026, 12:40 pm IST'],
    ['2026-11-23T05:45:00.000Z', '23 Nov 2026, 11:15 am IST'],
    ['2026-11-30T18:30:00.000Z', '1 Dec 2026, 12:00 am IST'],
    ['2026-12-31T18:29:59.999Z', '31 Dec 2026, 11:59 pm IST'],
    ['2026-12-31T18:30:00.000Z', '1 Jan 2027, 12:00 am IST'],
    ['2026-06-15T06:30:00.000Z', '15 Jun 2026, 12:00 pm IST'],
  ])('%s → %s', (iso, text) => {
    expect(formatIst(new Date(iso))).toBe(text);
  });

  it('gives the Asia/Kolkata wall clock the time-zone database gives, all year', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const p = Object.fromEntries(intl.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      const [, day, month, year, hour, minute, half] = /^(\d+) (\w+) (\d+), (\d+):(\d\d) (am|pm) IST$/.exec(formatIst(new Date(t)))!;
      const h23 = (Number(hour) % 12) + (half === 'pm' ? 12 : 0);
      expect([Number(day), MONTHS.indexOf(month) + 1, Number(year), h23, minute]).toEqual([Number(p.day), Number(p.month), Number(p.year), Number(p.hour), p.minute]);
    }
  });
});

describe('durationWords (how long a link stays open)', () => {
  it.each([
    [72 * 3_600_000, '3 days'], [86_400_000, '1 day'], [36 * 3_600_000, '36 hours'], [2 * 3_600_000, '2 hours'],
    [90_000, '2 minutes'], [60_000, '1 minute'], [5_000, '1 minute'],
  ])('%d ms → %s', (ms, words) => expect(durationWords(ms)).toBe(words));
});
