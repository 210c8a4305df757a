/**
 * Node wrapper around the pipeline: `clean --in DIR --out DIR` (see ../shared/CONTRACT.md).
 * Exit 0 when every file was processed, 1 when some failed (the rest are written), 2 for bad arguments.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  summarize,
  toSearchEntry,
  toTableRows,
  type ReportSummary,
  type SearchEntry,
  type TableRowsEntry,
} from '../schema';
import { processCollection, type RawFile } from './process';

// saved web pages too: the cleaning passes take their markup apart like any leaked HTML
const RAW_EXTENSIONS = ['.txt', '.text', '.html', '.htm'];

/**
 * The id is the file name without its extension; when two files share it (a.txt and a.html), the text file has it
 * and the other keeps its extension, so that neither report overwrites the other.
 */
function idsOf(names: readonly string[]): string[] {
  const rank = (name: string) => RAW_EXTENSIONS.indexOf(extname(name).toLowerCase());
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const name of [...names].sort((a, b) => rank(a) - rank(b))) {
    const base = basename(name, extname(name));
    const id = taken.has(base) ? name : base;
    taken.add(id);
    ids.set(name, id);
  }
  return names.map((name) => ids.get(name)!);
}

function usage(message: string): never {
  process.stderr.write(`clean: ${message}\nusage: npm run clean -- --in <dir-of-raw-files> --out <dir>\n`);
  process.exit(2);
}

function main(): number {
  let values: { in?: string; out?: string };
  try {
    ({ values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' } }, strict: true }));
  } catch (e) {
    usage((e as Error).message);
  }
  if (!values.in || !values.out) usage('both --in and --out are required');
  let names: string[];
  try {
    if (!statSync(values.in).isDirectory()) usage(`--in ${values.in} is not a directory`);
    // hidden files are no reports, as a shell's *.txt would skip them: macOS leaves binary ._name.txt beside each file
    names = readdirSync(values.in)
      .filter((n) => !n.startsWith('.') && RAW_EXTENSIONS.includes(extname(n).toLowerCase()))
      .sort();
  } catch (e) {
    usage(`cannot read --in ${values.in}: ${(e as Error).message}`);
  }

  const reportsDir = join(values.out, 'reports');
  mkdirSync(reportsDir, { recursive: true });
  const ids = idsOf(names);
  const files: RawFile[] = names
    .map((name, k) => ({ name, id: ids[k]!, path: join(values.in!, name) }))
    .filter(({ path }) => {
      try {
        return statSync(path).isFile();
      } catch {
        return true; // (reading it will say what is wrong)
      }
    })
    .map(({ name, id, path }) => ({ id, sourceFile: name, read: () => readFileSync(path) }));
  // the summaries in the files' order: damaged reports are done last, with the rest of the folder as evidence
  const done: Array<{ index: number; summary: ReportSummary; rows: TableRowsEntry; search: SearchEntry }> = [];
  let failed = 0;
  for (const outcome of processCollection(files)) {
    if ('error' in outcome) {
      failed++;
      process.stderr.write(`clean: ${outcome.file.sourceFile}: ${outcome.error.message}\n`);
      continue;
    }
    const { report } = outcome;
    writeFileSync(join(reportsDir, `${report.id}.json`), JSON.stringify(report));
    done.push({
      index: outcome.index,
      summary: summarize(report),
      rows: toTableRows(report),
      search: toSearchEntry(report),
    });
  }
  done.sort((a, b) => a.index - b.index);
  const index = done.map((d) => d.summary);
  const rows = done.map((d) => d.rows);
  const search = done.map((d) => d.search);
  writeFileSync(join(values.out, 'index.json'), JSON.stringify(index, null, 1));
  // The tables need attendees and directives of every report without loading each full report.
  writeFileSync(join(values.out, 'rows.json'), JSON.stringify(rows));
  // The reader's full-text search reads every body at once, loaded on the first search.
  writeFileSync(join(values.out, 'search.json'), JSON.stringify(search));
  process.stderr.write(`clean: ${index.length} report(s) written to ${values.out}, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
