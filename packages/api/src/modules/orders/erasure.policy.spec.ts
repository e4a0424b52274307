import { describe, expect, it } from 'vitest';
import { ERASED, distinctiveVariants, identifierVariants, scrubPatterns, type CustomerIdentifiers } from './erasure.policy.js';

const rahul: CustomerIdentifiers = { name: 'Rahul Kumar Sharma', phone: '+919812345678', email: 'Rahul.Sharma92@Example.in' };

// PostgreSQL runs these with the 'gi' flags; JavaScript reads the same patterns the same way.
const scrub = (text: string, c: CustomerIdentifiers = rahul, as: 'text' | 'json' = 'text') =>
  text.replace(new RegExp(scrubPatterns(identifierVariants(c))[as], 'gi'), ERASED);

describe('identifierVariants', () => {
  it('takes the whole name, its distinctive parts, the phone without its country code and the e-mail with its local part', () => {
    expect(identifierVariants(rahul)).toEqual({
      names: ['Rahul Kumar Sharma', 'Rahul', 'Kumar', 'Sharma'],
      phone: { countryCode: '91', national: '9812345678' },
      emails: ['rahul.sharma92@example.in', 'rahul.sharma92'],
    });
  });

  it.each([
    ['Dr. R. K. Sharma', ['Dr. R. K. Sharma', 'Sharma']],
    ['Mrs  Li   Na', ['Mrs Li Na']],
    ['Acme Pvt Ltd', ['Acme Pvt Ltd', 'Acme']],
    ["Siobhán O'Brien-Kelly", ["Siobhán O'Brien-Kelly", 'Siobhán', "O'Brien", 'Kelly']],
    ['Priya priya', ['Priya priya', 'Priya']],
    ['Madonna', ['Madonna']],
    ['X', []],
  ])('%j: names %j (initials, honorifics and two-letter parts are not erased alone)', (name, names) => {
    expect(identifierVariants({ name, phone: '+919812345678' }).names).toEqual(names);
  });

  it.each([
    ['+14155552671', { countryCode: '1', national: '4155552671' }],
    ['+447911123456', { countryCode: '44', national: '7911123456' }],
    ['+919812345678', { countryCode: '91', national: '9812345678' }],
    ['erased:1234', null],
  ])('phone %s → %j', (phone, parts) => expect(identifierVariants({ name: 'A B', phone }).phone).toEqual(parts));

  it.each([
    ['info@acme.in', ['info@acme.in']],
    ['rahul@x.in', ['rahul@x.in']],
    ['rs@x.in', ['rs@x.in']],
    [null, []],
  ])('e-mail %j → %j (shared mailboxes, short or name-only local parts are not erased alone)', (email, emails) => {
    expect(identifierVariants({ name: 'Rahul Sharma', phone: '+919812345678', email }).emails).toEqual(emails);
  });

  it('keeps only what identifies the person on their own for text not tied to them', () => {
    expect(distinctiveVariants(identifierVariants(rahul))).toEqual({
      names: ['Rahul Kumar Sharma'],
      phone: { countryCode: '91', national: '9812345678' },
      emails: ['rahul.sharma92@example.in'],
    });
    expect(distinctiveVariants(identifierVariants({ name: 'Madonna', phone: '+919812345678' })).names).toEqual([]);
  });
});

describe('scrubPatterns', () => {
  it.each([
    '+919812345678', '919812345678', '9812345678', '09812345678', '+91 98123 45678', '+91-98123-45678', '98123 45678',
    '98123-45678', '981-234-5678', '(98123) 45678', '+91 (981) 234 5678', '0091 98123 45678', '98.123.456.78',
  ])('erases the phone written as %s', (phone) => {
    expect(scrub(`Call ${phone} today`)).toBe(`Call ${ERASED} today`);
  });

  it('leaves longer numbers that only contain the phone, and other numbers', () => {
    expect(scrub('ref 198123456789, 9812345679 and 98123456780')).toBe('ref 198123456789, 9812345679 and 98123456780');
  });

  it('erases the name, its parts and the e-mail in any case, whole words only', () => {
    expect(scrub('RAHUL KUMAR SHARMA wrote from rahul.sharma92@example.in; rahul said Sharma-ji and Kumarswamy called'))
      .toBe(`${ERASED} wrote from ${ERASED}; ${ERASED} said ${ERASED}-ji and Kumarswamy called`);
    expect(scrub('Rahul  Kumar\nSharma')).toBe(ERASED);
    expect(scrub('insta: Rahul.Sharma92, mail rahul.sharma92@example.in.')).toBe(`insta: ${ERASED}, mail ${ERASED}.`);
  });

  it('leaves another address that only shares a part', () => {
    expect(scrub('xrahul.sharma92@example.in.org')).toBe('xrahul.sharma92@example.in.org');
  });

  it('reads names with regex characters literally', () => {
    const c = { name: 'A.J. (Tony) Fernandes+', phone: '+919812345678' };
    expect(scrub('A.J. (Tony) Fernandes+ and AxJ. Tony', c)).toBe(`${ERASED} and AxJ. ${ERASED}`);
  });

  it('in JSON text: erases string values, keeps keys, sees names after escapes, and the result is still JSON', () => {
    const data = { rahul: 'x', resolution: 'Called Rahul.\nSharma agreed; tab\tRahul', outcome: '"Rahul" on 98123 45678', thomas: '\thomas' };
    const thomas = { name: 'Thomas Rahul', phone: '+919812345678' };
    const out = JSON.parse(scrub(JSON.stringify(data, null, 1), thomas, 'json'));
    expect(out).toEqual({ rahul: 'x', resolution: `Called ${ERASED}.\nSharma agreed; tab\t${ERASED}`, outcome: `"${ERASED}" on ${ERASED}`, thomas: '\thomas' });
  });

  it('matches nothing without identifiers', () => {
    const p = scrubPatterns({ names: [], phone: null, emails: [] });
    for (const pattern of [p.text, p.json]) expect(new RegExp(pattern, 'gi').test('anything at all, even [] or \n')).toBe(false);
  });
});
