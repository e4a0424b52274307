import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Installation-wide values generated once (e.g. the token signing secret), shared by every server process. */
@Entity()
export class AppSetting {
  @PrimaryKey({ type: 'string' })
  key!: string;

  @Property({ type: 'text' })
  value!: string;
}
