// Writes schema.graphql at the repository root from the code; with --check, fails when the
// committed file is stale.
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { buildAppSchema } from '../schema.js';
import { REPO_ROOT } from '../config.js';

export async function renderSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `# Generated from packages/api/src by \`pnpm schema\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

async function main() {
  const file = path.join(REPO_ROOT, 'schema.graphql');
  const text = await renderSchema();
  if (process.argv.includes('--check')) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('schema.graphql is stale: run `pnpm schema` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  await writeFile(file, text);
  console.log(`wrote ${file}`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
