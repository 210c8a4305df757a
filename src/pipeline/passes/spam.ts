/**
 * SEO spam: keyword blocks (runs of short phrases joined by "|", or a line thick with porn and gambling
 * words) are removed; a spam word that took the place of a word inside a real sentence is only marked
 * (an edit that keeps the text), since what it replaced cannot be known.
 */
import type { Edit } from '../../schema';
import type { Pass } from '../pass';
import { foldForCues, isProse } from './cues';
import { widenToLines, linesOf } from './lines';
import { SPAM_WORDS } from './spam-lexicon';

// Three or more short phrases joined by bars, as keyword stuffing lays them out.
const BAR_RUN = /(?:[^|｜\n。，,；;]{1,30}[|｜]){3,}[^|｜\n。，,；;]{0,30}/g;

function spamHits(f: string): RegExpMatchArray[] {
  return [...f.matchAll(SPAM_WORDS)];
}

/** Share of the line's characters covered by spam words. */
function coverage(hits: readonly RegExpMatchArray[], length: number): number {
  return hits.reduce((n, m) => n + m[0].length, 0) / Math.max(1, length);
}

export const spamPass: Pass = {
  name: 'spam',
  run(text) {
    const folded = foldForCues(text);
    const edits: Edit[] = [];
    for (const line of linesOf(text)) {
      if (line.end === line.start) continue;
      const f = folded.slice(line.start, line.end);
      const hits = spamHits(f);
      // keyword stuffing appended to a real paragraph: only the run goes
      const runs = (/[|｜]/.test(f) ? [...f.matchAll(BAR_RUN)] : []).filter((m) => {
        const runHits = spamHits(m[0]).length;
        return runHits > 0 || m[0].split(/[|｜]/).length >= 6;
      });
      let rest = f;
      for (const m of runs) rest = rest.replace(m[0], '');
      if (runs.length > 0 && isProse(rest.trim())) {
        for (const m of runs) {
          edits.push({
            start: line.start + m.index!,
            end: line.start + m.index! + m[0].length,
            replacement: '',
            kind: 'spam',
            note: 'SEO keyword block appended to the text',
          });
        }
        continue;
      }
      const prose = isProse(f);
      const bars = f.split(/[|｜]/).length - 1;
      // a lone spam word next to a web address on a line that is no prose is an advertisement
      const advert = !prose && /(?:www\.|https?:|\.(?:com|net|cc|vip)\b)/.test(f);
      if (
        (hits.length >= 2 && (!prose || coverage(hits, f.length) > 0.2)) ||
        (hits.length >= 1 && (bars >= 3 || advert))
      ) {
        edits.push({
          start: line.start,
          end: line.end,
          replacement: '',
          kind: 'spam',
          note: `SEO spam block (${hits.length} porn or gambling keywords)`,
        });
        continue;
      }
      if (hits.length === 0) continue;
      for (const m of hits) {
        const start = line.start + m.index!;
        const end = start + m[0].length;
        edits.push({
          start,
          end,
          replacement: text.slice(start, end),
          kind: 'spam',
          note: `spam word "${m[0]}" inside a sentence, probably in place of a real word (marked, not removed)`,
        });
      }
    }
    return widenToLines(text, edits);
  },
};
