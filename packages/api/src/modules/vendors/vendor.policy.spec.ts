import { describe, expect, it } from 'vitest';
import { ApiScope, Role, VendorActionKind as K, VendorStatus as S } from '../../common/enums.js';
import { defaultPolicySettings } from '../../common/policy-settings.js';
import type { Principal } from '../access/principal.js';
import { availableActions, decideManualAction } from './vendor.policy.js';

describe('decideManualAction (V3)', () => {
  it.each([
    [S.ACTIVE, K.HOLD, [Role.VENDOR_OPS], { ok: true, to: S.ON_HOLD }],
    [S.ON_HOLD, K.REINSTATE, [Role.VENDOR_OPS], { ok: true, to: S.ACTIVE }],
    [S.DEACTIVATED, K.REINSTATE, [Role.VENDOR_OPS], { ok: false, code: 'FORBIDDEN' }],
    [S.DEACTIVATED, K.REINSTATE, [Role.ADMIN], { ok: true, to: S.ACTIVE }],
    [S.ON_HOLD, K.HOLD, [Role.VENDOR_OPS], { ok: false, code: 'CONFLICT' }],
    [S.ACTIVE, K.REINSTATE, [Role.VENDOR_OPS], { ok: false, code: 'CONFLICT' }],
    [S.DEACTIVATED, K.HOLD, [Role.ADMIN], { ok: false, code: 'CONFLICT' }],
  ] as const)('%s + %s by %j', (status, kind, roles, expected) => {
    expect(decideManualAction({ status, name: 'V' }, kind, 'because', roles)).toMatchObject(expected);
  });
  it('needs a reason', () => {
    expect(decideManualAction({ status: S.ACTIVE, name: 'V' }, K.HOLD, '  ', [Role.ADMIN])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});

describe('availableActions (V3)', () => {
  const settings = defaultPolicySettings();
  const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u1', email: 'u@test', name: 'U', roles });
  it.each([
    [S.ACTIVE, [Role.VENDOR_OPS], ['HOLD']],
    [S.ON_HOLD, [Role.VENDOR_OPS], ['REINSTATE']],
    [S.DEACTIVATED, [Role.VENDOR_OPS], []],
    [S.DEACTIVATED, [Role.ADMIN], ['REINSTATE']],
    [S.ACTIVE, [Role.ADMIN], ['HOLD']],
    [S.ACTIVE, [Role.CX_LEAD], []],
    [S.ON_HOLD, [Role.FINANCE], []],
  ] as const)('%s vendor, %j: %j', (status, roles, expected) => {
    const actions = availableActions({ status, name: 'V' }, user(...roles), settings);
    expect(actions.map((a) => a.action)).toEqual(expected);
    expect(actions.every((a) => a.enabled && a.reason === null)).toBe(true);
  });
  it('offers nothing to API keys or no one', () => {
    expect(availableActions({ status: S.ACTIVE, name: 'V' }, { kind: 'API_KEY', id: 'k', name: 'k', scopes: [ApiScope.READ_ALL] }, settings)).toEqual([]);
    expect(availableActions({ status: S.ACTIVE, name: 'V' }, null, settings)).toEqual([]);
  });
  it.each(Object.values(S).flatMap((status) => [[Role.VENDOR_OPS], [Role.ADMIN]].map((roles) => [status, roles] as const)))(
    '%s by %j: listed exactly when the mutation would accept it',
    (status, roles) => {
      const listed = availableActions({ status, name: 'V' }, user(...roles), settings).map((a) => a.action);
      expect(listed.includes('HOLD')).toBe(decideManualAction({ status, name: 'V' }, K.HOLD, 'why', roles).ok);
      expect(listed.includes('REINSTATE')).toBe(decideManualAction({ status, name: 'V' }, K.REINSTATE, 'why', roles).ok);
    },
  );
});
