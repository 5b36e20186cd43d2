import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The server's modules import one another without cycles (type-only imports included): services
 * receive their collaborators, so nothing under modules/ needs graphql/context.ts, which builds them.
 */

const SOURCE = path.resolve(__dirname, '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** Each file's relative imports (`import type` too), resolved to files. */
function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .filter(({ fileName }) => fileName.startsWith('.'))
        .flatMap(({ fileName }) => {
          const base = path.resolve(path.dirname(file), fileName);
          return [`${base}.ts`, path.join(base, 'index.ts')].filter((candidate) => existsSync(candidate)).slice(0, 1);
        });
      return [file, targets];
    }),
  );
}

/** Strongly connected components with more than one file (Tarjan): each is an import cycle. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(path.relative(SOURCE, member));
      } while (member !== file);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

it('has no import cycles between the server’s files (graphql/context.ts ↔ modules/account included)', () => {
  const graph = importGraph(sourceFiles(SOURCE));
  expect(graph.size).toBeGreaterThan(100);
  expect(graph.get(path.join(SOURCE, 'graphql', 'context.ts'))).toContain(path.join(SOURCE, 'modules', 'account', 'account.service.ts'));
  expect(cyclesOf(graph)).toEqual([]);
});

it('finds a cycle when there is one (the check itself works)', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  expect(cyclesOf(graph)).toHaveLength(1);
});
