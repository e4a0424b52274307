// Policies are pure: no I/O, no framework. This holds them to it by their imports — what a
// policy file loads at run time, followed through every relative import, never reaches the
// GraphQL, ORM, HTTP or database libraries (type-only imports are erased and allowed).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '..');
const FRAMEWORKS = /^(type-graphql|graphql|@mikro-orm\/|@apollo\/|express|pg|graphile-worker|jose|@node-rs\/|dataloader)/;

function policyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return policyFiles(p);
    return /(\.policy|-state)\.ts$/.test(d.name) ? [p] : [];
  });
}

/** Runtime imports of a file: `import … from`, `export … from` and bare `import '…'`, not `import type`. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push(m[1]);
  return found;
}

function frameworkPath(start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (FRAMEWORKS.test(spec)) return [...trail, spec];
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
      const found = walk(target, [...trail, path.relative(SRC, target)]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [path.relative(SRC, start)]);
}

describe('pure policies', () => {
  const files = policyFiles(path.join(SRC, 'modules'));

  it('finds the policies', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(SRC, f), f]))('%s loads no framework', (_name, file) => {
    expect(frameworkPath(file)).toBeNull();
  });
});
