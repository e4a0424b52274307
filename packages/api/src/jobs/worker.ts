// Runs the SOP timers: graphile-worker picks jobs up as soon as they are due (LISTEN/NOTIFY),
// including those that fell due while no server was running.
import { Logger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Services } from '../services.js';
import { ClockKind, ClockSubject } from '../modules/sla-clocks/sla-clock.entity.js';
import { TASKS } from './schedule.js';

/**
 * M6: graphile-worker frees a job locked by a process that died only after 4 hours. A pay job
 * locked for longer than the lease (well above the provider call's 10 s timeout) is one whose
 * process died between the provider's answer and our commit: it is freed to run again now. Run
 * twice it is still paid once: the provider returns the same payout to the same idempotency key,
 * and the outcome is written only on an APPROVED request.
 */
export async function releaseStalePayJobs(pool: pg.Pool, leaseMs: number): Promise<number> {
  const { rowCount } = await pool.query(
    `update graphile_worker._private_jobs set locked_at = null, locked_by = null, run_at = greatest(run_at, now())
      where key like 'money-pay:%' and locked_at < now() - $1::int * interval '1 millisecond'`,
    [leaseMs],
  );
  return rowCount ?? 0;
}

/** Installs or upgrades graphile-worker's own schema. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger() });
}

/** graphile-worker logs every job at info level; keep warnings and errors only. */
function quietLogger(): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') console.error(`[jobs] ${level}: ${message}`);
  });
}

export function taskList(orm: MikroORM, services: Services): TaskList {
  const id = (payload: unknown) => (payload as { id: string }).id;
  return {
    [TASKS.sendMessage]: async (payload) => {
      await services.messaging.deliver(orm.em.fork(), id(payload));
    },
    [TASKS.expireRequest]: async (payload) => {
      await services.requests.expire(orm.em.fork(), id(payload));
    },
    [TASKS.checkSla]: async (payload) => {
      await services.slaClocks.checkSubject(orm.em.fork(), { type: ClockSubject.ESCALATION, id: id(payload) }, ClockKind.FIRST_RESPONSE);
    },
    [TASKS.checkSlaClock]: async (payload) => {
      await services.slaClocks.check(orm.em.fork(), id(payload));
    },
    [TASKS.caseParkEnds]: async (payload) => {
      await services.cases.parkEnds(orm.em.fork(), id(payload));
    },
    [TASKS.closeCase]: async (payload) => {
      await services.cases.close(orm.em.fork(), id(payload));
    },
    [TASKS.payMoney]: async (payload) => {
      await services.money.pay(orm.em.fork(), id(payload));
    },
  };
}

/** The job runner and the connections it owns; `stop` returns once the last of them is closed. */
export interface JobRunner {
  runner: Runner;
  stop(): Promise<void>;
}

/** How long `stop` waits for the runner's connections to close once it has asked them to. */
const STOP_WAIT_MS = 10_000;

/** What the runner's connections are called in pg_stat_activity. */
export const JOB_RUNNER_APPLICATION_NAME = 'cx-loop jobs';

export async function startWorker(connectionString: string, orm: MikroORM, services: Services, concurrency: number, payJobLeaseMs = 120_000): Promise<JobRunner> {
  // The runner's pool is ours, not one graphile-worker makes: on stop it takes its error handler
  // off its own pool and ends it without waiting, so `runner.stop()` returned while connections
  // were still closing. PostgreSQL stopping next (the embedded one, right after) then sent them
  // "terminating connection due to administrator command", an 'error' nobody listened to, and
  // the process exited 1 instead of 0 (seen under load). Here the handlers stay for the pool's
  // whole life, and `stop` waits until every connection has closed: `pool.end()` alone resolves
  // as soon as it has asked them to close, not when they have.
  const pool = new pg.Pool({ connectionString, max: Math.max(10, concurrency + 2), application_name: JOB_RUNNER_APPLICATION_NAME });
  const open = new Set<pg.PoolClient>();
  const logError = (what: string) => (e: Error) => console.error(`[jobs] warning: ${what}: ${e.message}`);
  pool.on('error', logError('idle connection'));
  pool.on('connect', (client) => {
    open.add(client);
    client.on('error', logError('connection'));
    client.once('end', () => open.delete(client));
  });
  const end = async () => {
    await pool.end();
    const closed = Promise.all([...open].map((c) => new Promise((resolve) => c.once('end', resolve))));
    // A server that never answers the goodbye does not hold the stop up for ever.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)))]);
    clearTimeout(timer);
  };
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: 2000,
      taskList: taskList(orm, services),
      logger: quietLogger(),
      // Finished jobs are marked complete together, a round trip saved per job. A crash before that
      // reruns them, which is harmless: every task re-reads its row (a SENT message is skipped).
      preset: { worker: { completeJobBatchDelay: 0 } },
    });
  } catch (e) {
    await end();
    throw e;
  }
  const sweep = () => void releaseStalePayJobs(pool, payJobLeaseMs).catch(logError('freeing stale pay jobs'));
  sweep();
  const sweeper = setInterval(sweep, Math.max(1000, Math.min(payJobLeaseMs / 2, 60_000)));
  sweeper.unref();
  return {
    runner,
    async stop() {
      clearInterval(sweeper);
      try {
        await runner.stop();
      } finally {
        await end();
      }
    },
  };
}
