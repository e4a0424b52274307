import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './mikro-orm.config.js';

/** Connects and brings the schema up to date (migrations run in one transaction). */
export async function initOrm(url: string, opts: { migrate?: boolean; poolMax?: number; onQuery?: (sql: string) => void } = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(
    ormConfig(url, {
      ...(opts.poolMax ? { pool: { min: 0, max: opts.poolMax } } : {}),
      // Tests count the statements a request makes (N+1 guard).
      ...(opts.onQuery ? { debug: ['query'], logger: opts.onQuery } : {}),
    }),
  );
  if (opts.migrate !== false) {
    // Several processes may start at once: an advisory lock lets one migrate while the others wait.
    const conn = orm.em.getConnection();
    await conn.execute('select pg_advisory_lock(4242001)');
    try {
      await orm.migrator.up();
    } finally {
      await conn.execute('select pg_advisory_unlock(4242001)');
    }
  }
  return orm;
}
