// One PostgreSQL for the whole run (embedded unless DATABASE_URL is set) and a template
// database migrated once; every test file clones the template into its own database.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '../../src/database.js';
import { initOrm } from '../../src/orm.js';
import { migrateJobQueue } from '../../src/jobs/worker.js';
import { buildServer } from '../../build.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  // The server-process tests run what `start` runs: the compiled bundle of this source.
  await buildServer();
  let serverUrl: string;
  let stopServer = async () => {};
  let dir: string | undefined;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    dir = await mkdtemp(path.join(tmpdir(), 'cxloop-test-pg-'));
    const pgServer = await startEmbeddedPostgres(dir, (l) => console.log(l));
    serverUrl = pgServer.adminUrl('postgres');
    stopServer = pgServer.stop;
  }
  const templateDb = `cxloop_tpl_${process.pid}`;
  await dropDatabase(serverUrl, templateDb);
  await ensureDatabase(serverUrl, templateDb);
  const orm = await initOrm(withDatabase(serverUrl, templateDb));
  await orm.close();
  await migrateJobQueue(withDatabase(serverUrl, templateDb));
  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    await dropDatabase(serverUrl, templateDb).catch(() => {});
    await stopServer();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
