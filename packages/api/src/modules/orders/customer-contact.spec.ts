import { describe, expect, it } from 'vitest';
import { ApiScope, Role } from '../../common/enums.js';
import type { Principal } from '../access/principal.js';
import { phoneLink, shownContact } from './customer-contact.js';

const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u', email: 'u@x.in', name: 'U', roles });
const key = (...scopes: ApiScope[]): Principal => ({ kind: 'API_KEY', id: 'k', name: 'K', scopes });
const customer = { phone: '+919812345678', email: 'meera@example.in' };
const FULL = { phone: '+919812345678', email: 'meera@example.in' };
const MASKED = { phone: '+91******5678', email: 'm***@example.in' };

describe('shownContact (S2: contact data masked for roles that do not work with customers)', () => {
  it.each([
    ['ADMIN', user(Role.ADMIN), FULL],
    ['CX_AGENT', user(Role.CX_AGENT), FULL],
    ['CX_LEAD', user(Role.CX_LEAD), FULL],
    ['FINANCE', user(Role.FINANCE), FULL],
    ['MARKETING', user(Role.MARKETING), MASKED],
    ['VENDOR_OPS', user(Role.VENDOR_OPS), MASKED],
    ['TECH', user(Role.TECH), MASKED],
    ['a READ_ALL key', key(ApiScope.READ_ALL), FULL],
    ['an ORDERS_WRITE key', key(ApiScope.ORDERS_WRITE), MASKED],
    ['nobody', null, MASKED],
  ])('%s', (_who, principal, expected) => {
    expect(shownContact(principal, customer)).toEqual(expected);
    // A tel: link only where the number itself is shown: a masked number is plain text.
    expect(phoneLink(principal, customer)).toBe(expected === FULL ? 'tel:+919812345678' : null);
  });

  it('keeps a missing e-mail missing', () => {
    expect(shownContact(user(Role.MARKETING), { phone: '+919812345678', email: null }).email).toBeNull();
  });
});
