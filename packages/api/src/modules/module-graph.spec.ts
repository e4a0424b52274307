// The module graph (STYLE "Side effects": a module never imports a module that imports it).
// Every relative import between folders of src/modules counts, type-only ones included: a
// cycle through types is still a cycle for whoever reads the code. A module reacts to an
// upper one through domain events wired in src/services.ts, never by importing it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MODULES_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Bottom first: a module imports only modules before it in this list. */
const LAYERS = ['sentiment', 'access', 'messaging', 'alerts', 'sla-clocks', 'interactions', 'vendors', 'orders', 'feedback', 'escalations', 'support-cases', 'money', 'reviews', 'analytics'] as const;

interface Edge {
  from: string;
  to: string;
  /** The importing file, relative to src/modules, and what it imports. */
  file: string;
  specifier: string;
}

/** Everything a file imports, type-only imports and re-exports included. */
function moduleSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text); // import('../x/y.js').T
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text); // await import('../x/y.js')
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      found.push(node.name.text); // declare module '../x/y.js' { … }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return filesOf(full);
    return /\.(ts|tsx|mts)$/.test(d.name) ? [full] : [];
  });
}

/** Imports from one module folder into another, read from the source. */
function moduleEdges(root = MODULES_DIR): Edge[] {
  const edges: Edge[] = [];
  for (const mod of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const file of filesOf(path.join(root, mod))) {
      for (const specifier of moduleSpecifiers(file, readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = path.relative(root, path.resolve(path.dirname(file), specifier));
        if (target.startsWith('..') || path.isAbsolute(target)) continue; // outside src/modules (common/, jobs/, …)
        const to = target.split(path.sep)[0];
        if (to !== mod && target.includes(path.sep)) edges.push({ from: mod, to, file: path.relative(root, file), specifier });
      }
    }
  }
  return edges;
}

/**
 * The groups of module folders that reach each other (strongly connected), each with one of its
 * cycles as a closed path (a → b → a).
 */
function moduleCycles(edges: Edge[]): { modules: string[]; cycle: string[] }[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of [...(next.get(v) ?? [])].sort()) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return groups.map((group) => ({ modules: group, cycle: cycleThrough(group, next) }));
}

/** A shortest way from the group's first module back to it. */
function cycleThrough(group: string[], next: Map<string, Set<string>>): string[] {
  const start = group[0];
  const members = new Set(group);
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of [...(next.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const cycle = [start];
        for (let u: string | undefined = v; u && u !== start; u = previous.get(u)) cycle.splice(1, 0, u);
        return [...cycle, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return group;
}

const describeCycle = (cycle: string[], edges: Edge[]) =>
  `${cycle.join(' → ')}:\n${cycle.slice(1).map((to, i) => {
    const from = cycle[i];
    const files = edges.filter((e) => e.from === from && e.to === to).map((e) => `${e.file} imports ${e.specifier}`);
    return `    ${from} → ${to}: ${files.join('; ')}`;
  }).join('\n')}`;

describe('module graph (src/modules)', () => {
  const edges = moduleEdges();

  it('finds the imports between modules (the scan itself works)', () => {
    expect(edges.some((e) => e.from === 'orders' && e.to === 'access')).toBe(true);
    const text = [
      `import { a } from '../a/a.js';`,
      `import type { B } from '../b/b.js';`,
      `export { c } from '../c/c.js';`,
      `type D = import('../d/d.js').D;`,
      `const e = () => import('../e/e.js');`,
      `import '../f/f.js';`,
      `// import { g } from '../g/g.js';`,
    ].join('\n');
    expect(moduleSpecifiers('x.ts', text)).toEqual(['../a/a.js', '../b/b.js', '../c/c.js', '../d/d.js', '../e/e.js', '../f/f.js']);
  });

  it('has no cycle between module folders', () => {
    const cycles = moduleCycles(edges).map((c) => `{${c.modules.join(', ')}} import each other, e.g. ${describeCycle(c.cycle, edges)}`);
    expect(cycles, `module cycles:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('imports only downwards in the layering (sentiment at the bottom, analytics at the top)', () => {
    const rank = new Map<string, number>(LAYERS.map((m, i) => [m, i]));
    const modules = new Set(edges.flatMap((e) => [e.from, e.to]));
    const unplaced = [...modules].filter((m) => !rank.has(m));
    expect(unplaced, 'a new module folder needs its place in LAYERS').toEqual([]);
    const upwards = edges.filter((e) => rank.get(e.to)! > rank.get(e.from)!).map((e) => `${e.from} → ${e.to}: ${e.file} imports ${e.specifier}`);
    expect(upwards, `imports pointing up:\n${upwards.join('\n')}`).toEqual([]);
  });

  it('names a cycle with the files that make it', () => {
    const fake: Edge[] = [
      { from: 'a', to: 'b', file: 'a/x.ts', specifier: '../b/y.js' },
      { from: 'b', to: 'c', file: 'b/y.ts', specifier: '../c/z.js' },
      { from: 'c', to: 'a', file: 'c/z.ts', specifier: '../a/x.js' },
      { from: 'c', to: 'd', file: 'c/z.ts', specifier: '../d/w.js' },
    ];
    expect(moduleCycles(fake)).toEqual([{ modules: ['a', 'b', 'c'], cycle: ['a', 'b', 'c', 'a'] }]);
    expect(describeCycle(['a', 'b', 'c', 'a'], fake)).toContain('c → a: c/z.ts imports ../a/x.js');
    expect(moduleCycles(fake.slice(0, 2))).toEqual([]);
  });
});
