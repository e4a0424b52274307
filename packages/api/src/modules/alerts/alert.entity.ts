import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityRef } from '../../common/entity-ref.js';
import { AlertKind, Role, Team } from '../../common/enums.js';
import { User } from '../access/user.entity.js';

/** A notice to a team that something needs attention now (R1: new escalation; E2: routed to the team; E1: SLA breach; V2: automatic vendor action). */
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

  /**
   * What the alert is about: an escalation (R1, E1, E2, V2) or a case (K2, K4, K5), named by string
   * (both modules sit above alerts; Alert.escalation and Alert.supportCase are resolved there).
   */
  @ManyToOne({ entity: 'Escalation', index: true, nullable: true })
  escalation?: Rel<EntityRef> | null;

  @ManyToOne({ entity: 'SupportCase', index: true, nullable: true })
  supportCase?: Rel<EntityRef> | null;

  @Field(() => Team)
  @Enum({ items: () => Team })
  team!: Team;

  /** The role that must act (alert-audience.policy.ts: e.g. CX_AGENT for a new escalation, the team's role for one routed to it). */
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
