// `pnpm bench`: CX Loop's workloads through the real HTTP GraphQL server, each beside its
// physical limit measured in the same run (the same work as hand-written SQL over pg), on a
// generated data set. Writes BENCHMARKS.md at the repository root.
//   pnpm bench            default scale (1,000 vendors, 200,000 orders, 1,000,000 feedback…)
//   pnpm bench --quick    a small run (a minute or two)
//   pnpm bench --10x      ten times the default
//   --reuse               keep the generated database (cxloop_bench_<scale>) and use it next time
//   --only <text>         run only the workloads whose name contains <text> (BENCHMARKS.md untouched)
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { REPO_ROOT } from '../src/config.js';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '../src/database.js';
import { migrateJobQueue } from '../src/jobs/worker.js';
import { initOrm } from '../src/orm.js';
import { generate, SCALES, type Scale } from './data.js';
import { explainAll } from './explain.js';
import { buildServer, SERVER_ENTRY, SERVER_NODE_FLAGS } from '../build.mjs';

const args = process.argv.slice(2);
const scaleName = args.includes('--quick') ? 'quick' : args.includes('--10x') ? '10x' : 'default';
const scale: Scale = SCALES[scaleName];
const DURATION = scaleName === 'quick' ? 5 : 10;
const CONNECTIONS = 8;
const REUSE = args.includes('--reuse');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const selected = (name: string) => !ONLY || name.toLowerCase().includes(ONLY.toLowerCase());
const log = (l: string) => console.log(`[bench] ${l}`);

interface Result {
  name: string;
  server: { rps: number; p50: number; p95: number; errors: number };
  baseline: { rps: number; p50: number; p95: number };
  note?: string;
  /** The API process's highest RSS during this workload, MB. */
  rss?: number;
  /** Median latency with one connection (no queueing): the cost of one request, ms. */
  single?: { server: number; baseline: number };
}

/** The one-connection run: short, it only needs a stable median. */
const SINGLE_DURATION = Math.max(3, Math.round(DURATION / 2));

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0);

/** Requests numbered across runs, so a write workload never reuses an order. */
let baselineSeq = 0;
let serverSeq = 0;

/** The same work as raw SQL: `loops` concurrent loops (one connection each) for `duration` seconds. */
async function baseline(pool: pg.Pool, work: (c: pg.PoolClient, i: number) => Promise<void>, loops = CONNECTIONS, duration = DURATION): Promise<Result['baseline']> {
  const latencies: number[] = [];
  const end = performance.now() + duration * 1000;
  await Promise.all(Array.from({ length: loops }, async () => {
    const c = await pool.connect();
    try {
      while (performance.now() < end) {
        const t = performance.now();
        await work(c, baselineSeq++);
        latencies.push(performance.now() - t);
      }
    } finally {
      c.release();
    }
  }));
  latencies.sort((a, b) => a - b);
  return { rps: Math.round(latencies.length / duration), p50: +pct(latencies, 0.5).toFixed(1), p95: +pct(latencies, 0.95).toFixed(1) };
}

async function throughServer(url: string, token: string, body: (i: number) => unknown, connections = CONNECTIONS, duration = DURATION): Promise<Result['server']> {
  let errors = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration,
    requests: [{
      method: 'POST',
      setupRequest: (req: Record<string, unknown>) => ({ ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body(serverSeq++)) }),
      onResponse: (status: number, resBody: string) => {
        if (status !== 200 || resBody.includes('"errors"')) errors++;
      },
    }],
  } as never);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p95: result.latency.p97_5 ?? result.latency.p99, errors };
}

