// Customers are matched by phone, so every number is stored in one form: E.164, with India's
// +91 assumed for the 10-digit numbers partners usually send.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export function normalisePhone(raw: string): string | null {
  const cleaned = raw.trim();
  if (!/^[+\d(][\d\s().-]*$/.test(cleaned)) return null;
  const digits = cleaned.replace(/\D/g, '');
  let candidate = cleaned.startsWith('+') ? `+${digits}` : digits;
  // 0-prefixed trunk (09812345678) and 91-prefixed (919812345678) Indian numbers.
  if (!candidate.startsWith('+')) {
    if (digits.length === 11 && digits.startsWith('0')) candidate = digits.slice(1);
    else if (digits.length === 12 && digits.startsWith('91')) candidate = `+${digits}`;
  }
  const parsed = parsePhoneNumberFromString(candidate, 'IN');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

/** +919812345678 → +91******5678 (what MARKETING sees). */
export function maskPhone(e164: string): string {
  if (e164.length <= 7) return '*'.repeat(e164.length);
  const cc = e164.startsWith('+91') ? '+91' : e164.slice(0, 3);
  return cc + '*'.repeat(e164.length - cc.length - 4) + e164.slice(-4);
}

export function maskEmail(email: string): string {
  const [user, domain] = email.split('@');
  if (!domain) return '***';
  return `${user.slice(0, 1)}***@${domain}`;
}
