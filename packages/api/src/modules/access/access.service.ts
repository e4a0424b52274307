// Access (S1–S3): who is calling. Password sign-in (attempts counted per address before the
// password is checked: access.policy decideSignInAttempt) and the Authorization header turned
// into a principal, by a sign-in token (token.service) or a partner's API key (api-key.service).
import { createHash, randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { DomainError, unauthenticated } from '../../common/errors.js';
import { defineAuditEventList } from './access.list.js';
import { decideSignInAttempt } from './sign-in.policy.js';
import { API_KEY_PREFIX, type ApiKeyService } from './api-key.service.js';
import type { Principal } from './principal.js';
import type { TokenService } from './token.service.js';
import { User } from './user.entity.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface AccessSettings {
  tokenTtlSeconds: number;
  /** When unset, a secret is generated once and kept in the database, shared by all processes. */
  tokenSecret?: string;
  /** Where customers reach the server: the base of rating-page links. */
  publicUrl: string;
}

export class AccessService {
  constructor(
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  /** The ADMIN's audit log: allAuditEvents, its count, and the records' own timelines. */
  readonly auditEventList = defineAuditEventList(this.clock);

  async login(em: EntityManager, email: string, password: string): Promise<{ token: string; user: User }> {
    const address = email.trim().toLowerCase();
    const throttleKey = sha256(address);
    const now = this.clock.now();
    // The attempt is counted, under the row's lock, before the password is checked: parallel
    // guesses queue here and each sees the ones before it, so the limit holds under load.
    const attempt = await em.fork().transactional(async (tem) => {
      // Addresses untouched for a day are forgotten (their lock, at most 1 h, is long over).
      await tem.execute(`delete from login_throttle where updated_at < ?`, [new Date(now.getTime() - 86_400_000)]);
      await tem.execute(`insert into login_throttle (key, failures, updated_at) values (?, 0, ?) on conflict (key) do nothing`, [throttleKey, now]);
      const [row] = await tem.execute(`select failures, locked_until from login_throttle where key = ? for update`, [throttleKey]);
      const decision = decideSignInAttempt(row.failures, row.locked_until ? new Date(row.locked_until) : null, now);
      if (!decision.locked) {
        await tem.execute(`update login_throttle set failures = ?, locked_until = ?, updated_at = ? where key = ?`, [decision.failures, decision.lockedUntil, now, throttleKey]);
      }
      return decision;
    });
    if (attempt.locked) {
      throw new DomainError('UNAUTHENTICATED', `Too many failed sign-ins for this account: try again in ${attempt.retryAfterSeconds} s.`, {
        details: { retryAfterSeconds: attempt.retryAfterSeconds },
      });
    }
    const [row] = await em.execute(`select id, password_hash, active from app_user where email = ?`, [address]);
    // An unknown address is checked against a dummy hash: same work, same time, same answer.
    const hash: string = row?.password_hash ?? (await this.dummyHash());
    const verified = await argonVerify(hash, password).catch(() => false);
    if (!row || !row.active || !verified) throw unauthenticated('Email or password is incorrect.');
    await em.execute(`update login_throttle set failures = 0, locked_until = null, updated_at = ? where key = ?`, [now, throttleKey]);
    const user = await em.findOneOrFail(User, { id: row.id });
    user.lastLoginAt = now;
    await em.flush();
    return { token: await this.tokens.issue(user), user };
  }

  private dummy?: Promise<string>;
  private dummyHash(): Promise<string> {
    this.dummy ??= argonHash(randomBytes(18).toString('base64url'));
    return this.dummy;
  }

  /**
   * Turns an Authorization header into a principal. No header: null (public operations still
   * work). A header that does not verify: UNAUTHENTICATED, so a client learns its token expired.
   */
  async authenticate(em: EntityManager, header: string | undefined): Promise<Principal | null> {
    if (!header) return null;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw unauthenticated('The Authorization header must be "Bearer <token or API key>".');
    const credential = m[1];
    return credential.startsWith(API_KEY_PREFIX) ? this.apiKeys.principalOf(em, credential) : this.tokens.principalOf(em, credential);
  }
}
