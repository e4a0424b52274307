import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The first response to a partner's mutation, replayed for a retry with the same Idempotency-Key (24 h). */
@Entity()
export class IdempotencyRecord {
  /** sha256 of the caller's credential and the key: keys are scoped to who sent them. */
  @PrimaryKey({ type: 'string' })
  id!: string;

  /** sha256 of the request body: the same key with another request is refused. */
  @Property({ type: 'string' })
  requestHash!: string;

  @Property({ type: 'integer', nullable: true })
  status?: number | null;

  @Property({ type: 'text', nullable: true })
  response?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Index()
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
