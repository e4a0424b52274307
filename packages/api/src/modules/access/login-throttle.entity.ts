import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';

/**
 * Failed sign-ins in a row per attempted e-mail address, known to CX Loop or not: an unknown
 * address locks exactly like a real one, so a lockout tells a guesser nothing about accounts.
 */
@Entity()
export class LoginThrottle {
  /** sha256 of the normalised e-mail: the addresses people mistype are not kept. */
  @PrimaryKey({ type: 'string' })
  key!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', index: true })
  updatedAt!: Date;
}
