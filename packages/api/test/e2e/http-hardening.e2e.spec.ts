// HTTP hardening: security headers on every response (a strict Content-Security-Policy that the
// admin panel and the rating page still load under, no framing), no schema hints for anonymous
// callers in production, and list sorting and export filters validated like any other input.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const BUILT_ADMIN = path.resolve(import.meta.dirname, '../../../admin/dist');

let t: TestApp;
/** The same app as production runs it: NODE_ENV=production, the built panel at /. */
let prod: ReturnType<typeof supertest>;
let adminDist: string;
let ratingPath: string;
const prodErrors: string[] = [];

beforeAll(async () => {
  t = await initTestApp();
  // The panel as Vite builds it (the real build when there is one): a module script, no inline code.
  adminDist = await mkdtemp(path.join(tmpdir(), 'cxloop-dist-'));
  await mkdir(path.join(adminDist, 'assets'));
  const builtIndex = path.join(BUILT_ADMIN, 'index.html');
  if (existsSync(builtIndex)) {
    const html = await readFile(builtIndex, 'utf8');
    await writeFile(path.join(adminDist, 'index.html'), html);
    for (const src of [...html.matchAll(/src="\.\/(assets\/[^"]+)"/g)].map((m) => m[1])) {
      await writeFile(path.join(adminDist, src), await readFile(path.join(BUILT_ADMIN, src)));
    }
  } else {
    await writeFile(path.join(adminDist, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>CX Loop</title>
<script type="module" crossorigin src="./assets/index-test.js"></script></head><body><div id="root"></div></body></html>`);
    await writeFile(path.join(adminDist, 'assets', 'index-test.js'), 'document.getElementById("root").textContent = "ok";');
  }
  const { app } = await createApp({ orm: t.orm, clock: t.clock, policy: t.policy, services: t.services, production: true, adminDist, loginsPerMinute: 10_000, log: (l) => prodErrors.push(l) });
  prod = supertest(app);
  const orderId = await completedOrder(t);
  const order = (await t.gql('query($id: ID!) { order(id: $id) { feedbackRequests { touchpoint link } } }', { id: orderId }, t.adminToken)).data.order;
  ratingPath = new URL(order.feedbackRequests.find((r: { touchpoint: string }) => r.touchpoint === 'ORDER_COMPLETED').link).pathname;
  const rated = await t.gql(SUBMIT_FEEDBACK, { input: { orderId: await completedOrder(t), rating: 2, comment: 'slow' } }, t.adminToken);
  expect(rated.errors).toBeUndefined();
});
afterAll(async () => {
  await t.close();
  await rm(adminDist, { recursive: true, force: true });
});

/** The Content-Security-Policy header as directive → sources. */
function csp(header: string | undefined): Map<string, string[]> {
  expect(header, 'a Content-Security-Policy header').toBeTruthy();
  return new Map(header!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name, sources];
  }));
}

function expectCommonHeaders(res: supertest.Response) {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['x-powered-by']).toBeUndefined();
  const policy = csp(res.headers['content-security-policy']);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('object-src') ?? policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  // No inline or evaluated script anywhere (a script-src falls back to default-src).
  const scripts = policy.get('script-src') ?? policy.get('default-src')!;
  expect(scripts.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|https?:/);
  return policy;
}

describe('security headers', () => {
  it('on the admin panel: scripts only from the panel itself, styles as MUI injects them, no framing', async () => {
    const res = await prod.get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
    const policy = expectCommonHeaders(res);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    // The panel still loads under it: no inline script, every script same-origin and served.
    const html = res.text;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body.trim(), 'inline script').toBe('');
      const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
      expect(src, 'a script without src').toBeTruthy();
      expect(src).toMatch(/^\.?\/[^/]/);
      const asset = await prod.get(new URL(src!, 'http://panel/').pathname);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
    }
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers
    for (const [, href] of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) expect(href).toMatch(/^(data:|\.?\/)/);
  });

  it('on the API: GraphQL, exports, health, errors', async () => {
    const gql = await prod.post('/graphql').send({ query: '{ __typename }' });
    expect(gql.status).toBe(200);
    expect(csp(expectCommonHeaders(gql) && gql.headers['content-security-policy']).get('default-src')).toEqual(["'none'"]);
    const exp = await prod.get('/exports/feedback.csv').set('authorization', `Bearer ${t.adminToken}`);
    expect(exp.status).toBe(200);
    expectCommonHeaders(exp);
    expectCommonHeaders(await prod.get('/exports/feedback.csv'));
    expectCommonHeaders(await prod.get('/healthz'));
    const bad = await prod.post('/graphql').set('content-type', 'application/json').send('{"query":');
    expect(bad.status).toBe(400);
    expectCommonHeaders(bad);
    // No Apollo landing page: it would load scripts from Apollo's CDN.
    const landing = await prod.get('/graphql').set('accept', 'text/html');
    expect(landing.text).not.toMatch(/cdn\.apollographql\.com/);
    expectCommonHeaders(landing);
    // The development app sends them too.
    expectCommonHeaders(await t.http.post('/graphql').send({ query: '{ __typename }' }));
  });

  it("on the rating page: its own inline style by hash, nothing else, and the token never leaves in a Referer", async () => {
    const res = await prod.get(ratingPath);
    expect(res.status).toBe(200);
    const policy = expectCommonHeaders(res);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    const styles = [...res.text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`;
    expect(policy.get('style-src')).toEqual([hash]);
    expect(res.text).not.toMatch(/<script|\sstyle="|\son[a-z]+="/i);
    // Every page it renders (the thanks page, a closed link) carries the same style, so the same hash.
    const done = await prod.post(ratingPath).type('form').send({ rating: '5' });
    expect(done.status).toBe(200);
    expect(csp(done.headers['content-security-policy']).get('style-src')).toEqual([hash]);
    expect([...done.text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])).toEqual(styles);
    const gone = await prod.get('/r/not-a-token');
    expect(csp(gone.headers['content-security-policy']).get('style-src')).toEqual([hash]);
  });

  it('Strict-Transport-Security: sent, and browsers only honour it over HTTPS', async () => {
    const res = await prod.get('/healthz');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  });
});

