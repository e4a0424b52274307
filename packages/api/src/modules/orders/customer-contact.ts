// S2: a customer's phone and e-mail as the caller may see them, wherever they are read (the
// Customer type's fields, the CSV exports): masked for every role that does not work with
// customers (maySeeContactData), so no path shows more than the Customer type does.
import type { Principal } from '../access/principal.js';
import { maySeeContactData } from '../access/access.policy.js';
import { maskEmail, maskPhone } from '../../common/phone.js';

export function shownContact(principal: Principal | null, c: { phone: string; email?: string | null }): { phone: string; email: string | null } {
  if (maySeeContactData(principal)) return { phone: c.phone, email: c.email ?? null };
  return { phone: maskPhone(c.phone), email: c.email ? maskEmail(c.email) : null };
}

/** The customer's number as a tel: link, only for callers who see the number itself (masked ones are not dialable). */
export function phoneLink(principal: Principal | null, c: { phone: string }): string | null {
  return maySeeContactData(principal) ? `tel:${c.phone}` : null;
}
