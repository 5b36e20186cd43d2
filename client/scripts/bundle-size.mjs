// Prints the gzip size of the JavaScript a first visit loads (the entry and everything it imports
// statically; route chunks and the English messages load later), and with --check fails above the budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Issue 9: at most 180 KB of gzip JavaScript before the first paint. */
export const INITIAL_JS_BUDGET_BYTES = 180_000;

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
if (!entry) throw new Error('the build manifest has no entry chunk');

// The entry and its static imports, each once: what the browser fetches before the first paint.
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const next of chunk.imports ?? []) visit(next);
};
visit(Object.keys(manifest).find((key) => manifest[key] === entry));

const gzipBytes = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const rows = [...initial].filter((file) => file.endsWith('.js')).map((file) => ({ file, gzipKB: gzipBytes(file) / 1000 }));
const lazy = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js') && !initial.has(chunk.file));
const total = rows.reduce((sum, row) => sum + row.gzipKB, 0);
const lazyTotal = lazy.reduce((sum, chunk) => sum + gzipBytes(chunk.file) / 1000, 0);

const kb = (n) => `${n.toFixed(1)} KB`;
console.log('\nInitial JavaScript (gzip), loaded before the first paint:');
for (const row of rows.sort((a, b) => b.gzipKB - a.gzipKB)) console.log(`  ${row.file.padEnd(40)} ${kb(row.gzipKB).padStart(10)}`);
console.log(`  ${'total'.padEnd(40)} ${kb(total).padStart(10)}  (budget ${kb(INITIAL_JS_BUDGET_BYTES / 1000)})`);
console.log(`Loaded when visited or chosen: ${lazy.length} chunks, ${kb(lazyTotal)} gzip\n`);

if (process.argv.includes('--check') && total * 1000 > INITIAL_JS_BUDGET_BYTES) {
  console.error(`FAIL: the first load sends ${kb(total)} of gzip JavaScript, over the ${kb(INITIAL_JS_BUDGET_BYTES / 1000)} budget.`);
  process.exit(1);
}
