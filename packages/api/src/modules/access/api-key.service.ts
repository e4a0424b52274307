// Partners' API keys (S2, S3): created by an ADMIN, the secret shown once and stored only as a
// hash, revoked for good.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../common/audit.js';
import type { Clock } from '../../common/clock.js';
import type { ApiScope } from '../../common/enums.js';
import { badInput, unauthenticated } from '../../common/errors.js';
import { findOrFail } from '../../common/find.js';
import { defineApiKeyList } from './access.list.js';
import { ApiKey } from './api-key.entity.js';
import { actorOf, type Principal } from './principal.js';
import { User } from './user.entity.js';

export const API_KEY_PREFIX = 'cxk_';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export class ApiKeyService {
  constructor(private readonly clock: Clock) {}

  /** allApiKeys and its count. */
  readonly list = defineApiKeyList(this.clock);

  async create(em: EntityManager, principal: Principal, name: string, scopes: ApiScope[]): Promise<{ apiKey: ApiKey; secret: string }> {
    if (!name.trim()) throw badInput('name', 'Give the API key a name, e.g. the partner it is for.');
    if (scopes.length === 0) throw badInput('scopes', 'Choose at least one scope.');
    return em.transactional(async (tem) => {
      const now = this.clock.now();
      const apiKey = tem.create(ApiKey, {
        name: name.trim(),
        scopes: [...new Set(scopes)],
        secretHash: '',
        createdAt: now,
        createdBy: principal.kind === 'USER' ? tem.getReference(User, principal.id) : null,
      });
      const secret = `${API_KEY_PREFIX}${apiKey.id.replace(/-/g, '')}_${randomBytes(24).toString('base64url')}`;
      apiKey.secretHash = sha256(secret);
      recordAudit(tem, actorOf(principal), now, {
        action: 'API_KEY_CREATED',
        entityType: 'ApiKey',
        entityId: apiKey.id,
        data: { name: apiKey.name, scopes: apiKey.scopes },
      });
      return { apiKey, secret };
    });
  }

  async revoke(em: EntityManager, principal: Principal, id: string): Promise<ApiKey> {
    return em.transactional(async (tem) => {
      const key = await findOrFail(tem, ApiKey, id, 'API key');
      if (!key.revokedAt) {
        key.revokedAt = this.clock.now();
        recordAudit(tem, actorOf(principal), key.revokedAt, { action: 'API_KEY_REVOKED', entityType: 'ApiKey', entityId: id });
      }
      return key;
    });
  }

  /** The partner a secret stands for, or UNAUTHENTICATED. */
  async principalOf(em: EntityManager, secret: string): Promise<Principal> {
    // cxk_<key id without dashes>_<random>: the id finds the row, the hash proves the secret.
    const m = /^cxk_([0-9a-f]{32})_([A-Za-z0-9_-]{20,})$/.exec(secret);
    const id = m ? m[1].replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5') : null;
    const key = id ? await em.findOne(ApiKey, { id }) : null;
    const given = Buffer.from(sha256(secret), 'hex');
    if (!key || key.revokedAt || !timingSafeEqual(given, Buffer.from(key.secretHash, 'hex'))) {
      throw unauthenticated('The API key is not valid or has been revoked.');
    }
    return { kind: 'API_KEY', id: key.id, name: key.name, scopes: key.scopes };
  }
}
