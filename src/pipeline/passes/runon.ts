import type { Edit } from '../../schema';
import type { Pass } from '../pass';

// A sentence end (optionally closed by a quote or bracket), a short run of blanks on the same line, then
// the start of a new sentence. Pages flattened to one line keep exactly this trace of their paragraphs.
// "?" and "!" in ASCII are left out: in damaged text they stand for lost characters.
// (a character lost to damage, U+FFFD or ?, may open the next one)
const JOINED = /(?<=[。！？][”’」』)）]?)[^\S\n]{1,4}(?=[\u3400-\u9fff0-9“「（(\ufffd?])/g;

/** Splits paragraphs that a scraper ran together on one line, separated only by blanks after a full stop. */
export const runOnPass: Pass = {
  name: 'run-on paragraphs',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(JOINED)) {
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: '\n',
        kind: 'whitespace',
        note: 'paragraphs run together on one line split apart',
      });
    }
    return edits;
  },
};
