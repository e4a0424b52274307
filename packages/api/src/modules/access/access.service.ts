// Access (S1–S3): users and their roles, password sign-in with expiring signed tokens, and
// partners' API keys. Secrets are stored only as hashes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import type { Clock } from '../../common/clock.js';
import { ApiScope, Role } from '../../common/enums.js';
import { badInput, conflict, DomainError, unauthenticated } from '../../common/errors.js';
import { recordAudit } from '../../common/audit.js';
import { findOrFail, isUuid } from '../../common/find.js';
import { findLean } from '../../common/lean.js';
import { defineApiKeyList, defineAuditEventList, defineUserList } from './access.list.js';
import { ApiKey } from './api-key.entity.js';
import { AppSetting } from './app-setting.entity.js';
import { User } from './user.entity.js';
import { actorOf, type Principal } from './principal.js';
import { decideSignInAttempt } from './access.policy.js';

const API_KEY_PREFIX = 'cxk_';
const MIN_PASSWORD = 8;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface AccessSettings {
  tokenTtlSeconds: number;
  /** When unset, a secret is generated once and kept in the database, shared by all processes. */
  tokenSecret?: string;
  /** Where customers reach the server: the base of rating-page links. */
  publicUrl: string;
}

export class AccessService {
  private secret?: Uint8Array;

  constructor(
    private readonly clock: Clock,
    private readonly settings: AccessSettings,
  ) {}

  /** The ADMIN's lists: allUsers, allApiKeys, allAuditEvents and their counts. */
  readonly userList = defineUserList(this.clock);
  readonly apiKeyList = defineApiKeyList(this.clock);
  readonly auditEventList = defineAuditEventList(this.clock);

  /** Loads (or creates once) the token signing secret. Called at start-up. */
  async init(em: EntityManager): Promise<void> {
    if (this.settings.tokenSecret) {
      this.secret = new TextEncoder().encode(this.settings.tokenSecret);
      return;
    }
    await em.getConnection().execute(
      `insert into app_setting (key, value) values ('token_secret', ?) on conflict (key) do nothing`,
      [randomBytes(48).toString('base64url')],
    );
    const row = await em.fork().findOneOrFail(AppSetting, { key: 'token_secret' });
    this.secret = new TextEncoder().encode(row.value);
  }

  private get key(): Uint8Array {
    if (!this.secret) throw new Error('AccessService.init() was not called');
    return this.secret;
  }

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
    const token = await new SignJWT({ typ: 'access', cv: user.credentialVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + this.settings.tokenTtlSeconds)
      .sign(this.key);
    return { token, user };
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
    return credential.startsWith(API_KEY_PREFIX) ? this.authenticateApiKey(em, credential) : this.authenticateToken(em, credential);
  }

