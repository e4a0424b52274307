import { describe, expect, it } from 'vitest';
import { ApiScope, Role } from '../../common/enums.js';
import { decideAccess, maySeeContactData } from './access.policy.js';
import { decideSignInAttempt } from './sign-in.policy.js';
import { visibleTeams } from './team-scope.policy.js';
import type { Principal } from './principal.js';

const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u', email: 'u@x', name: 'U', roles });
const key = (...scopes: ApiScope[]): Principal => ({ kind: 'API_KEY', id: 'k', name: 'K', scopes });

describe('decideAccess (S1, S2)', () => {
  it.each([
    ['login', null, true], ['testimonials', null, true], ['me', null, false], ['createOrder', null, false],
    ['createOrder', user(Role.CX_AGENT), true], ['createOrder', user(Role.MARKETING), false], ['createOrder', user(Role.ADMIN), true],
    ['createOrder', key(ApiScope.ORDERS_WRITE), true], ['createOrder', key(ApiScope.READ_ALL), false],
    ['submitFeedback', key(ApiScope.FEEDBACK_WRITE), true], ['submitFeedback', key(ApiScope.ORDERS_WRITE), false],
    ['importReviews', key(ApiScope.REVIEWS_WRITE), true], ['importReviews', user(Role.MARKETING), true], ['importReviews', user(Role.CX_LEAD), false],
    ['order', key(ApiScope.READ_ALL), true], ['order', key(ApiScope.ORDERS_WRITE), false],
    ['createApiKey', user(Role.CX_LEAD), false], ['createApiKey', user(Role.ADMIN), true], ['createApiKey', key(ApiScope.READ_ALL), false],
    ['holdVendor', user(Role.VENDOR_OPS), true], ['holdVendor', user(Role.CX_AGENT), false],
    ['feedbackAnalytics', user(Role.MARKETING), true], ['review', user(Role.CX_AGENT), false],
    ['anUnlistedOperation', user(Role.ADMIN), false],
    // TECH works what is routed to TECH (S2): escalations and their alerts, nothing else.
    ['allEscalations', user(Role.TECH), true], ['logEscalationContact', user(Role.TECH), true], ['acknowledgeAlert', user(Role.TECH), true],
    ['allOrders', user(Role.TECH), false], ['allVendors', user(Role.TECH), false], ['allFeedback', user(Role.TECH), false],
  ] as const)('%s by %j → %s', (op, who, allowed) => {
    const d = decideAccess(op, who as Principal | null);
    expect(d.allowed).toBe(allowed);
    if (!d.allowed) expect(d.code).toBe(who ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  });
});

describe('S2 teams and contact data', () => {
  it.each([
    [[Role.TECH], ['TECH'], false], [[Role.VENDOR_OPS], ['VENDOR_OPS'], false], [[Role.FINANCE], ['FINANCE'], true],
    [[Role.VENDOR_OPS, Role.TECH], ['VENDOR_OPS', 'TECH'], false], [[Role.CX_AGENT], 'ALL', true], [[Role.MARKETING], [], false],
  ] as const)('%j works on %j; sees contact data: %s', (roles, teams, contact) => {
    expect(visibleTeams(user(...roles))).toEqual(teams);
    expect(maySeeContactData(user(...roles))).toBe(contact);
  });
});

describe('sign-in attempts (decideSignInAttempt)', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('counts each attempt before the password is checked and sets the lock it would earn', () => {
    expect(decideSignInAttempt(0, null, now)).toEqual({ locked: false, failures: 1, lockedUntil: null });
    expect(decideSignInAttempt(4, null, now)).toEqual({ locked: false, failures: 5, lockedUntil: new Date(now.getTime() + 30_000) });
    expect(decideSignInAttempt(5, new Date(now.getTime() - 1), now)).toEqual({ locked: false, failures: 6, lockedUntil: new Date(now.getTime() + 60_000) });
  });
  it('refuses while locked, with the seconds left', () => {
    expect(decideSignInAttempt(5, new Date(now.getTime() + 29_500), now)).toEqual({ locked: true, retryAfterSeconds: 30 });
  });
  it('never locks for more than an hour', () => {
    expect(decideSignInAttempt(40, null, now)).toMatchObject({ lockedUntil: new Date(now.getTime() + 3_600_000) });
  });
});
