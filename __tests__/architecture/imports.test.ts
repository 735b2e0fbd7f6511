// The import graph of src/: no module reaches itself again through its imports (type-only
// imports included: a circle of types is still two modules that cannot be read apart).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Each module's relative imports inside src/, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2])!;
      const resolved = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
      if (resolved.startsWith(SRC) && resolved.endsWith('.ts')) targets.push(path.relative(SRC, resolved));
    }
    graph.set(path.relative(SRC, file), targets);
  }
  return graph;
}

/** Every circle found by a depth-first walk, each as the modules along it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the module graph of src/', () => {
  it('reads the imports of every module (the walk sees the graph it is meant to judge)', () => {
    const graph = importGraph();
    expect(graph.get('index.ts')).toContain('action/main.ts');
    expect(graph.get('errors/classify.ts')).toContain('errors/tls.ts');
  });

  it('has no import circle', () => {
    expect(circles(importGraph()).map((circle) => circle.join(' -> '))).toEqual([]);
  });
});
