// Issue 14 item 17: the panel's hashed scripts are sent compressed (the build's brotli or gzip
// copy, as the browser accepts) and cached for good; index.html is asked for again each time.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { acceptedEncodings } from '../../src/http/panel-assets.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let dist: string;
let http: ReturnType<typeof supertest>;
const SCRIPT = `console.log(${JSON.stringify('cx '.repeat(2000))});\n`;
const NAME = '/assets/index-Ab12Cd34.js';

/** A GET as the browser sends it, with the bytes as they came (supertest would decode them). */
let base: string;
async function raw(p: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${base}${p}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
let server: Server;

beforeAll(async () => {
  t = await initTestApp();
  dist = await mkdtemp(path.join(tmpdir(), 'cxloop-panel-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), `<!doctype html><script type="module" src=".${NAME}"></script>`);
  await writeFile(path.join(dist, NAME), SCRIPT);
  await writeFile(path.join(dist, `${NAME}.br`), brotliCompressSync(SCRIPT));
  await writeFile(path.join(dist, `${NAME}.gz`), gzipSync(SCRIPT));
  // An unhashed file next to it: not cached for good.
  await writeFile(path.join(dist, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const { app } = await createApp({ orm: t.orm, clock: t.clock, policy: t.policy, services: t.services, adminDist: dist });
  http = supertest(app);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('the panel\'s files', () => {
  it('sends brotli when the browser takes it, with the script\'s type, cached for a year', async () => {
    const res = await raw(NAME, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that takes neither', async () => {
    const gz = await raw(NAME, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await raw(NAME, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const refused = await raw(NAME, 'br;q=0, gzip');
    expect(refused.headers['content-encoding']).toBe('gzip');
  });

  it('revalidates index.html and unhashed files each time, and keeps the panel\'s security headers', async () => {
    for (const p of ['/', '/index.html', '/assets/logo.svg']) {
      const res = await http.get(p).set('accept-encoding', 'br');
      expect(res.status, p).toBe(200);
      expect(res.headers['cache-control'], p).toBe('no-cache');
      expect(res.headers['content-encoding'], p).toBeUndefined();
    }
    expect((await http.get('/')).headers['content-security-policy']).toMatch(/script-src/);
  });

  it('finds nothing outside the build, and no compressed copy under another name', async () => {
    for (const p of ['/assets/..%2F..%2Fpackage.json', '/..%2F..%2F..%2Fetc%2Fpasswd', '/assets/..%2F..%2Findex-Ab12Cd34.js.br']) {
      const up = await http.get(p).set('accept-encoding', 'br');
      expect(up.status, p).toBeGreaterThanOrEqual(400);
      expect(up.text, p).not.toMatch(/root:|"name"/);
    }
    const missing = await http.get('/assets/index-Zz99Yy88.js').set('accept-encoding', 'br');
    expect(missing.status, missing.text.slice(0, 200)).toBe(404);
  });

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect([...acceptedEncodings('gzip, deflate, br')]).toEqual(['gzip', 'deflate', 'br']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5').has('br')).toBe(false);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
