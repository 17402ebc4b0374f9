import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LAYERS } from '../../../eslint.config.js';

// The folder-level view of src/: lint checks each import against LAYERS and each file-level cycle;
// this reads the whole tree at once and checks that no two folders (views counted apart) import
// each other through any chain, and that the LAYERS table itself has no loop.

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** src/routes/home/x.ts -> "routes/home"; src/session/x.ts -> "session". */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts[0] === 'routes' ? `routes/${parts[1]}` : (parts[0] ?? '');
}

/** Every folder -> the folders it imports from (relative imports, static and dynamic). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1] ?? '');
      if (!target.startsWith(SRC + '/')) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** A cycle in `graph` as a list of nodes, or null. */
function findCycle(graph: Map<string, Iterable<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the layers of src/', () => {
  const graph = folderGraph();

  test('the tree has the folders the layer table names, and no other', () => {
    const layers = new Set([...graph.keys()].map((f) => f.split('/')[0]));
    expect([...layers].sort()).toEqual(Object.keys(LAYERS).sort());
  });

  test('no folder-level import cycle (each view its own folder)', () => {
    expect(findCycle(graph)).toBeNull();
  });

  test('every import between folders runs in a direction the table allows', () => {
    const wrong = [...graph].flatMap(([from, tos]) =>
      [...tos].filter((to) => !(LAYERS as Record<string, string[]>)[from.split('/')[0] ?? '']?.includes(to.split('/')[0] ?? '')).map((to) => `${from} -> ${to}`),
    );
    expect(wrong).toEqual([]);
  });

  test('the table itself has no loop', () => {
    expect(findCycle(new Map(Object.entries(LAYERS)))).toBeNull();
  });

  test('the cycle finder finds a loop two folders deep', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});
