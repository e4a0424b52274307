// The actions a user account offers its caller (availableActions), and the one rule on changing
// one's own account: an admin cannot lock themself out (deactivate, or drop their ADMIN role).
import { blocked, offer, type AvailableAction } from '../../common/actions.js';
import { Role } from '../../common/enums.js';
import { decideAccess } from './access.policy.js';
import type { Principal } from './principal.js';

export type UserAction = 'DEACTIVATE' | 'REACTIVATE' | 'RESET_PASSWORD';

/** Why updateUser refuses this change to the caller's own account (null: it is allowed). */
export function selfChangeRefusal(principal: Principal, userId: string, change: { active?: boolean | null; roles?: readonly Role[] | null }): string | null {
  if (principal.kind !== 'USER' || principal.id !== userId) return null;
  if (change.active === false || (change.roles && !change.roles.includes(Role.ADMIN))) {
    return 'You cannot deactivate yourself or remove your own ADMIN role; ask another admin.';
  }
  return null;
}

/**
 * RESET_PASSWORD for whoever may call resetUserPassword; DEACTIVATE (blocked on one's own
 * account) or REACTIVATE, by the account's state, for whoever may call updateUser.
 */
export function availableActions(user: { id: string; active: boolean }, principal: Principal | null): AvailableAction<UserAction>[] {
  if (!principal) return [];
  const out: AvailableAction<UserAction>[] = [];
  if (decideAccess('resetUserPassword', principal).allowed) out.push(offer('RESET_PASSWORD'));
  if (decideAccess('updateUser', principal).allowed) {
    if (!user.active) out.push(offer('REACTIVATE'));
    else {
      const refusal = selfChangeRefusal(principal, user.id, { active: false });
      out.push(refusal ? blocked('DEACTIVATE', refusal) : offer('DEACTIVATE'));
    }
  }
  return out;
}
