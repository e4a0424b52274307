// Runs the SOP timers: graphile-worker picks jobs up as soon as they are due (LISTEN/NOTIFY),
// including those that fell due while no server was running.
import { Logger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Services } from '../services.js';
import { TASKS } from './schedule.js';

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
      await services.escalations.checkSla(orm.em.fork(), id(payload));
    },
  };
}

export async function startWorker(connectionString: string, orm: MikroORM, services: Services, concurrency: number): Promise<Runner> {
  return run({
    connectionString,
    concurrency,
    noHandleSignals: true,
    pollInterval: 2000,
    taskList: taskList(orm, services),
    logger: quietLogger(),
    // Finished jobs are marked complete together, a round trip saved per job. A crash before that
    // reruns them, which is harmless: every task re-reads its row (a SENT message is skipped).
    preset: { worker: { completeJobBatchDelay: 0 } },
  });
}
