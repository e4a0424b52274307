// SOP timers are graphile-worker jobs in the same PostgreSQL, added inside the caller's
// transaction: a timer exists exactly when the change that needs it committed. A job key
// makes each timer unique, so it fires once however many server processes run.
import type { EntityManager } from '@mikro-orm/postgresql';

export const TASKS = {
  sendMessage: 'send-message',
  expireRequest: 'expire-feedback-request',
  checkSla: 'check-escalation-sla',
} as const;

export type TaskName = (typeof TASKS)[keyof typeof TASKS];

export async function scheduleJob(em: EntityManager, task: TaskName, payload: Record<string, unknown>, runAt: Date, jobKey: string): Promise<void> {
  await em.execute(`select graphile_worker.add_job(?, ?::json, run_at => ?::timestamptz, job_key => ?, max_attempts => 10)`, [
    task,
    JSON.stringify(payload),
    runAt.toISOString(),
    jobKey,
  ]);
}

export async function removeJob(em: EntityManager, jobKey: string): Promise<void> {
  await removeJobs(em, [jobKey]);
}

/** Removes many timers in one round trip. */
export async function removeJobs(em: EntityManager, jobKeys: string[]): Promise<void> {
  if (jobKeys.length === 0) return;
  await em.execute(`select graphile_worker.remove_job(k) from unnest(?::text[]) as k`, [`{${jobKeys.map((k) => `"${k}"`).join(',')}}`]);
}

export const messageJobKey = (id: string) => `message:${id}`;
export const expiryJobKey = (id: string) => `request-expiry:${id}`;
export const slaJobKey = (id: string) => `escalation-sla:${id}`;
