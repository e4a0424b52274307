import { describe, expect, it } from 'vitest';
import { ApiScope, Role } from '../../common/enums.js';
import type { Principal } from '../access/principal.js';
import { availableActions, eraseRefusal } from './customer.policy.js';

const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u', email: 'u@x.in', name: 'U', roles });
const names = (c: { messagingOptOut: boolean; erasedAt: Date | null }, p: Principal | null) => availableActions(c, p).map((a) => a.action);
const active = { messagingOptOut: false, erasedAt: null };

describe('customer actions', () => {
  it.each([
    ['CX_AGENT', user(Role.CX_AGENT), active, ['OPT_OUT']],
    ['CX_AGENT, opted out', user(Role.CX_AGENT), { ...active, messagingOptOut: true }, ['OPT_IN']],
    ['ADMIN', user(Role.ADMIN), active, ['OPT_OUT', 'EXPORT', 'ERASE']],
    ['ADMIN, erased', user(Role.ADMIN), { messagingOptOut: true, erasedAt: new Date() }, ['EXPORT']],
    ['FINANCE (reads customers, changes nothing)', user(Role.FINANCE), active, []],
    ['a READ_ALL key', { kind: 'API_KEY', id: 'k', name: 'k', scopes: [ApiScope.READ_ALL] } as Principal, active, []],
    ['nobody', null, active, []],
  ] as const)('%s', (_, p, c, expected) => expect(names(c, p)).toEqual(expected));

  it('erases once', () => {
    expect(eraseRefusal(active)).toBeNull();
    expect(eraseRefusal({ erasedAt: new Date() })).toMatchObject({ code: 'CONFLICT' });
  });
});
