// Fails when two or more modules under lib/ import each other, directly or round a loop. A cycle makes load
// order decide which side sees `undefined`, and it says a shared piece wants its own module. Type-only imports
// count too: they are how such loops start. Reads the import/export-from statements of every lib/ file and
// resolves relative and '@/' specifiers; packages and node: built-ins are outside the graph.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveModule(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function importGraph(files: string[]): Map<string, string[]> {
  const inside = new Set(files);
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      const targets = [...text.matchAll(SPECIFIER)].map((m) => resolveModule(file, m[1] ?? m[2])).filter((t): t is string => t !== null && inside.has(t));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Each cycle once, as the list of files round it (depth-first search, colouring nodes on the current path). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles under lib/', () => {
  it('the checker finds a planted cycle and resolves both specifier styles', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    const throttle = path.join(ROOT, 'lib/auth/throttle.ts');
    expect(resolveModule(throttle, './throttle-limits')).toBe(path.join(ROOT, 'lib/auth/throttle-limits.ts'));
    expect(resolveModule(throttle, '@/lib/db')).toBe(path.join(ROOT, 'lib/db.ts'));
    expect(resolveModule(throttle, 'server-only')).toBeNull();
  });

  it('no module under lib/ imports itself round a loop', () => {
    const files = sourceFiles(path.join(ROOT, 'lib'));
    const graph = importGraph(files);
    expect([...graph.values()].flat().length).toBeGreaterThan(files.length); // the graph was really read
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => path.relative(ROOT, file)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
