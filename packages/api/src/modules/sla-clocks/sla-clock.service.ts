// The SLA clock engine (E1, K2, K4): every clock of every escalation and case, each with one
// durable timer (graphile-worker, keyed by the clock) that marks its breach at the due time,
// once, across restarts and server processes. Subjects start, meet, pause, resume and stop
// their clocks in their own transactions; a breach is published (SlaBreached) for the
// subject's module to mark and alert.
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Calendar } from '../../common/business-hours.js';
import type { Clock } from '../../common/clock.js';
import type { EventPublisher } from '../../common/events.js';
import { isUuid } from '../../common/find.js';
import { removeJobs, scheduleJobs, slaClockJobKey, TASKS, type JobSpec } from '../../jobs/schedule.js';
import { ClockCalendar, ClockKind, ClockSubject, SlaClock } from './sla-clock.entity.js';
import type { SlaClockEvents } from './sla-clock.events.js';
import {
  ALL_HOURS, decideClockCheck, meetClock, pauseClock, restartClock, resumeClock, startClock, stopClock,
  type ClockChange, type ClockState,
} from './sla-clock.policy.js';

export interface ClockSpec {
  kind: ClockKind;
  budgetMs: number;
  calendar: Calendar;
}

export interface SubjectRef {
  type: ClockSubject;
  id: string;
}

const stateOf = (c: SlaClock): ClockState => ({
  dueAt: c.dueAt, pausedAt: c.pausedAt, remainingMs: c.remainingMs, metAt: c.metAt, breachedAt: c.breachedAt, stoppedAt: c.stoppedAt,
});

export class SlaClockService {
  constructor(
    private readonly clock: Clock,
    private readonly businessHours: Calendar,
    private readonly events: EventPublisher<SlaClockEvents>,
  ) {}

  private calendarOf(c: Pick<SlaClock, 'calendar'>): Calendar {
    return c.calendar === ClockCalendar.BUSINESS_HOURS ? this.businessHours : ALL_HOURS;
  }

  /** The business-hours calendar of the policy, for subjects whose clocks count only those hours. */
  get businessCalendar(): Calendar {
    return this.businessHours;
  }

  private timer(c: SlaClock): JobSpec {
    return { task: TASKS.checkSlaClock, payload: { id: c.id }, runAt: c.dueAt, jobKey: slaClockJobKey(c.id) };
  }

  /**
   * Starts the subject's clocks, in the caller's transaction, with their timers (added with the
   * caller's own timers in one round trip when it passes them).
   */
  async start(em: EntityManager, subject: SubjectRef, specs: ClockSpec[], now: Date, alsoSchedule: JobSpec[] = []): Promise<SlaClock[]> {
    const { clocks, timers } = this.create(em, subject, specs, now);
    await scheduleJobs(em, [...timers, ...alsoSchedule]);
    return clocks;
  }

  /** The clocks and the timers they need, for a caller that schedules the timers with its own (one round trip). */
  create(em: EntityManager, subject: SubjectRef, specs: ClockSpec[], now: Date): { clocks: SlaClock[]; timers: JobSpec[] } {
    const clocks = specs.map((s) => em.create(SlaClock, {
      subjectType: subject.type, subjectId: subject.id, kind: s.kind,
      calendar: s.calendar.kind === 'ALL_HOURS' ? ClockCalendar.ALL_HOURS : ClockCalendar.BUSINESS_HOURS,
      budgetMs: s.budgetMs, startedAt: now, ...startClock(now, s.budgetMs, s.calendar), pausedTotalMs: 0,
    }));
    return { clocks, timers: clocks.map((c) => this.timer(c)) };
  }

  /** A timer queued before the engine named its subject, not its clock (check-escalation-sla): the same check. */
  async checkSubject(em: EntityManager, subject: SubjectRef, kind: ClockKind): Promise<boolean> {
    if (!isUuid(subject.id)) return false;
    const c = await em.fork().findOne(SlaClock, { subjectType: subject.type, subjectId: subject.id, kind });
    return c ? this.check(em, c.id) : false;
  }

  /** The subject's clocks, locked for the change the caller is making. */
  async clocksOf(em: EntityManager, subject: SubjectRef, lock = false): Promise<SlaClock[]> {
    return em.find(SlaClock, { subjectType: subject.type, subjectId: subject.id }, {
      orderBy: { kind: 'asc' }, ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
    });
  }

