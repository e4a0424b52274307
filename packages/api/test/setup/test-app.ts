// Boots the real app on its own PostgreSQL database for one test file, and speaks GraphQL to it
// over HTTP with supertest.
import { randomBytes } from 'node:crypto';
import supertest from 'supertest';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from '../../src/app.js';
import { ManualClock } from '../../src/common/clock.js';
import { loadPolicySettings, type PolicySettings } from '../../src/common/policy-settings.js';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/database.js';
import { initOrm } from '../../src/orm.js';
import { createServices, type Services } from '../../src/services.js';
import { Role } from '../../src/common/enums.js';
import { runDue, type DueRun } from '../../src/jobs/run-due.js';
import type { MessageSender } from '../../src/modules/messaging/sender.js';
import type { RetrySettings } from '../../src/modules/messaging/retry.policy.js';
import type { OutboxSettings } from '../../src/modules/messaging/outbox.policy.js';
import type { PayoutProvider } from '../../src/modules/money/payout-provider.js';

export const ADMIN_EMAIL = 'admin@test.local';
export const ADMIN_PASSWORD = 'admin-password-1';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions: Record<string, any>; path?: string[] }[];
  body: any;
}

export interface TestApp {
  orm: MikroORM;
  clock: ManualClock;
  services: Services;
  policy: PolicySettings;
  http: ReturnType<typeof supertest>;
  adminToken: string;
  dbUrl: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  login(email: string, password: string): Promise<string>;
  /** Creates a user with these roles and returns a token for them. */
  userWith(...roles: Role[]): Promise<{ id: string; email: string; token: string }>;
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** What the server logged as internal errors (formatError logs them with their id). */
  internalErrors: string[];
  /** The SQL statements the server ran while `work` ran. */
  statementsDuring(work: () => Promise<unknown>): Promise<string[]>;
  /** Runs every timer due at the clock's time, as the job queue would (move the clock first). */
  runDue(): Promise<DueRun>;
  close(): Promise<void>;
}

export async function initTestApp(opts: { policyEnv?: Record<string, string>; start?: Date; sender?: MessageSender; retry?: RetrySettings; outbox?: OutboxSettings; payouts?: PayoutProvider; payoutsWebhookSecret?: string; tokenTtlSeconds?: number; loginsPerMinute?: number; production?: boolean } = {}): Promise<TestApp> {
  const serverUrl = inject('pgServerUrl');
  const dbName = `cxloop_t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, dbName, inject('templateDb'));
  const dbUrl = withDatabase(serverUrl, dbName);
  let counting = false;
  let statements: string[] = [];
  const orm = await initOrm(dbUrl, { migrate: false, poolMax: 5, onQuery: (line) => counting && statements.push(line) });
  const clock = new ManualClock(opts.start ?? new Date('2026-11-23T05:30:00Z'));
  const policy = loadPolicySettings(opts.policyEnv ?? {});
  const services = createServices({ clock, policy, access: { tokenTtlSeconds: opts.tokenTtlSeconds ?? 10 * 365 * 86_400, publicUrl: 'http://cx.test' }, sender: opts.sender, retry: opts.retry, outbox: opts.outbox, payouts: opts.payouts });
  await services.keys.init(orm.em.fork());
  await services.users.bootstrapAdmin(orm.em.fork(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const errors: string[] = [];
  const { app } = await createApp({ orm, clock, policy, services, loginsPerMinute: opts.loginsPerMinute ?? 10_000, production: opts.production, payoutsWebhookSecret: opts.payoutsWebhookSecret, log: (l) => errors.push(l) });
  const http = supertest(app);

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const req = http.post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors, body: res.body };
  };
  const login = async (email: string, password: string) => {
    const r = await gql(`mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }`, { e: email, p: password });
    if (!r.data?.login) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token as string;
  };
  const adminToken = await login(ADMIN_EMAIL, ADMIN_PASSWORD);
  let n = 0;
  const userWith = async (...roles: Role[]) => {
    const email = `user${++n}-${roles.join('-').toLowerCase()}@test.local`;
    const r = await gql(
      `mutation($e:String!,$r:[Role!]!){ createUser(email:$e, name:"Test User", roles:$r, password:"password-123"){ id } }`,
      { e: email, r: roles },
      adminToken,
    );
    if (!r.data?.createUser) throw new Error(`createUser failed: ${JSON.stringify(r.errors)}`);
    return { id: r.data.createUser.id as string, email, token: await login(email, 'password-123') };
  };
  const sql = async (query: string, params: unknown[] = []) => (await orm.em.fork().getConnection().execute(query, params as never[])) as any[];

  return {
    orm, clock, services, policy, http, adminToken, dbUrl, gql, login, userWith, sql, internalErrors: errors,
    async statementsDuring(work: () => Promise<unknown>) {
      statements = [];
      counting = true;
      try {
        await work();
      } finally {
        counting = false;
      }
      return statements;
    },
    runDue: () => runDue(orm.em.fork(), services, clock.now()),
    async close() {
      await orm.close();
      await dropDatabase(serverUrl, dbName);
    },
  };
}

/** Asserts a GraphQL refusal: the exact code (and rule), and never an internal error. */
export function expectRefusal(r: GqlResult, code: string, rule?: string): void {
  const e = r.errors?.[0];
  if (!e) throw new Error(`expected ${code}${rule ? `/${rule}` : ''}, got data ${JSON.stringify(r.data)}`);
  if (e.extensions?.code !== code || (rule && e.extensions?.rule !== rule)) {
    throw new Error(`expected ${code}${rule ? `/${rule}` : ''}, got ${JSON.stringify(e)}`);
  }
  if (/\.ts:\d+|\bat \w+ \(|syntax error at or near|violates|relation "|node_modules/i.test(JSON.stringify(r.body))) {
    throw new Error(`the error leaks internals: ${JSON.stringify(r.body)}`);
  }
}
