// Customers are matched by phone: normalisation must be stable and format-blind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, normalisePhone } from './phone.js';

const indianMobile = fc.stringMatching(/^[6-9]\d{9}$/);
const formats: ((d: string) => string)[] = [
  (d) => d,
  (d) => `+91${d}`,
  (d) => `+91 ${d.slice(0, 5)} ${d.slice(5)}`,
  (d) => `0${d}`,
  (d) => `91${d}`,
  (d) => `(${d.slice(0, 5)}) ${d.slice(5)}`,
  (d) => ` ${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)} `,
  (d) => `+91.${d.slice(0, 5)}.${d.slice(5)}`,
];

describe('normalisePhone', () => {
  it('is idempotent on its output, which is always E.164', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^\+?[\d\s().-]{0,20}$/),
      indianMobile.chain((d) => fc.constantFrom(...formats).map((f) => f(d))),
    );
    fc.assert(
      fc.property(anyText, (raw) => {
        const out = normalisePhone(raw);
        if (out === null) return;
        expect(out).toMatch(/^\+[1-9]\d{6,14}$/);
        expect(normalisePhone(out)).toBe(out);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives one number for every way of writing an Indian mobile', () => {
    fc.assert(
      fc.property(indianMobile, (d) => {
        const plain = normalisePhone(d);
        // libphonenumber knows which 10-digit series are allotted; an unallotted one is refused in every format.
        for (const f of formats) expect(normalisePhone(f(d))).toBe(plain);
        if (plain !== null) expect(plain).toBe(`+91${d}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (raw) => {
      normalisePhone(raw);
    }), { numRuns: 2000 });
  });

  it('masking keeps the length and the last four digits', () => {
    fc.assert(
      fc.property(indianMobile, (d) => {
        const e164 = normalisePhone(d);
        fc.pre(e164 !== null);
        const masked = maskPhone(e164!);
        expect(masked).toHaveLength(e164!.length);
        expect(masked.endsWith(d.slice(-4))).toBe(true);
        expect(masked).not.toContain(d.slice(0, 6));
      }),
    );
  });
});
