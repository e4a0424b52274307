import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone, normalisePhone } from './phone.js';

describe('normalisePhone', () => {
  it.each([
    ['9812345678', '+919812345678'],
    ['+91 98123 45678', '+919812345678'],
    ['098123 45678', '+919812345678'],
    ['919812345678', '+919812345678'],
    ['(98123) 45678', '+919812345678'],
    ['+14155552671', '+14155552671'],
  ])('%s → %s', (raw, e164) => expect(normalisePhone(raw)).toBe(e164));
  it.each(['12345', 'abc', '', '98123456789012', '+91 12345'])('%j is not a phone number', (raw) => expect(normalisePhone(raw)).toBeNull());
});

describe('masking for MARKETING', () => {
  it('keeps the country code and last four digits', () => expect(maskPhone('+919812345678')).toBe('+91******5678'));
  it('keeps the first letter and the domain', () => expect(maskEmail('kavya@example.in')).toBe('k***@example.in'));
});
