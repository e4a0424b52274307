import { describe, expect, it } from 'vitest';
import { Role } from '../../common/enums.js';
import type { Principal } from './principal.js';
import { availableActions, selfChangeRefusal } from './user.policy.js';

const admin: Principal = { kind: 'USER', id: 'me', email: 'a@x', name: 'A', roles: [Role.ADMIN] };

describe('user actions', () => {
  it('offers an admin reset, and deactivate or reactivate by the account\'s state', () => {
    expect(availableActions({ id: 'u', active: true }, admin).map((a) => a.action)).toEqual(['RESET_PASSWORD', 'DEACTIVATE']);
    expect(availableActions({ id: 'u', active: false }, admin).map((a) => a.action)).toEqual(['RESET_PASSWORD', 'REACTIVATE']);
  });
  it('blocks deactivating oneself, with the reason updateUser gives', () => {
    const deactivate = availableActions({ id: 'me', active: true }, admin).find((a) => a.action === 'DEACTIVATE');
    expect(deactivate).toEqual({ action: 'DEACTIVATE', enabled: false, reason: selfChangeRefusal(admin, 'me', { active: false }) });
    expect(selfChangeRefusal(admin, 'me', { roles: [Role.CX_LEAD] })).toMatch(/ADMIN role/);
    expect(selfChangeRefusal(admin, 'other', { active: false })).toBeNull();
  });
  it('offers nothing to those who may not manage users', () => {
    expect(availableActions({ id: 'u', active: true }, { kind: 'USER', id: 'x', email: 'x@x', name: 'X', roles: [Role.CX_LEAD] })).toEqual([]);
    expect(availableActions({ id: 'u', active: true }, null)).toEqual([]);
  });
});
