import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** What a clock times: an escalation's first contact (E1), a case's first response and resolution (K2). */
export enum ClockSubject { ESCALATION = 'ESCALATION', CASE = 'CASE' }
export enum ClockKind { FIRST_RESPONSE = 'FIRST_RESPONSE', RESOLUTION = 'RESOLUTION' }
export enum ClockCalendar { ALL_HOURS = 'ALL_HOURS', BUSINESS_HOURS = 'BUSINESS_HOURS' }

/**
 * One SLA clock (sla-clock.policy.ts says how it runs). The subject keeps a copy of the times
 * its lists sort and filter on; this row is the clock's own state, and its durable timer's.
 */
@Entity()
@Unique({ properties: ['subjectType', 'subjectId', 'kind'] })
@Index({ properties: ['dueAt'] })
export class SlaClock {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => ClockSubject })
  subjectType!: ClockSubject;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Enum({ items: () => ClockKind })
  kind!: ClockKind;

  @Enum({ items: () => ClockCalendar })
  calendar!: ClockCalendar;

  /** The counted time the clock was given (for the analytics and the timeline). */
  @Property({ type: 'bigint', runtimeType: 'number' })
  budgetMs!: number;

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  pausedAt: Date | null = null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  remainingMs: number | null = null;

  /** Total wall-clock time spent paused (the analytics' "time with the customer"). */
  @Property({ type: 'bigint', runtimeType: 'number' })
  pausedTotalMs: number = 0;

  @Property({ type: 'datetime', nullable: true })
  metAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  breachedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  stoppedAt: Date | null = null;
}
