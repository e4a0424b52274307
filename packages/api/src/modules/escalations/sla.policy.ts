// E1: an escalation's first contact is due FIRST_CONTACT_SLA after it opened.

export interface SlaSnapshot {
  firstContactDueAt: Date;
  firstContactAt: Date | null;
}

/** Breached when first contact came after the due time, or has not come and the due time has passed. */
export function isSlaBreached(e: SlaSnapshot, now: Date): boolean {
  if (e.firstContactAt) return e.firstContactAt.getTime() > e.firstContactDueAt.getTime();
  return now.getTime() > e.firstContactDueAt.getTime();
}
