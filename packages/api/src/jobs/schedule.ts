// SOP timers are graphile-worker jobs in the same PostgreSQL, added inside the caller's
// transaction: a timer exists exactly when the change that needs it committed. A job key
// makes each timer unique, so it fires once however many server processes run.
import type { EntityManager } from '@mikro-orm/postgresql';

export const TASKS = {
  sendMessage: 'send-message',
  expireRequest: 'expire-feedback-request',
  /** Timers queued before the SLA clock engine (one per escalation); they now check the escalation's clock. */
  checkSla: 'check-escalation-sla',
  checkSlaClock: 'check-sla-clock',
  /** K4: a parked case's `until` has come. */
  caseParkEnds: 'case-park-ends',
  /** K6: a resolved case closes after the reopen window. */
  closeCase: 'close-case',
  /** M6: an approved money request is paid through the provider, once. */
  payMoney: 'pay-money-request',
} as const;

export type TaskName = (typeof TASKS)[keyof typeof TASKS];

export interface JobSpec {
  task: TaskName;
  payload: Record<string, unknown>;
  runAt: Date;
  jobKey: string;
}

export async function scheduleJob(em: EntityManager, task: TaskName, payload: Record<string, unknown>, runAt: Date, jobKey: string): Promise<void> {
  await scheduleJobs(em, [{ task, payload, runAt, jobKey }]);
}

/**
 * Adds several timers in one round trip. Called inside the transaction that writes the rows
 * the jobs act on, so rows not yet flushed are fine: a job only becomes visible with them.
 */
export async function scheduleJobs(em: EntityManager, jobs: JobSpec[]): Promise<void> {
  if (jobs.length === 0) return;
  if (!em.isInTransaction()) throw new Error('jobs are scheduled inside the transaction that needs them');
  await em.execute(
    `select graphile_worker.add_jobs(array_agg(row(j.task, j.payload, null, j.run_at, 10, j.job_key, null, null)::graphile_worker.job_spec))
     from json_to_recordset(?::json) as j(task text, payload json, run_at timestamptz, job_key text)`,
    [JSON.stringify(jobs.map((j) => ({ task: j.task, payload: j.payload, run_at: j.runAt.toISOString(), job_key: j.jobKey })))],
  );
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
export const slaClockJobKey = (id: string) => `sla-clock:${id}`;
export const caseParkJobKey = (id: string) => `case-park:${id}`;
export const caseCloseJobKey = (id: string) => `case-close:${id}`;
export const moneyJobKey = (id: string) => `money-pay:${id}`;
