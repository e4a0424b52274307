// The actions an API key offers its caller (availableActions): a key is revoked for good, once.
import { offer, type AvailableAction } from '../../common/actions.js';
import { decideAccess } from './access.policy.js';
import type { Principal } from './principal.js';

export type ApiKeyAction = 'REVOKE';

/** REVOKE while the key still works, for whoever may call revokeApiKey. */
export function availableActions(key: { revokedAt?: Date | null }, principal: Principal | null): AvailableAction<ApiKeyAction>[] {
  if (!principal || !decideAccess('revokeApiKey', principal).allowed) return [];
  return key.revokedAt ? [] : [offer('REVOKE')];
}
