// RV4, RV5: one review live on one platform; unpublishing ends it but keeps the row.
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PublishPlatform } from '../../common/enums.js';
import { User } from '../access/user.entity.js';
import { Review } from './review.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['platform', 'publishedAt'] })
export class Publication {
  @Field(() => ID)
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
  @Field(() => Date, { nullable: true, description: 'Set when it was taken down (RV5); null while live.' })
  @Property({ type: 'datetime', nullable: true })
  unpublishedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  unpublishReason?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  unpublishedBy?: Rel<User> | null;
}
