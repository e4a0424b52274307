import { describe, expect, it } from 'vitest';
import { Role } from '../../common/enums.js';
import { availableActions } from './api-key.policy.js';
import type { Principal } from './principal.js';

const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u', email: 'u@x', name: 'U', roles });

describe('API key actions', () => {
  it('offers REVOKE on a working key to an admin, nothing once revoked or to others', () => {
    expect(availableActions({ revokedAt: null }, user(Role.ADMIN))).toEqual([{ action: 'REVOKE', enabled: true, reason: null }]);
    expect(availableActions({ revokedAt: new Date() }, user(Role.ADMIN))).toEqual([]);
    expect(availableActions({ revokedAt: null }, user(Role.CX_LEAD))).toEqual([]);
    expect(availableActions({ revokedAt: null }, null)).toEqual([]);
  });
});
