// E1: an escalation's first contact is due FIRST_CONTACT_SLA after it opened.
import { EscalationStatus } from '../../common/enums.js';

export interface SlaSnapshot {
  firstContactDueAt: Date;
  firstContactAt: Date | null;
}

/** Resolving or closing an escalation stops its first-contact clock, contacted or not. */
const CLOCK_STOPPED: readonly EscalationStatus[] = [EscalationStatus.RESOLVED, EscalationStatus.CLOSED];

/** Whether the first contact is still awaited: nobody has reached the customer and the escalation is still open. */
export function isFirstContactPending(e: SlaSnapshot & { status: EscalationStatus }): boolean {
  return !e.firstContactAt && !CLOCK_STOPPED.includes(e.status);
}

/** Breached when first contact came after the due time, or has not come and the due time has passed. */
export function isSlaBreached(e: SlaSnapshot, now: Date): boolean {
  if (e.firstContactAt) return e.firstContactAt.getTime() > e.firstContactDueAt.getTime();
  return now.getTime() > e.firstContactDueAt.getTime();
}

/**
 * The same breach as a query on escalations (allEscalations' `breached` filter, the Breached view),
 * kept here so the list and the slaBreached field cannot drift apart: slaBreachedAt is set by the
 * timer and by a late first contact (logContact), and an uncontacted escalation is breached once
 * its due time has passed, before the timer has noticed.
 */
export const slaBreachedCondition = (now: Date) => ({
  $or: [{ slaBreachedAt: { $ne: null } }, { firstContactAt: null, firstContactDueAt: { $lt: now } }],
});

/**
 * When an awaited first contact becomes "due soon" (the queue's Due soon view, the countdown's
 * warning colour): the policy's window (ESCALATION_DUE_SOON) before it is due. Null once the
 * clock has stopped.
 */
export function firstContactDueSoonAt(e: SlaSnapshot & { status: EscalationStatus }, windowMs: number): Date | null {
  return isFirstContactPending(e) ? new Date(e.firstContactDueAt.getTime() - windowMs) : null;
}

/** The Due soon view as a query: awaited, not yet late, due within the window (firstContactDueSoonAt ≤ now < due). */
export const dueSoonCondition = (now: Date, windowMs: number) => ({
  firstContactAt: null,
  slaBreachedAt: null,
  firstContactDueAt: { $gte: now, $lte: new Date(now.getTime() + windowMs) },
});
