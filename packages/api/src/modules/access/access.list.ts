// The ADMIN's lists (S1–S3): users, partners' API keys and the audit log.
import { AuditEvent } from '../../common/audit-event.entity.js';
import type { Clock } from '../../common/clock.js';
import { defineList, idIn, idIs, search } from '../../common/list.js';
import { ApiKeyFilter, AuditEventFilter, UserFilter } from './access.inputs.js';
import { ApiKey } from './api-key.entity.js';
import { User } from './user.entity.js';

export const defineUserList = (clock: Clock) => defineList(User, {
  clock,
  filter: UserFilter,
  sort: { id: 'id', email: 'email', name: 'name', createdAt: 'createdAt', lastLoginAt: 'lastLoginAt' },
  defaultSort: { field: 'email', order: 'ASC' },
  keyset: 'createdAt',
  filters: {
    ids: idIn(),
    q: search((like) => [{ email: { $ilike: like } }, { name: { $ilike: like } }]),
    role: (role) => ({ roles: { $contains: [role] } }),
    active: (active) => ({ active }),
  },
});

export const defineApiKeyList = (clock: Clock) => defineList(ApiKey, {
  clock,
  filter: ApiKeyFilter,
  sort: { id: 'id', name: 'name', createdAt: 'createdAt', revokedAt: 'revokedAt' },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  keyset: 'createdAt',
  filters: {
    ids: idIn(),
    revoked: (revoked) => ({ revokedAt: revoked ? { $ne: null } : null }),
  },
});

export const defineAuditEventList = (clock: Clock) => defineList(AuditEvent, {
  clock,
  filter: AuditEventFilter,
  sort: { at: 'at', action: 'action' },
  defaultSort: { field: 'at', order: 'DESC' },
  filters: {
    orderId: idIs('orderId'),
    entityType: (entityType) => ({ entityType }),
    entityId: idIs('entityId'),
    action: (action) => ({ action }),
  },
});
