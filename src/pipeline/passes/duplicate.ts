/**
 * Repeats of body text: a paragraph that occurs again later (whole bodies get pasted twice), and a
 * truncated excerpt or "导读:" summary that repeats the lead. The first full occurrence is kept.
 */
import type { Edit } from '../../schema';
import type { Pass } from '../pass';
import { foldForCues } from './cues';
import { SUMMARY_LABEL } from './furniture-lexicon';
import { widenToLines, linesOf, type Span } from './lines';

/** Shorter paragraphs may repeat on purpose ("会议强调:"), so they are never treated as copies. */
const MIN_KEY = 20;
const MIN_KEY_IN_RUN = 6;

const ELLIPSIS = /(?:…+|\.{3,}|。{3,})$/;

/** The text of a paragraph with script, blanks and punctuation width evened out. */
function keyOf(f: string): string {
  return f
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/：/g, ':')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[。．]/g, '.')
    .replace(/！/g, '!')
    .replace(/？/g, '?')
    .replace(/[“”＂]/g, '"')
    .replace(/[‘’＇]/g, "'");
}

interface Para {
  readonly span: Span;
  readonly key: string;
}

function removal(p: Para, note: string): Edit {
  return { start: p.span.start, end: p.span.end, replacement: '', kind: 'duplicate', note };
}

export const duplicatePass: Pass = {
  name: 'duplicate',
  run(text) {
    const folded = foldForCues(text);
    const paras: Para[] = linesOf(text)
      .filter((s) => s.end > s.start)
      .map((span) => ({ span, key: keyOf(folded.slice(span.start, span.end)) }));
    const edits: Edit[] = [];
    const removed = new Set<number>();

    // A summary or a cut-off excerpt repeats another paragraph's opening: it goes, the full text stays.
    paras.forEach((p, i) => {
      const summary = SUMMARY_LABEL.test(p.key);
      const excerpt = ELLIPSIS.test(p.key);
      if (!summary && !excerpt) return;
      const core = p.key.replace(SUMMARY_LABEL, '').replace(ELLIPSIS, '');
      if (core.length < MIN_KEY) return;
      // (a summary may repeat the lead word for word)
      const full = paras.find((q, j) => j !== i && q.key.length >= core.length && q.key.includes(core));
      if (!full) return;
      removed.add(i);
      edits.push(removal(p, summary ? 'summary repeating the lead paragraph' : 'truncated excerpt of a paragraph'));
    });

    // Exact repeats, and later paragraphs contained in an earlier one.
    // Inside a repeated run (a pasted second copy of the body) short paragraphs count as copies too.
    const seen = new Map<string, number>();
    let earlier = '';
    let inRun = false;
    paras.forEach((p, i) => {
      if (removed.has(i)) return;
      const first = seen.get(p.key);
      const long = p.key.length >= MIN_KEY;
      if (first !== undefined && (long || (inRun && p.key.length >= MIN_KEY_IN_RUN))) {
        edits.push(removal(p, `repeats paragraph ${first + 1}`));
        inRun = true;
      } else if (long && earlier.includes(p.key)) {
        edits.push(removal(p, 'repeats part of an earlier paragraph'));
        inRun = true;
      } else {
        if (first === undefined) seen.set(p.key, i);
        inRun = false;
      }
      earlier += p.key + '\n';
    });
    return widenToLines(text, edits);
  },
};
