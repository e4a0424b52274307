// Runs every SOP timer that is due at `now` through the same handlers the job queue calls.
// Tests move an injected clock and call this instead of sleeping; the handlers are
// idempotent, so running a timer here and again from the queue changes nothing twice.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../services.js';

export interface DueRun {
  sent: number;
  failed: number;
  retried: number;
  expired: number;
  breaches: number;
}

export async function runDue(em: EntityManager, services: Services, now: Date): Promise<DueRun> {
  const result: DueRun = { sent: 0, failed: 0, retried: 0, expired: 0, breaches: 0 };
  for (const id of await services.requests.dueExpiryIds(em.fork(), now)) {
    if (await services.requests.expire(em.fork(), id)) result.expired++;
  }
  for (const id of await services.slaClocks.dueIds(em.fork(), now)) {
    if (await services.slaClocks.check(em.fork(), id)) result.breaches++;
  }
  for (const id of await services.cases.dueParkIds(em.fork(), now)) await services.cases.parkEnds(em.fork(), id);
  for (const id of await services.cases.dueCloseIds(em.fork(), now)) await services.cases.close(em.fork(), id);
  // M6: a provider error makes pay throw (the queue retries with backoff); here the next runDue is the retry.
  for (const id of await services.money.dueIds(em.fork())) await services.money.pay(em.fork(), id).catch(() => undefined);
  // Messages last: expiry cancels, breaches add alerts that are due at once. Due by the
  // service's clock, which decided a message's delivery before too.
  const delivered = await services.messaging.deliverDue(em.fork());
  return { ...result, sent: delivered.sent, failed: delivered.failed, retried: delivered.retried };
}
