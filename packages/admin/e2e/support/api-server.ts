// The real API as a child process for the browser tests: DATABASE_URL when the environment
// gives one (a fresh database), otherwise the API's own embedded PostgreSQL in a temp DATA_DIR.
// It serves the built admin (dist/) at /.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ADMIN_DIR = path.resolve(import.meta.dirname, '../..');
const API_DIR = path.resolve(ADMIN_DIR, '../api');

export const ADMIN_EMAIL = 'admin@cxloop.local';
export const ADMIN_PASSWORD = 'e2e-admin-pass-1';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface ApiServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
  gql: <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

export async function startApi(): Promise<ApiServer> {
  const port = await freePort();
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), 'cx-admin-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      DEMO_DATA: '1',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      // E2E_ADMIN_DIST: a build elsewhere (several builds side by side while developing).
      ADMIN_DIST: process.env.E2E_ADMIN_DIST ?? path.join(ADMIN_DIR, 'dist'),
      WORKER_CONCURRENCY: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  // First start of an embedded PostgreSQL (initdb) plus demo data takes a while.
  const deadline = Date.now() + 180_000;
  while (!out.includes('ready in') && Date.now() < deadline && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!out.includes('ready in')) {
    child.kill('SIGKILL');
    throw new Error(`The API did not start:\n${out}`);
  }
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        // SIGTERM: the API closes its server and stops the embedded PostgreSQL itself.
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    async gql(query, variables = {}, token) {
      const res = await fetch(`${url}graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
  };
}
