// Sign-in tokens (S3): signed, expiring, and carrying the user's credential version, so a
// password change, a reset or a deactivation ends every session signed in before it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import type { Clock } from '../../common/clock.js';
import { unauthenticated } from '../../common/errors.js';
import { isUuid } from '../../common/find.js';
import { findLean } from '../../common/lean.js';
import type { Principal } from './principal.js';
import type { SigningKey } from './signing-key.js';
import { User } from './user.entity.js';

export class TokenService {
  constructor(
    private readonly clock: Clock,
    private readonly key: SigningKey,
    private readonly ttlSeconds: number,
  ) {}

  issue(user: { id: string; credentialVersion: number }): Promise<string> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT({ typ: 'access', cv: user.credentialVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .sign(this.key.bytes);
  }

  /** The signed-in user a token stands for, or UNAUTHENTICATED saying why not. */
  async principalOf(em: EntityManager, token: string): Promise<Principal> {
    let sub: string | undefined;
    let version: unknown;
    try {
      const { payload } = await jwtVerify(token, this.key.bytes, { algorithms: ['HS256'], currentDate: this.clock.now() });
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
}
