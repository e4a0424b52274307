import { describe, expect, it } from 'vitest';
import { Role, VendorActionKind as K, VendorStatus as S } from '../../common/enums.js';
import { decideManualAction } from './vendor.policy.js';

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
