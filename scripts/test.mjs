#!/usr/bin/env node
// The README's test command: the schema check, the admin panel's generated types check, the API
// suite (real PostgreSQL) and the admin panel's browser tests, one after the other, ending with one
// combined "N passed, N failed, N skipped" line (each suite prints its own; CI reads the last).
import { spawn } from 'node:child_process';

const steps = [
  { name: 'schema', args: ['--filter', '@cx-loop/api', 'schema:check'], check: true },
  // src/gql/ against schema.graphql and the panel's operations (codegen.ts): a few seconds.
  { name: 'admin types', args: ['--filter', '@cx-loop/admin', 'codegen:check'], check: true },
  { name: 'api', args: ['--filter', '@cx-loop/api', 'test'] },
  { name: 'admin (browser)', args: ['--filter', '@cx-loop/admin', 'test:e2e'] },
];
const pnpm = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath)
  ? [process.execPath, process.env.npm_execpath]
  : ['npx', '-y', 'pnpm@10.34.9'];

const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
for (const step of steps) {
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(pnpm[0], [...pnpm.slice(1), ...step.args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
    let last = null;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line.trim());
        if (m) last = m;
      }
    });
    child.on('exit', (c) => {
      if (last) {
        totals.passed += Number(last[1]);
        totals.failed += Number(last[2]);
        totals.skipped += Number(last[3] ?? 0);
      }
      resolve(c ?? 1);
    });
  });
  console.log(`[test] ${step.name}: exit ${code} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (code !== 0) {
    exitCode = 1;
    // A check prints no test counts: its failure counts as one failed test.
    if (step.check) totals.failed += 1;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode || (totals.failed > 0 ? 1 : 0));
