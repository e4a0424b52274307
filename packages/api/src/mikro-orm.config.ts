import { defineConfig, ReflectMetadataProvider, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

function setStatementTimeout(conn: { query: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) {
  conn.query(`set statement_timeout = '${Number(process.env.STATEMENT_TIMEOUT_MS ?? 15000)}ms'`, (err) => done(err, conn));
}

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    forceUtcTimezone: true,
    // graphile-worker owns its own schema; the schema diff must not touch it.
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    // No statement may hold a connection for long: a runaway query fails instead of piling up.
    pool: { min: 0, max: 10, afterCreate: setStatementTimeout },
    debug: false,
    ...overrides,
    ...(overrides.pool ? { pool: { afterCreate: setStatementTimeout, ...overrides.pool } } : {}),
  });
}
