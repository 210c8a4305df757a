/**
 * SEO spam: keyword blocks (runs of short phrases joined by "|", or a line thick with porn and gambling
 * words) are removed; a spam word that took the place of a word inside a real sentence is only marked
 * (an edit that keeps the text), since what it replaced cannot be known.
 */
import type { Edit } from '../../schema';
import type { Pass } from '../pass';
import { foldForCues, isProse } from './cues';
import { widenToLines, linesOf } from './lines';
import { ADVERT_CONTACT, SPAM_WORDS } from './spam-lexicon';

const WEB_ADDRESS = /(?:www\.|https?:|\.(?:com|net|cc|vip)\b)/;
// spam words, then within a few characters a web address
const PASTED_ADVERT = new RegExp(
  `(?:${SPAM_WORDS.source})(?:[^。，,；;！!？?]{0,12}?)(?:https?://|www\\.)[\\w./-]+\\s*`,
  'g',
);

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
      // a lone spam word next to a web address on a line that is no prose is an advertisement, and so is one that
      // gives a number to call
      const advert = (!prose && WEB_ADDRESS.test(f)) || ADVERT_CONTACT.test(f);
      if (
        (hits.length >= 2 && (!prose || coverage(hits, f.length) > 0.2)) ||
        (hits.length >= 1 && (bars >= 3 || advert || (!prose && coverage(hits, f.length) >= 0.5)))
      ) {
        edits.push({
          start: line.start,
          end: line.end,
          replacement: '',
          kind: 'spam',
          note: `SEO spam block (${hits.length} spam keyword${hits.length > 1 ? 's' : ''})`,
        });
        continue;
      }
      if (hits.length === 0) continue;
      // 澳门新葡京娱乐官网 www.xpj888.com pasted into a paragraph: the advertisement and its address go
      const pasted = [...f.matchAll(PASTED_ADVERT)];
      for (const m of pasted) {
        edits.push({
          start: line.start + m.index,
          end: line.start + m.index + m[0].length,
          replacement: '',
          kind: 'spam',
          note: 'spam advertisement with a web address pasted into the text',
        });
      }
      for (const m of hits) {
        if (pasted.some((p) => m.index! >= p.index && m.index! < p.index + p[0].length)) continue;
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