describe('no schema hints for anonymous callers in production', () => {
  it('a mistyped field gets no "Did you mean" in production, and does in development', async () => {
    const res = await prod.post('/graphql').send({ query: '{ allOrdrs { id } }' });
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toContain('Cannot query field "allOrdrs"');
    expect(JSON.stringify(res.body)).not.toMatch(/did you mean|allOrders/i);
    const dev = await t.gql('{ allOrdrs { id } }');
    expect(dev.errors![0].message).toMatch(/Did you mean "allOrders/);
  });

  it('nor a mistyped enum value, in the query or in a variable of a public operation', async () => {
    const inline = await prod.post('/graphql').send({ query: '{ testimonials(platform: WEBSITE_TESTIMONAL) { id } }' });
    expect(inline.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(inline.body)).not.toMatch(/did you mean|WEBSITE_TESTIMONIAL/i);
    const variable = await prod.post('/graphql').send({ query: 'query($p: PublishPlatform!) { testimonials(platform: $p) { id } }', variables: { p: 'WEBSITE_TESTIMONAL' } });
    expect(variable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(variable.body)).not.toMatch(/did you mean|WEBSITE_TESTIMONIAL/i);
  });
});

describe('sortField is one of the list\'s own sort fields', () => {
  const LISTS = ['allFeedback', 'allEscalations', 'allReviews', 'allOrders', 'allCustomers', 'allVendors', 'allVendorScorecards', 'allCallTasks', 'allUsers', 'allApiKeys', 'allAuditEvents', 'allAlerts'];
  const FIELDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'nope'];

  it.each(LISTS)('%s refuses inherited and unknown names with BAD_USER_INPUT on sortField', async (list) => {
    for (const sortField of FIELDS) {
      const r = await t.gql(`query($s: String) { ${list}(sortField: $s) { id } }`, { s: sortField }, t.adminToken);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(r.errors![0].extensions.field, `${list} sortField ${sortField}`).toBe('sortField');
    }
    expect(t.internalErrors).toEqual([]);
  });

  it('still sorts by a listed field', async () => {
    const r = await t.gql(`{ allFeedback(sortField: "rating", sortOrder: "ASC") { id } allVendorScorecards(sortField: "name") { id } }`, {}, t.adminToken);
    expect(r.errors).toBeUndefined();
  });
});

