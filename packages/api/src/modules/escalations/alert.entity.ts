import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { AlertKind, Role, Team } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Escalation } from './escalation.entity.js';

/** A notice to a team that something needs attention now (R1: new escalation; E1: SLA breach). */
@ObjectType()
@Entity()
@Index({ properties: ['acknowledgedAt', 'createdAt'] })
export class Alert {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => AlertKind)
  @Enum({ items: () => AlertKind })
  kind!: AlertKind;

  @ManyToOne({ entity: () => Escalation, index: true })
  escalation!: Rel<Escalation>;

  @Field(() => Team)
  @Enum({ items: () => Team })
  team!: Team;

  /** The role that must act (CX_AGENT for new escalations, CX_LEAD for breaches). */
  @Field(() => Role)
  @Enum({ items: () => Role })
  forRole!: Role;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  acknowledgedBy?: Rel<User> | null;
}
