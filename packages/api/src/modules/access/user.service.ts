// The people who work in CX Loop (S2, S3): created by an ADMIN with their roles, passwords
// stored only as argon2 hashes; a password set or a deactivation ends their sessions.
import { randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { checkVersionAudited, recordAudit } from '../../common/audit.js';
import type { Clock } from '../../common/clock.js';
import { Role } from '../../common/enums.js';
import { badInput, conflict, DomainError, unauthenticated } from '../../common/errors.js';
import { findOrFail } from '../../common/find.js';
import { defineUserList } from './access.list.js';
import { actorOf, type Principal } from './principal.js';
import { User } from './user.entity.js';
import { selfChangeRefusal } from './user.policy.js';

const MIN_PASSWORD = 8;

export class UserService {
  constructor(private readonly clock: Clock) {}

  /** allUsers and its count. */
  readonly list = defineUserList(this.clock);

  async create(
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

  async update(
    em: EntityManager,
    principal: Principal,
    id: string,
    input: { name?: string | null; roles?: Role[] | null; active?: boolean | null },
    expectedVersion?: number | null,
  ): Promise<User> {
    return em.transactional(async (tem) => {
      const user = await findOrFail(tem, User, id, 'User', { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      await checkVersionAudited(tem, 'User', user, expectedVersion);
      if (input.roles && input.roles.length === 0) throw badInput('roles', 'Give the user at least one role.');
      const selfRefusal = selfChangeRefusal(principal, id, input);
      if (selfRefusal) throw new DomainError('CONFLICT', selfRefusal);
      if (input.name != null) {
        if (!input.name.trim()) throw badInput('name', 'Enter the person\'s name.');
        user.name = input.name.trim();
      }
      if (input.roles) user.roles = [...new Set(input.roles)];
      if (input.active != null) {
        if (user.active && !input.active) user.credentialVersion += 1;
        user.active = input.active;
      }
      user.version += 1;
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
    // Named after this mutation's argument, so the panel puts the message on the right field.
    checkPassword(next, 'newPassword');
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
    await this.create(em, null, { email, name: 'Administrator', roles: [Role.ADMIN], password: password ?? generated! });
    return { created: true, password: generated };
  }
}

function checkPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD) throw badInput(field, `The password needs at least ${MIN_PASSWORD} characters.`);
}
