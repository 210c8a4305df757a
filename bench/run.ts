/**
 * Throughput of the pipeline, single thread: builds a corpus of at least --mb megabytes (UTF-8) by
 * repeating the raw samples, then times cleaning alone, the whole of processText over it, and the whole
 * collection as `npm run clean` runs it (damaged reports again, with the rest as evidence).
 *
 *   npm run bench [-- --mb 50] [--seeds data/raw] [--skip damage] [--only clean]
 *
 * --skip leaves named cleaning passes out (to see what one pass costs); --only clean skips the full run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { STAGES, cleanText } from '../src/pipeline/clean';
import { processCollection, processText } from '../src/pipeline/process';
import { detectScript } from '../src/pipeline/script';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    seeds: { type: 'string', default: 'data/raw' },
    skip: { type: 'string', default: '' },
    only: { type: 'string', default: '' },
  },
});

const skip = new Set(values.skip.split(',').filter(Boolean));
const stages = STAGES.map((stage) => stage.filter((p) => !skip.has(p.name)));
const seeds = readdirSync(values.seeds)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(values.seeds, n), 'utf8'));
if (seeds.length === 0) throw new Error(`no .txt samples in ${values.seeds}`);

const target = Number(values.mb) * 1e6;
const corpus: string[] = [];
let bytes = 0;
while (bytes < target) {
  const text = seeds[corpus.length % seeds.length]!;
  corpus.push(text);
  bytes += Buffer.byteLength(text, 'utf8');
}
const mb = bytes / 1e6;
console.log(`corpus: ${corpus.length} reports, ${mb.toFixed(1)} MB from ${seeds.length} samples`);
if (skip.size) console.log(`cleaning passes left out: ${[...skip].join(', ')}`);

// warm-up: lexicons, dictionaries and the JIT, so the figure is steady-state throughput
for (const t of seeds) cleanText(t, detectScript(t), stages);

function time(label: string, run: (text: string, i: number) => void) {
  const t0 = performance.now();
  let last = t0;
  corpus.forEach((text, i) => {
    run(text, i);
    const now = performance.now();
    if (now - last > 10_000) {
      process.stderr.write(`  ${label}: ${i + 1}/${corpus.length} reports\n`);
      last = now;
    }
  });
  const s = (performance.now() - t0) / 1000;
  console.log(`${label}: ${(mb / s).toFixed(2)} MB/s (${(corpus.length / s).toFixed(0)} reports/s, ${s.toFixed(1)} s)`);
}

if (values.only === 'clean' || skip.size > 0) {
  time('cleaning', (text) => cleanText(text, detectScript(text), stages));
} else {
  // Damage repair costs only where damage is found (one sample in five here, far fewer in real corpora),
  // so cleaning is also timed without it to show what undamaged pages cost.
  const noDamage = STAGES.map((stage) => stage.filter((p) => p.name !== 'damage'));
  time('cleaning without the damage pass', (text) => cleanText(text, detectScript(text), noDamage));
  time('whole pipeline (processText)', (text, i) => processText(`r${i}`, `r${i}.txt`, text));
  // what `npm run clean` does: a damaged report is done again with the rest of the folder as evidence
  const files = corpus.map((text, i) => ({ id: `r${i}`, sourceFile: `r${i}.txt`, read: () => Buffer.from(text) }));
  const t0 = performance.now();
  let again = 0;
  for (const o of processCollection(files))
    if ('report' in o && o.report.edits.some((e) => e.kind === 'mojibake')) again++;
  const s = (performance.now() - t0) / 1000;
  console.log(
    `whole collection (processCollection, as npm run clean): ${(mb / s).toFixed(2)} MB/s (${s.toFixed(1)} s; ` +
      `${again} damaged reports done twice, the folder counted once)`,
  );
}
