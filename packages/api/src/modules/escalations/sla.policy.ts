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
