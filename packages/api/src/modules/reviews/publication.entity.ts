import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { PublishPlatform } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Review } from './review.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['platform', 'publishedAt'] })
export class Publication {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Review, index: true })
  review!: Rel<Review>;

  @Field(() => PublishPlatform)
  @Enum({ items: () => PublishPlatform })
  platform!: PublishPlatform;

  @Field(() => String)
  @Property({ type: 'string' })
  displayName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 280 })
  excerpt!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  rating!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @ManyToOne({ entity: () => User, nullable: true })
  publishedBy?: Rel<User> | null;

  /** Unpublishing keeps the row (RV5): it only stops being live. */
  @Property({ type: 'datetime', nullable: true })
  unpublishedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  unpublishReason?: string | null;
}
