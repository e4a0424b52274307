// K2's durability: a case's SLA breach is a durable timer in PostgreSQL. With two server
// processes on one database, real time and a 2-second URGENT first response, each breach is
// marked once, at its due time, with one audit event and one alert; a case answered in time
// is never breached. Real processes, as durability.e2e.spec.ts runs them.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/database.js';
import { startServer, waitFor, type ServerProcess } from '../setup/server-process.js';

const dbs: string[] = [];
afterAll(async () => {
  for (const db of dbs) await dropDatabase(inject('pgServerUrl'), db).catch(() => {});
});

async function freshDatabase(): Promise<string> {
  const name = `cxloop_cdur_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(inject('pgServerUrl'), name, inject('templateDb'));
  dbs.push(name);
  return withDatabase(inject('pgServerUrl'), name);
}

const env = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  ADMIN_PASSWORD: 'durable-password-1',
  POLICY_CASE_FIRST_RESPONSE_URGENT: '2s',
});

async function query<T = any>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function openUrgentCases(s: ServerProcess, token: string, n: number): Promise<{ id: string; firstResponseDueAt: string }[]> {
  const out: { id: string; firstResponseDueAt: string }[] = [];
  for (let i = 0; i < n; i++) {
    const r = await s.gql(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id priority firstResponseDueAt createdAt } }`, {
      i: {
        type: 'PAYMENT_ISSUE', priority: 'URGENT', channel: 'CALL', subject: 'Payout not received', description: 'Customer called twice',
        customerPhone: `97${String(30_000_000 + i * 101 + Math.floor(Math.random() * 50)).padStart(8, '0')}`, customerName: 'Meera Iyer',
      },
    }, token);
    expect(r.errors).toBeUndefined();
    const c = r.data.openCase;
    expect(c.priority).toBe('URGENT');
    expect(new Date(c.firstResponseDueAt).getTime() - new Date(c.createdAt).getTime()).toBe(2000);
    out.push(c);
  }
  return out;
}

describe('durable case SLA timers', () => {
  it('with two server processes on one database, each URGENT breach is marked once: one CASE_SLA_BREACHED audit and one alert', async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([startServer(env(db)), startServer(env(db))]);
    try {
      expect(a.output()).toContain('ready in');
      expect(b.output()).toContain('ready in');
      const token = (await a.gql(`mutation { login(email: "admin@cxloop.local", password: "durable-password-1") { token } }`)).data.login.token;
      // Answered well within its 2 seconds, on the other process.
      const [answered] = await openUrgentCases(b, token, 1);
      const reply = await b.gql(`mutation($id: ID!) { replyToCase(caseId: $id, channel: CALL, body: "Called back at once") { firstRespondedAt } }`, { id: answered.id }, token);
      expect(reply.errors).toBeUndefined();
      expect(new Date(reply.data.replyToCase.firstRespondedAt).getTime()).toBeLessThan(new Date(answered.firstResponseDueAt).getTime());
      const late = await openUrgentCases(a, token, 4);

      const ids = late.map((c) => c.id);
      await waitFor(async () => (await query(db, `select id from support_case where id = any($1::uuid[]) and sla_breached_at is not null`, [ids])).length === ids.length, 20_000, 'every breach marked');
      // Past the time a second runner (or a retry) would have had to mark it again.
      await new Promise((r) => setTimeout(r, 3000));

      const marked = await query(db, `select id, sla_breached_at from support_case where id = any($1::uuid[])`, [ids]);
      for (const c of late) expect(marked.find((m) => m.id === c.id)!.sla_breached_at.toISOString()).toBe(c.firstResponseDueAt);
      const audits = await query(db, `select entity_id, count(*)::int as n from audit_event where action = 'CASE_SLA_BREACHED' group by entity_id`);
      expect(audits.sort((x, y) => x.entity_id.localeCompare(y.entity_id))).toEqual([...ids].sort().map((id) => ({ entity_id: id, n: 1 })));
      const alerts = await query(db, `select support_case_id, kind, for_role, count(*)::int as n from alert where support_case_id is not null group by 1, 2, 3`);
      expect(alerts.sort((x, y) => x.support_case_id.localeCompare(y.support_case_id)))
        .toEqual([...ids].sort().map((id) => ({ support_case_id: id, kind: 'CASE_SLA_BREACHED', for_role: 'CX_LEAD', n: 1 })));
      expect(await query(db, `select 1 from support_case where id = $1 and sla_breached_at is not null`, [answered.id])).toEqual([]);

      const seen = await a.gql(`query($ids: [ID!]) { allSupportCases(filter: { ids: $ids, slaBreached: true }) { id slaBreached } }`, { ids: [...ids, answered.id] }, token);
      expect(seen.data.allSupportCases.map((c: any) => c.id).sort()).toEqual([...ids].sort());
    } finally {
      await Promise.all([a, b].map(async (s) => {
        s.child.kill('SIGTERM');
        expect(await s.exited).toBe(0);
      }));
    }
  }, 90_000);
});
