// The generated schema.graphql is current and keeps the public contract; the migrations match
// the entities.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.js';
import { renderSchema } from '../../src/scripts/emit-schema.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const contractCheck = path.resolve(REPO_ROOT, '../shared/tools/contract-check.mjs');

describe('schema.graphql', () => {
  it('is generated from the code (run `pnpm schema` when this fails)', async () => {
    expect(readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8')).toBe(await renderSchema());
  });

  it.skipIf(!existsSync(contractCheck))('keeps the whole public contract (shared/tools/contract-check.mjs)', () => {
    const out = execFileSync(process.execPath, [contractCheck], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(out).toContain('keeps the whole contract');
  });
});

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await initTestApp();
  });
  afterAll(() => t.close());

  it('leave nothing for the schema generator to change (entities and migrations agree)', async () => {
    const diff = await t.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});
