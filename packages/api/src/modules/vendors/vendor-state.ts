// V2, V3: the vendor lifecycle as data.
import { type Transitions } from '../../common/state-machine.js';
import { Role, VendorActionKind, VendorStatus } from '../../common/enums.js';

const S = VendorStatus;

export const VENDOR_TRANSITIONS: Transitions<VendorStatus, Role> = {
  [S.ACTIVE]: { to: [S.ON_HOLD, S.DEACTIVATED] },
  [S.ON_HOLD]: { to: [S.ACTIVE, S.DEACTIVATED] },
  // Bringing back a deactivated vendor is an ADMIN decision (V3).
  [S.DEACTIVATED]: { to: [S.ACTIVE], onlyRoles: { [S.ACTIVE]: [Role.ADMIN] } },
};

export const ACTION_TARGET: Record<VendorActionKind, VendorStatus> = {
  [VendorActionKind.HOLD]: S.ON_HOLD,
  [VendorActionKind.DEACTIVATE]: S.DEACTIVATED,
  [VendorActionKind.REINSTATE]: S.ACTIVE,
};