describe('export filters are the list filters, validated the same way', () => {
  const download = (kind: string, filter: string) =>
    prod.get(`/exports/${kind}.csv?filter=${encodeURIComponent(filter)}`).set('authorization', `Bearer ${t.adminToken}`);

  it.each([
    ['feedback', '{bad', 'filter'],
    ['feedback', '[1]', 'filter'],
    ['feedback', '"rating"', 'filter'],
    ['feedback', '5', 'filter'],
    ['feedback', '{"rating":"five"}', 'rating'],
    ['feedback', '{"rating":[1,"x"]}', 'rating[1]'],
    ['feedback', '{"touchpoint":"NOPE"}', 'touchpoint'],
    ['feedback', '{"createdFrom":"yesterday"}', 'createdFrom'],
    ['feedback', '{"createdFrom":{"$gt":"2020-01-01"}}', 'createdFrom'],
    ['feedback', '{"nope":1}', 'nope'],
    ['feedback', '{"__proto__":{"rating":[1]}}', '__proto__'],
    ['feedback', '{"constructor":1}', 'constructor'],
    ['feedback', '{"ids":{"$ne":null}}', 'ids'],
    ['escalations', '{"dueWithinMinutes":1.5}', 'dueWithinMinutes'],
    ['escalations', '{"status":["OPEN",7]}', 'status[1]'],
    ['escalations', '{"breached":"yes"}', 'breached'],
    ['reviews', '{"sentimentMin":"high"}', 'sentimentMin'],
    ['reviews', '{"source":"TWITTER"}', 'source'],
  ])('%s with filter %s: 400 BAD_USER_INPUT on %s', async (kind, filter, field) => {
    const res = await download(kind, filter);
    expect(res.status, res.text).toBe(400);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(res.body)).not.toMatch(/\.ts:\d+|node_modules|\bat \w+ \(/);
    // The list refuses the same filter the same way.
    if (filter.startsWith('{') && filter !== '{bad') {
      const list = { feedback: ['allFeedback', 'FeedbackFilter'], escalations: ['allEscalations', 'EscalationFilter'], reviews: ['allReviews', 'ReviewFilter'] }[kind]!;
      const r = await t.gql(`query($f: ${list[1]}) { ${list[0]}(filter: $f) { id } }`, { f: JSON.parse(filter) }, t.adminToken);
      expectRefusal(r, 'BAD_USER_INPUT');
    }
    expect(prodErrors).toEqual([]);
  });

  it('a valid filter still filters, dates and enums read as in the list', async () => {
    const all = await download('feedback', '{}');
    expect(all.status).toBe(200);
    const rows = all.text.trim().split('\r\n');
    expect(rows.length).toBeGreaterThan(1);
    const none = await download('feedback', JSON.stringify({ createdFrom: '2999-01-01T00:00:00Z' }));
    expect(none.status).toBe(200);
    expect(none.text.trim().split('\r\n')).toHaveLength(1);
    const some = await download('feedback', JSON.stringify({ touchpoint: 'ORDER_COMPLETED', createdTo: '2999-01-01T00:00:00Z' }));
    expect(some.text.trim().split('\r\n')).toHaveLength(rows.length);
    expect((await download('feedback', 'null')).status).toBe(200);
  });

  it('names no export after what every object inherits', async () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const res = await prod.get(`/exports/${kind}.csv`).set('authorization', `Bearer ${t.adminToken}`);
      expect(res.status, kind).toBe(404);
    }
    expect(prodErrors).toEqual([]);
  });
});