  /** Applies a policy change to each clock; timers follow (removed when it stopped, moved when its due time moved). */
  private async apply(em: EntityManager, clocks: SlaClock[], change: (c: ClockState, calendar: Calendar) => ClockChange, now: Date): Promise<SlaClock[]> {
    const changed: SlaClock[] = [];
    const rearm: JobSpec[] = [];
    const remove: string[] = [];
    for (const c of clocks) {
      const d = change(stateOf(c), this.calendarOf(c));
      if (!d.changed) continue;
      if (d.clock.pausedAt && !c.pausedAt) remove.push(slaClockJobKey(c.id));
      if (!d.clock.pausedAt && c.pausedAt) c.pausedTotalMs += Math.max(0, now.getTime() - c.pausedAt.getTime());
      Object.assign(c, d.clock);
      if (c.metAt || c.stoppedAt) remove.push(slaClockJobKey(c.id));
      else if (!c.pausedAt) rearm.push(this.timer(c));
      changed.push(c);
    }
    await removeJobs(em, remove);
    await scheduleJobs(em, rearm);
    return changed;
  }

  /** The awaited event happened (first contact or response, resolution): the clock stops, late or in time. */
  async meet(em: EntityManager, subject: SubjectRef, kinds: ClockKind[], now: Date): Promise<SlaClock[]> {
    const clocks = (await this.clocksOf(em, subject, true)).filter((c) => kinds.includes(c.kind));
    return this.apply(em, clocks, (c) => meetClock(c, now), now);
  }

  /** Nothing more to wait for (resolved without a first contact, closed): the clocks stop without their event. */
  async stop(em: EntityManager, subject: SubjectRef, kinds: ClockKind[], now: Date): Promise<SlaClock[]> {
    const clocks = (await this.clocksOf(em, subject, true)).filter((c) => kinds.includes(c.kind));
    return this.apply(em, clocks, (c) => stopClock(c, now), now);
  }

  /** K4: every running clock of the subject stops, keeping the time it had left. */
  async pause(em: EntityManager, subject: SubjectRef, now: Date): Promise<SlaClock[]> {
    return this.apply(em, await this.clocksOf(em, subject, true), (c, cal) => pauseClock(c, now, cal), now);
  }

  /** K4: paused clocks run again, their due times shifted by the paused (counted) time. */
  async resume(em: EntityManager, subject: SubjectRef, now: Date): Promise<SlaClock[]> {
    return this.apply(em, await this.clocksOf(em, subject, true), (c, cal) => resumeClock(c, now, cal), now);
  }

  /** K6: a reopened case's resolution clock starts again with its full budget (a breach already marked stays). */
  async restart(em: EntityManager, subject: SubjectRef, kind: ClockKind, now: Date): Promise<SlaClock | null> {
    const c = (await this.clocksOf(em, subject, true)).find((x) => x.kind === kind);
    if (!c) return null;
    Object.assign(c, restartClock(stateOf(c), now, c.budgetMs, this.calendarOf(c)));
    c.startedAt = now;
    await scheduleJobs(em, [this.timer(c)]);
    return c;
  }

  /**
   * The durable timer: a running clock past its due time is breached at the due time, once (the
   * row lock and the breachedAt check make a second process or a retry a no-op), and the
   * subject's module hears of it in the same transaction.
   */
  async check(em: EntityManager, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return em.transactional(async (tem) => {
      const c = await tem.findOne(SlaClock, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!c) return false;
      const now = this.clock.now();
      const d = decideClockCheck(stateOf(c), now);
      if (d.kind === 'NOT_DUE') await scheduleJobs(tem, [this.timer(c)]);
      if (d.kind !== 'BREACH') return false;
      c.breachedAt = d.at;
      await tem.flush();
      await this.events.publish(tem, { type: 'SlaBreached', subjectType: c.subjectType, subjectId: c.subjectId, kind: c.kind, dueAt: d.at, noticedAt: now });
      return true;
    });
  }

  /** Clocks whose timers are due at `now` (runDue: what the queue would run). */
  async dueIds(em: EntityManager, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await em.execute(
      `select id from sla_clock where met_at is null and stopped_at is null and paused_at is null and breached_at is null and due_at <= ? order by due_at, id`,
      [now],
    );
    return rows.map((r) => r.id);
  }
}
