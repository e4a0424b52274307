// `pnpm start`: database (embedded unless DATABASE_URL), migrations, first admin, demo data, feedback
// comments not yet scored for sentiment, then the HTTP server. SIGINT / SIGTERM stop everything cleanly.
import 'reflect-metadata';
import type { Server } from 'node:http';
import pg from 'pg';
import { createApp } from './app.js';
import { systemClock, type Clock } from './common/clock.js';
import { ConfigError, loadConfig } from './config.js';
import { startDatabase, type DatabaseServer } from './database.js';
import { initOrm } from './orm.js';
import { loadDemoData } from './seeders/demo-data.js';
import { scoreUnscoredFeedback } from './modules/feedback/feedback-sentiment.js';
import { createServices } from './services.js';
import { migrateJobQueue, startWorker, type JobRunner } from './jobs/worker.js';
import { RecordingSender, WebhookSender } from './modules/messaging/sender.js';
import { RecordingPayoutProvider } from './modules/money/payout-provider.js';
import { RazorpayPayouts } from './modules/money/razorpay-payouts.js';
import type { MikroORM } from '@mikro-orm/postgresql';

const log = (line: string) => console.log(`[cx-loop] ${line}`);

async function withStartupLock(url: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(4242002)');
    await work();
  } finally {
    await client.query('select pg_advisory_unlock(4242002)').catch(() => {});
    await client.end();
  }
}

async function main() {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`[cx-loop] configuration error: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }

  let db: DatabaseServer | undefined;
  let orm: MikroORM | undefined;
  let server: Server | undefined;
  let worker: JobRunner | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    // In-flight requests finish (idle keep-alive connections close at once); one that is still
    // running after 10 s is cut off rather than holding the stop up.
    const cutOff = setTimeout(() => server?.closeAllConnections(), 10_000);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    clearTimeout(cutOff);
    // Returns once the runner's last connection is closed: PostgreSQL is stopped only after that.
    await worker?.stop().catch((e) => log(`stopping the job runner: ${e}`));
    await orm?.close().catch(() => {});
    await db?.stop().catch((e) => log(`stopping the database: ${e}`));
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const database = (db = await startDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log }));
    log(database.embedded ? `embedded PostgreSQL running (data in ${config.dataDir})` : 'using DATABASE_URL');
    const theOrm = (orm = await initOrm(database.url));
    await migrateJobQueue(db.url);
    // M6: one provider for every service container (the demo data's ones too).
    const payouts = config.payouts ? new RazorpayPayouts(config.payouts) : new RecordingPayoutProvider();
    log(config.payouts ? `payouts via ${config.payouts.apiUrl} (webhooks at POST /webhooks/payouts)` : 'payouts recorded, no money leaves (set the five PAYOUTS_* settings for a payouts provider)');
    const servicesOn = (clock: Clock) =>
      createServices({
        clock,
        policy: config.policy,
        access: { tokenTtlSeconds: config.tokenTtlSeconds, tokenSecret: config.tokenSecret, publicUrl: config.publicUrl },
        sender: config.sender.kind === 'webhook' ? new WebhookSender(config.sender.url, 10_000, config.sender.secret) : new RecordingSender(),
        retry: config.retry,
        links: config.links,
        receiptLinkTtlMs: config.receiptLinkTtlMs,
        payouts,
      });
    const services = servicesOn(systemClock);
    await services.keys.init(orm.em.fork());

    // Several processes may start together on one database: one at a time creates the first
    // admin and the demo data, the others then find them there.
    await withStartupLock(db.url, async () => {
      const admin = await services.users.bootstrapAdmin(theOrm.em.fork(), config.adminEmail, config.adminPassword);
      if (admin.created) {
        log(`created the first admin: ${config.adminEmail}`);
        if (admin.password) log(`generated password (shown once, change it after signing in): ${admin.password}`);
      }
      const wantDemo = config.demoData === 'on' || (config.demoData === 'auto' && database.embedded);
      if (wantDemo) {
        const loaded = await loadDemoData(theOrm.em.fork(), servicesOn, config.adminEmail);
        if (loaded) log(`loaded demo data: ${loaded}`);
      }
      const scored = await scoreUnscoredFeedback(theOrm.em.fork());
      if (scored) log(`scored ${scored} feedback comments for sentiment`);
    });

    const { app } = await createApp({ orm, clock: systemClock, policy: config.policy, services, adminDist: config.adminDist, links: config.links, production: process.env.NODE_ENV === 'production', payoutsWebhookSecret: config.payouts?.webhookSecret, log });
    server = app.listen(config.port);
    // A slow or stalled client cannot hold a connection open for ever.
    server.requestTimeout = 30_000;
    server.headersTimeout = 20_000;
    await new Promise<void>((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
    if (config.workerConcurrency > 0) {
      worker = await startWorker(db.url, orm, services, config.workerConcurrency, config.payJobLeaseMs);
      log(`job runner started (${config.workerConcurrency} at a time, messages via ${services.messaging.sender.name})`);
    }
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL http://localhost:${config.port}/graphql, admin http://localhost:${config.port}/`);
  } catch (e) {
    console.error('[cx-loop] start-up failed:', e instanceof Error ? e.message : e);
    await orm?.close().catch(() => {});
    await db?.stop().catch(() => {});
    process.exit(1);
  }
}

void main();