  private async authenticateToken(em: EntityManager, token: string): Promise<Principal> {
    let sub: string | undefined;
    let version: unknown;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      if (payload.typ !== 'access') throw new Error('not an access token');
      sub = payload.sub;
      version = payload.cv;
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw unauthenticated('Your session has expired: sign in again.');
      throw unauthenticated('The token is not valid: sign in again.');
    }
    // Every request pays this lookup: a plain row, not a managed entity.
    const [user] = sub && isUuid(sub) ? await findLean(em, User, { id: sub }) : [];
    if (!user || !user.active) throw unauthenticated('This account is no longer active.');
    if (version !== user.credentialVersion) throw unauthenticated('Your password or access changed since you signed in: sign in again.');
    return { kind: 'USER', id: user.id, email: user.email, name: user.name, roles: user.roles };
  }

  private async authenticateApiKey(em: EntityManager, secret: string): Promise<Principal> {
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

  /** The customer's rating page: the signed token is the credential and expires with the request. */
  async ratingLink(requestId: string, expiresAt: Date): Promise<string> {
    const token = await new SignJWT({ typ: 'rating' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(requestId)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return `${this.settings.publicUrl.replace(/\/$/, '')}/r/${token}`;
  }

  /** The request id a rating-page token stands for, or null when it is forged or expired. */
  async verifyRatingToken(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], currentDate: this.clock.now() });
      return payload.typ === 'rating' && payload.sub ? payload.sub : null;
    } catch {
      return null;
    }
  }

  async createApiKey(em: EntityManager, principal: Principal, name: string, scopes: ApiScope[]): Promise<{ apiKey: ApiKey; secret: string }> {
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

  async revokeApiKey(em: EntityManager, principal: Principal, id: string): Promise<ApiKey> {
    return em.transactional(async (tem) => {
      const key = await findOrFail(tem, ApiKey, id, 'API key');
      if (!key.revokedAt) {
        key.revokedAt = this.clock.now();
        recordAudit(tem, actorOf(principal), key.revokedAt, { action: 'API_KEY_REVOKED', entityType: 'ApiKey', entityId: id });
      }
      return key;
    });
  }

  async createUser(
    em: EntityManager,
    principal: Principal | null,
    input: { email: string; name: string; roles: Role[]; password: string },
  ): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput('email', 'Enter a valid email address.');
    if (!input.name.trim()) throw badInput('name', 'Enter the person\'s name.');
    if (input.roles.length === 0) throw badInput('roles', 'Give the user at least one role.');
    checkPassword(input.password);
    const passwordHash = await argonHash(input.password);
    try {
      return await em.transactional(async (tem) => {
        const now = this.clock.now();
        const user = tem.create(User, { email, name: input.name.trim(), roles: [...new Set(input.roles)], passwordHash, createdAt: now, active: true });
        await tem.flush();
        recordAudit(tem, actorOf(principal), now, {
          action: 'USER_CREATED',
          entityType: 'User',
          entityId: user.id,
          data: { email, roles: user.roles },
        });
        return user;
      });
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw conflict(`A user with email ${email} already exists.`);
      throw e;
    }
  }

  async updateUser(
    em: EntityManager,
    principal: Principal,
    id: string,
    input: { name?: string | null; roles?: Role[] | null; active?: boolean | null },
  ): Promise<User> {
    return em.transactional(async (tem) => {
      const user = await findOrFail(tem, User, id, 'User');
      if (input.roles && input.roles.length === 0) throw badInput('roles', 'Give the user at least one role.');
      if (principal.kind === 'USER' && principal.id === id && (input.active === false || (input.roles && !input.roles.includes(Role.ADMIN)))) {
        throw new DomainError('CONFLICT', 'You cannot deactivate yourself or remove your own ADMIN role; ask another admin.');
      }
      if (input.name != null) {
        if (!input.name.trim()) throw badInput('name', 'Enter the person\'s name.');
        user.name = input.name.trim();
      }
      if (input.roles) user.roles = [...new Set(input.roles)];
      if (input.active != null) {
        if (user.active && !input.active) user.credentialVersion += 1;
        user.active = input.active;
      }
      recordAudit(tem, actorOf(principal), this.clock.now(), {
        action: 'USER_UPDATED',
        entityType: 'User',
        entityId: id,
        data: { name: input.name ?? undefined, roles: input.roles ?? undefined, active: input.active ?? undefined },
      });
      return user;
    });
  }

  async setPassword(em: EntityManager, principal: Principal | null, id: string, password: string): Promise<User> {
    checkPassword(password);
    const passwordHash = await argonHash(password);
    return em.transactional(async (tem) => {
      const user = await findOrFail(tem, User, id, 'User');
      user.passwordHash = passwordHash;
      user.credentialVersion += 1;
      recordAudit(tem, actorOf(principal), this.clock.now(), { action: 'PASSWORD_SET', entityType: 'User', entityId: id });
      return user;
    });
  }

  async changeOwnPassword(em: EntityManager, principal: Principal, current: string, next: string): Promise<User> {
    if (principal.kind !== 'USER') throw unauthenticated('Only a signed-in user has a password.');
    const user = await em.findOneOrFail(User, { id: principal.id }, { populate: ['passwordHash'] });
    if (!(await argonVerify(user.passwordHash, current).catch(() => false))) {
      throw badInput('currentPassword', 'The current password is not correct.');
    }
    return this.setPassword(em, principal, principal.id, next);
  }

  /** The first ADMIN, created at start-up when there is no user yet. */
  async bootstrapAdmin(em: EntityManager, email: string, password: string | undefined): Promise<{ created: boolean; password?: string }> {
    if ((await em.count(User, {})) > 0) return { created: false };
    const generated = password ? undefined : randomBytes(12).toString('base64url');
    await this.createUser(em, null, { email, name: 'Administrator', roles: [Role.ADMIN], password: password ?? generated! });
    return { created: true, password: generated };
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD) throw badInput('password', `The password needs at least ${MIN_PASSWORD} characters.`);
}
