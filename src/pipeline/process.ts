/**
 * The whole pipeline for one report: clean, then extract. Pure: no file system, no DOM, so it runs
 * in Node (cli.ts) and in a browser worker alike.
 */
import { Report } from '../schema';
import { cleanText, STAGES } from './clean';
import { decodeReport } from './decode';
import { extractAttendees } from './extract/attendees';
import { buildContext } from './extract/context';
import { extractDirectives } from './extract/directives';
import { extractMetadata } from './extract/metadata';
import { extractPlace } from './extract/place';
import { addCounts, type Corpus, type CorpusCounts, corpusWithout, emptyCounts, reportCounts } from './repair/corpus';
import { withMisreadsReadBack } from './repair/misread-utf8';
import { detectScript } from './script';

/** `corpus`: the collection's other reports, as evidence for repairing damage (repair/corpus.ts). */
export function processText(
  id: string,
  sourceFile: string,
  original: string,
  encoding?: string,
  corpus?: Corpus,
): Report {
  // a page misread as GBK shows characters that look Traditional (鍔, 閾): the script is that of what it says
  const script = detectScript(withMisreadsReadBack(original));
  const { clean, edits, readable } = cleanText(original, script, STAGES, corpus);
  const ctx = buildContext(original, clean, edits, script, readable);
  const meta = extractMetadata(ctx);
  const attendees = extractAttendees(ctx);
  const report = {
    id,
    sourceFile,
    original,
    clean,
    edits,
    title: meta.title,
    subtitle: meta.subtitle,
    publishedAt: meta.publishedAt,
    meetingDate: meta.meetingDate,
    place: extractPlace(ctx, meta),
    outlet: meta.outlet,
    authors: meta.authors,
    editor: meta.editor,
    attendees,
    directives: extractDirectives(ctx, attendees),
    script,
    ...(encoding ? { encoding } : {}),
  };
  // Validation guards the contract: a pass that breaks it fails loudly here, not in a reader's app.
  return Report.parse(report);
}

/** A raw file of a collection; `read` may be called twice (once more when any report of the collection has damage). */
export interface RawFile {
  id: string;
  sourceFile: string;
  read(): Uint8Array;
}

export type Outcome = { index: number; file: RawFile } & ({ report: Report } | { error: Error });

const isDamage = (e: Report['edits'][number]) => e.kind === 'damage' || e.kind === 'mojibake';

/**
 * The pipeline over a collection. Each report is processed on its own; when any has damage, the collection is
 * counted (each report without its damage) and the damaged reports are processed again with the others as
 * evidence (repair/corpus.ts). A collection without damage pays nothing more. Reports without damage come
 * out as they are done, the damaged ones at the end; `index` is the file's place in `files`.
 */
export function* processCollection(files: readonly RawFile[]): Generator<Outcome> {
  const damaged = new Map<number, { text: string; encoding: string; spans: Array<{ start: number; end: number }> }>();
  for (const [index, file] of files.entries()) {
    try {
      const { text, encoding } = decodeReport(file.read());
      const report = processText(file.id, file.sourceFile, text, encoding);
      const spans = report.edits.filter(isDamage).map(({ start, end }) => ({ start, end }));
      if (spans.length > 0) damaged.set(index, { text, encoding, spans });
      else yield { index, file, report };
    } catch (e) {
      yield { index, file, error: e as Error };
    }
  }
  if (damaged.size === 0) return;
  const total = emptyCounts();
  const own = new Map<number, CorpusCounts>();
  for (const [index, file] of files.entries()) {
    const mine = damaged.get(index);
    let text = mine?.text;
    try {
      text ??= decodeReport(file.read()).text;
    } catch {
      continue; // (unreadable: already reported)
    }
    const counts = reportCounts(text, mine?.spans ?? []);
    addCounts(total, counts);
    if (mine) own.set(index, counts);
  }
  for (const [index, { text, encoding }] of damaged) {
    const file = files[index]!;
    const corpus = corpusWithout(total, own.get(index));
    yield { index, file, report: processText(file.id, file.sourceFile, text, encoding, corpus) };
  }
}