async function main() {
  log(`scale ${scaleName}: ${JSON.stringify(scale)}`);
  let serverUrl = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, 'postgres') : '';
  let stopPg = async () => {};
  let dir: string | undefined;
  if (!serverUrl) {
    dir = REUSE ? path.join(os.tmpdir(), 'cxloop-bench-data') : await mkdtemp(path.join(os.tmpdir(), 'cxloop-bench-'));
    const embedded = await startEmbeddedPostgres(dir, log);
    serverUrl = embedded.adminUrl('postgres');
    stopPg = embedded.stop;
  }
  const dbName = REUSE ? `cxloop_bench_${scaleName}` : `cxloop_bench_${Date.now()}`;
  await ensureDatabase(serverUrl, dbName);
  const dbUrl = withDatabase(serverUrl, dbName);
  const results: Result[] = [];
  let rssMax = 0;
  let rssWindow = 0;
  /** The highest RSS since the last call (one workload's peak). */
  const rssPeak = () => {
    const peak = Math.round(rssWindow);
    rssWindow = 0;
    return peak;
  };
  let reminder = '';
  let child: ReturnType<typeof spawn> | undefined;
  try {
    const orm = await initOrm(dbUrl);
    await orm.close();
    await migrateJobQueue(dbUrl);
    const db = new pg.Client({ connectionString: dbUrl });
    db.on('error', () => {});
    await db.connect();
    const existing = (await db.query('select count(*)::int n from vendor')).rows[0].n;
    if (REUSE && existing > 0) log(`reusing ${dbName}`);
    else {
      log('generating data');
      const t0 = Date.now();
      await generate(db, scale, log);
      log(`data ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
    const pgVersion = (await db.query('show server_version')).rows[0].server_version;

    // The API as its own process, as `start` runs it (the compiled bundle), so its memory is measured alone.
    await buildServer();
    const port = 4900 + Math.floor(Math.random() * 90);
    child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_ENTRY], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), DEMO_DATA: '0', ADMIN_PASSWORD: 'bench-password-1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    while (!out.includes('ready in')) {
      if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const sampler = setInterval(async () => {
      const status = await readFile(`/proc/${child!.pid}/status`, 'utf8').catch(() => '');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rssMax = Math.max(rssMax, kb / 1024);
      rssWindow = Math.max(rssWindow, kb / 1024);
    }, 200);
    const url = `http://127.0.0.1:${port}`;
    const login: any = await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(email: "admin@cxloop.local", password: "bench-password-1") { token } }' }) })).json();
    const token = login.data.login.token as string;
    const pool = new pg.Pool({ connectionString: dbUrl, max: CONNECTIONS });

    // 1. submitFeedback writes (1–2 stars open escalations), on completed orders with no feedback.
    const open = (await db.query(`select id, vendor_id from customer_order o where status = 'COMPLETED' and (substring(external_ref from 7))::int > $1
      and not exists (select 1 from feedback f where f.order_id = o.id) order by external_ref`, [scale.orders])).rows;
    const half = Math.floor(open.length / 2);
    const ratings = [5, 4, 5, 2, 4, 5, 3, 1, 5, 4];
    if (selected('submitFeedback')) {
    log('workload: submitFeedback');
    const submitBody = (i: number) => ({
      query: 'mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { id route } }',
      variables: { i: { orderId: open[i % half].id, rating: ratings[i % 10], vendorBehaviour: 4 } },
    });
    rssPeak();
    const submitServer = await throughServer(url, token, submitBody);
    const submitRss = rssPeak();
    const submitRaw = async (c: pg.PoolClient, i: number) => {
      const o = open[half + (i % (open.length - half))];
      const rating = ratings[i % 10];
      await c.query('begin');
      const f = await c.query(`insert into feedback (id, order_id, vendor_id, touchpoint, rating, vendor_behaviour, route, channel, created_at)
        values (gen_random_uuid(), $1, $2, 'AFTER_PAYMENT', $3, 4, $4, 'APP', now()) returning id`, [o.id, o.vendor_id, rating, rating <= 2 ? 'ESCALATE' : 'ASK_PUBLIC_REVIEW']);
      if (rating <= 2) {
        await c.query(`insert into escalation (id, order_id, feedback_id, vendor_id, status, team, created_at, first_contact_due_at)
          values (gen_random_uuid(), $1, $2, $3, 'OPEN', 'CX', now(), now() + interval '15 minutes')`, [o.id, f.rows[0].id, o.vendor_id]);
      }
      await c.query('commit');
    };
    const submitBase = await baseline(pool, submitRaw);
    const single = {
      server: (await throughServer(url, token, submitBody, 1, SINGLE_DURATION)).p50,
      baseline: (await baseline(pool, submitRaw, 1, SINGLE_DURATION)).p50,
    };
    results.push({ name: 'submitFeedback (write; 1–2 stars escalate)', server: submitServer, baseline: submitBase, rss: submitRss, single,
      note: 'The server also opens the SLA timer, the CX alert, the route messages and the audit event in the same transaction; the baseline writes only the two rows.' });
    }

    const readWorkload = async (name: string, query: string, variables: Record<string, unknown>, raw: (c: pg.PoolClient) => Promise<unknown>, note?: string) => {
      if (!selected(name)) return;
      log(`workload: ${name}`);
      rssPeak();
      const server = await throughServer(url, token, () => ({ query, variables }));
      const rss = rssPeak();
      const base = await baseline(pool, async (c) => void (await raw(c)));
      const single = {
        server: (await throughServer(url, token, () => ({ query, variables }), 1, SINGLE_DURATION)).p50,
        baseline: (await baseline(pool, async (c) => void (await raw(c)), 1, SINGLE_DURATION)).p50,
      };
      results.push({ name, server, baseline: base, note, rss, single });
    };

    await readWorkload('orders page (50 rows with customer, vendor, feedback)',
      `query { allOrders(perPage: 50, sortField: "createdAt", sortOrder: "DESC") { id externalRef status quotedPrice customer { name phone } vendor { name } feedback { rating touchpoint } } }`, {},
      async (c) => {
        const o = await c.query(`select o.id, o.external_ref, o.status, o.quoted_price, c.name, c.phone, v.name as vendor from customer_order o
          join customer c on c.id = o.customer_id left join vendor v on v.id = o.vendor_id order by o.created_at desc, o.id desc limit 50`);
        await c.query('select order_id, rating, touchpoint from feedback where order_id = any($1::uuid[])', [o.rows.map((r) => r.id)]);
      });

    await readWorkload('escalation queue (50 open, by first-contact due time)',
      `query { allEscalations(filter: { status: [OPEN] }, perPage: 50) { id status team firstContactDueAt slaBreached order { externalRef customer { name } } } }`, {},
      (c) => c.query(`select e.id, e.status, e.team, e.first_contact_due_at, o.external_ref, c.name from escalation e
        join customer_order o on o.id = e.order_id join customer c on c.id = o.customer_id where e.status = 'OPEN' order by e.first_contact_due_at, e.id limit 50`));

    const to = new Date();
    const from = new Date(to.getTime() - 52 * 7 * 86_400_000);
    await readWorkload('feedbackAnalytics (52 weeks)',
      `query($f: DateTime!, $t: DateTime!) { feedbackAnalytics(from: $f, to: $t) { weekStart total positivePct negativePct averageRating topComplaint vendorIssuesFlagged newPublicReviews } }`,
      { f: from.toISOString(), t: to.toISOString() },
      (c) => c.query(`select date_trunc('week', created_at at time zone 'Asia/Kolkata') w, count(*), count(*) filter (where rating >= 4), count(*) filter (where rating <= 2), avg(rating)
        from feedback where created_at >= $1 and created_at < $2 group by 1`, [from, to]));

    await readWorkload(`vendor scorecards (all ${scale.vendors}, by composite)`,
      `query { allVendorScorecards(perPage: 500, sortField: "compositeScore", sortOrder: "DESC") { id name status scorecard { compositeScore avgOverall complaintsLast30Days slaViolationsLast30Days topPerformer } } }`, {},
      (c) => c.query(`select vendor_id, avg(rating), avg(vendor_behaviour), count(*) from feedback group by vendor_id order by 2 desc limit 500`),
      'Baseline: the plain per-vendor aggregate over all feedback (the server also computes complaints, SLA violations and the top 10%).');

    await readWorkload('review inbox (NEW, 50 newest)',
      `query { allReviews(filter: { status: [NEW] }, perPage: 50) { id source rating text sentimentScore checks { passed } } }`, {},
      (c) => c.query(`select id, source, rating, text, sentiment_score from review where status = 'NEW' order by posted_at desc, id desc limit 50`));

    // Support cases (K1, K2): openCase writes the case, its two SLA clocks with their two durable
    // timers, the interaction and the audit event in one transaction.
    if (selected('open case')) {
    log('workload: open case');
    const customers = (await db.query(`select id from customer order by id limit 1000`)).rows.map((r) => r.id as string);
    const openBody = (i: number) => ({
      query: 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id number firstResponseDueAt } }',
      variables: { i: { type: 'ORDER_STATUS', channel: 'WHATSAPP', subject: `Where is my pickup? ${i}`, description: 'The customer asks when the vendor comes.', customerId: customers[i % customers.length] } },
    });
    rssPeak();
    const openServer = await throughServer(url, token, openBody);
    const openRss = rssPeak();
    // The same rows in one statement (one round trip, its own transaction): each data-modifying CTE
    // runs once, and add_jobs queues both timers as the server's scheduleJobs does.
    const openRaw = async (c: pg.PoolClient, i: number) => {
      await c.query(`with s as (select nextval('support_case_seq') as seq),
        sc as (
          insert into support_case (id, seq, type, status, priority, channel, subject, description, customer_id, team, created_at, first_response_due_at, resolution_due_at, reopen_count, version)
          select gen_random_uuid(), s.seq, 'ORDER_STATUS', 'OPEN', 'NORMAL', 'WHATSAPP', $2, 'The customer asks when the vendor comes.', $1, 'CX', now(),
            now() + interval '4 hours', now() + interval '72 hours', 0, 1 from s
          returning id, seq, created_at),
        k as (
          insert into sla_clock (id, subject_type, subject_id, kind, calendar, budget_ms, started_at, due_at, paused_total_ms)
          select gen_random_uuid(), 'CASE', sc.id, v.kind, 'BUSINESS_HOURS', v.ms, sc.created_at, sc.created_at + v.ms * interval '1 millisecond', 0
          from sc, (values ('FIRST_RESPONSE', 14400000::bigint), ('RESOLUTION', 259200000::bigint)) v(kind, ms)
          returning id, due_at),
        j as (select graphile_worker.add_jobs(array_agg(row('check-sla-clock', json_build_object('id', k.id), null, k.due_at, 10, 'sla-clock:' || k.id, null, null)::graphile_worker.job_spec)) as jobs from k),
        it as (insert into interaction (id, support_case_id, kind, channel, summary, at)
          select gen_random_uuid(), sc.id, 'STATUS_CHANGE', 'WHATSAPP', 'Case opened: ' || $2, sc.created_at from sc returning id),
        a as (insert into audit_event (id, at, actor_type, actor_label, action, entity_type, entity_id, rule, data)
          select gen_random_uuid(), sc.created_at, 'USER', 'Admin', 'CASE_OPENED', 'SupportCase', sc.id, 'K1', jsonb_build_object('number', 'CX-' || sc.seq) from sc returning id)
        select sc.id, 'CX-' || sc.seq as number, (select count(*) from j) as timers from sc`, [customers[i % customers.length], `Where is my pickup? ${i}`]);
    };
    const openBase = await baseline(pool, openRaw);
    const single = {
      server: (await throughServer(url, token, openBody, 1, SINGLE_DURATION)).p50,
      baseline: (await baseline(pool, openRaw, 1, SINGLE_DURATION)).p50,
    };
    results.push({ name: 'open case (write: case, 2 SLA clocks, 2 timers, interaction, audit)', server: openServer, baseline: openBase, rss: openRss, single,
      note: 'The server also reads the customer, takes the number from the sequence in a round trip of its own, computes the K2 due times in business hours (the baseline adds fixed intervals) and checks access; the baseline is one statement of data-modifying CTEs.' });
    }

    await readWorkload('inbox page (25 OPEN cases by first-response due time, with customer)',
      `query { allSupportCases(filter: { status: [OPEN] }, perPage: 25, sortField: "firstResponseDueAt", sortOrder: "ASC") { id number subject status priority team firstResponseDueAt slaBreached customer { name } } }`, {},
      (c) => c.query(`select coalesce(json_agg(json_build_object('id', s.id, 'number', 'CX-' || s.seq, 'subject', s.subject, 'status', s.status, 'priority', s.priority,
          'team', s.team, 'firstResponseDueAt', s.first_response_due_at,
          'slaBreached', s.sla_breached_at is not null or (s.sla_paused_at is null and ((s.first_responded_at is null and s.first_response_due_at < now()) or s.resolution_due_at < now())),
          'customer', json_build_object('name', cu.name)) order by s.first_response_due_at, s.id), '[]') as "allSupportCases"
        from (select * from support_case where status = 'OPEN' order by first_response_due_at, id limit 25) s join customer cu on cu.id = s.customer_id`),
      'Baseline: the same JSON built by PostgreSQL in one statement (json_agg over the 25 rows joined to their customers).');

    await readWorkload('inbox page (allInboxItems: 25 open cases and escalations together, by the running clock)',
      `query { allInboxItems(perPage: 25) { id kind title customerName team status nextDueAt slaBreached } }`, {},
      (c) => c.query(`select coalesce(json_agg(json_build_object('id', page.kind || ':' || page.work_id, 'kind', page.kind,
          'title', case when page.kind = 'CASE' then 'CX-' || page.seq || ' · ' || page.subject else coalesce(f.rating || '★ ', '') || 'escalation · ' || page.order_ref end,
          'customerName', cu.name, 'team', page.team, 'status', page.status, 'nextDueAt', page.next_due_at, 'slaBreached', page.sla_breached)
          order by page.next_due_at nulls last, page.work_id), '[]') as "allInboxItems"
        from (select * from (
          select 'CASE' as kind, c.id as work_id, c.team, c.status, c.customer_id, c.seq, c.subject, null::text as order_ref, null::uuid as feedback_id,
            case when c.sla_paused_at is not null then null when c.first_responded_at is null then least(c.first_response_due_at, c.resolution_due_at) else c.resolution_due_at end as next_due_at,
            (c.sla_breached_at is not null or (c.sla_paused_at is null and ((c.first_responded_at is null and c.first_response_due_at < now()) or c.resolution_due_at < now()))) as sla_breached
          from support_case c where c.status in ('OPEN', 'PENDING_CUSTOMER', 'PENDING_INTERNAL', 'ESCALATED')
          union all
          select 'ESCALATION', e.id, e.team, e.status, o.customer_id, null, null, o.external_ref, e.feedback_id,
            case when e.first_contact_at is null then e.first_contact_due_at end,
            (e.sla_breached_at is not null or (e.first_contact_at is null and e.first_contact_due_at < now()))
          from escalation e join customer_order o on o.id = e.order_id where e.status in ('OPEN', 'CONTACTED', 'ROUTED')
        ) items order by next_due_at nulls last, work_id limit 25) page
        join customer cu on cu.id = page.customer_id left join feedback f on f.id = page.feedback_id`),
      'Baseline: the same UNION of open cases and escalations, sorted and cut to 25 rows, then joined to their customers and feedback and returned as one json_agg (the server also counts the queue for the page total and checks access).');

    // 7. Reminder throughput: 10,000 messages due at once, sent by the server's job runner.
    if (selected('reminders')) {
    await db.query(`delete from message where body = 'bench'`);
    log('workload: 10,000 reminders due at once');
    await db.query(`insert into message (id, order_id, kind, channel, recipient, scheduled_for, status, body, attempts, created_at)
      select gen_random_uuid(), null, 'REMINDER', 'WHATSAPP', '+919000000000', now(), 'SCHEDULED', 'bench', 0, now() from generate_series(1, 10000)`);
    const start = Date.now();
    await db.query(`select graphile_worker.add_jobs(array_agg(row('send-message', json_build_object('id', id), null, now(), 10, 'message:' || id, null, null)::graphile_worker.job_spec))
      from message where body = 'bench'`);
    let sent = 0;
    while (Date.now() - start < 120_000) {
      sent = (await db.query(`select count(*)::int n from message where body = 'bench' and status = 'SENT'`)).rows[0].n;
      if (sent === 10_000) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const secs = (Date.now() - start) / 1000;
    const twice = (await db.query(`select count(*)::int n from message where body = 'bench' and attempts > 1`)).rows[0].n;
    reminder = `${sent} of 10,000 sent in ${secs.toFixed(1)} s (${Math.round(sent / secs)}/s), ${twice} sent more than once`;
    log(reminder);
    }
    clearInterval(sampler);
    let plans = '';
    if (!ONLY || selected('explain')) {
      log('EXPLAIN (ANALYZE) of the read statements');
      const explainOrm = await initOrm(dbUrl);
      try {
        plans = await explainAll(explainOrm);
      } finally {
        await explainOrm.close();
      }
    }
    await pool.end();
    await db.end();

    const versions = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../package.json'), 'utf8')).dependencies;
    const rows = results.map((r) => `| ${r.name} | ${r.server.rps} | ${r.server.p50} | ${r.server.p95} | ${r.baseline.rps} | ${r.baseline.p50} | ${r.baseline.p95} | ${(r.server.rps / Math.max(1, r.baseline.rps) * 100).toFixed(0)}% | ${(r.server.p95 / Math.max(0.1, r.baseline.p95)).toFixed(1)}× | ${r.single ? `${r.single.server} / ${r.single.baseline}` : ''} | ${r.rss ?? ''} | ${r.server.errors} |`);
    const md = `# Benchmarks

Measured by \`pnpm bench${scaleName === 'default' ? '' : ` --${scaleName}`}\` on ${new Date().toISOString().slice(0, 10)}: each workload through the real HTTP
GraphQL server (autocannon, ${CONNECTIONS} connections, ${DURATION} s), and in the same run the same work as hand-written SQL over
\`pg\` (pool of ${CONNECTIONS}, ${CONNECTIONS} concurrent loops, ${DURATION} s). The server's p95 column is autocannon's
p97.5 (it reports no p95), so it errs against the server. Then each again with one connection for ${SINGLE_DURATION} s: the
median cost of one request with no queueing. The server and PostgreSQL share the machine's cores with the load generator.

- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}
- Node.js ${process.version}, PostgreSQL ${pgVersion}; @apollo/server ${versions['@apollo/server']}, type-graphql ${versions['type-graphql']}, @mikro-orm/core ${versions['@mikro-orm/core']}, graphile-worker ${versions['graphile-worker']}
- Data (${scaleName}): ${Object.entries(scale).map(([k, v]) => `${v.toLocaleString('en-IN')} ${k}`).join(', ')}

| workload | server req/s | p50 ms | p95 ms | SQL req/s | p50 ms | p95 ms | rate vs SQL | p95 vs SQL | 1 connection p50 ms, server / SQL | server RSS MB | errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- Reminders: ${reminder}.
- API process memory (RSS), highest seen: ${rssMax.toFixed(0)} MB.

${results.filter((r) => r.note).map((r) => `- ${r.name}: ${r.note}`).join('\n')}
${plans ? `\n## Query plans (EXPLAIN ANALYZE, after the workloads)\n\n${plans}\n` : ''}`;
    if (!ONLY) {
      await writeFile(path.join(REPO_ROOT, 'BENCHMARKS.md'), md);
      log('wrote BENCHMARKS.md');
    }
    console.log(md);
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    if (!REUSE) await dropDatabase(serverUrl, dbName).catch(() => {});
    await stopPg();
    if (dir && !REUSE) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
