import type { ClockKind, ClockSubject } from './sla-clock.entity.js';

/** What the SLA clock engine publishes: the module that owns the subject reacts (marks it, alerts its team). */
export interface SlaClockEvents {
  SlaBreached: { subjectType: ClockSubject; subjectId: string; kind: ClockKind; dueAt: Date; noticedAt: Date };
}
