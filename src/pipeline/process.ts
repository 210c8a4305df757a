/**
 * The whole pipeline for one report: clean, then extract. Pure: no file system, no DOM, so it runs
 * in Node (cli.ts) and in a browser worker alike.
 */
import { Report } from '../schema';
import { cleanText } from './clean';
import { decodeReport } from './decode';
import { extractAttendees } from './extract/attendees';
import { buildContext } from './extract/context';
import { extractDirectives } from './extract/directives';
import { extractMetadata } from './extract/metadata';
import { extractPlace } from './extract/place';
import { detectScript } from './script';

export function processText(id: string, sourceFile: string, original: string, encoding?: string): Report {
  const script = detectScript(original);
  const { clean, edits, readable } = cleanText(original, script);
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

/** Decodes raw bytes and runs the pipeline. Throws InputError for unreadable input. */
export function processBytes(id: string, sourceFile: string, bytes: Uint8Array): Report {
  const { text, encoding } = decodeReport(bytes);
  return processText(id, sourceFile, text, encoding);
}
