import type { Edit } from '../../schema';
import type { Pass } from '../pass';

// Leading blanks of the text, trailing blanks, any blank run that contains a line break, or an odd
// space inside a line: non-breaking and zero-width characters scraped from HTML layout.
const LAYOUT = /^\s+|\s+$|[^\S\n]*\n\s*|[\u00a0\u2002-\u200b\u202f\u205f\ufeff]+/g;

const ODD_SPACE = /^[\u00a0\u2002-\u200b\u202f\u205f\ufeff]+$/;

/**
 * Normalises layout: strips indentation and trailing blanks, turns non-breaking spaces inside a line
 * into plain ones (zero-width ones go), and makes every paragraph break exactly "\n\n" with nothing
 * before the first paragraph or after the last.
 */
export const paragraphsPass: Pass = {
  name: 'paragraphs',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(LAYOUT)) {
      const atEdge = m.index === 0 || m.index + m[0].length === text.length;
      const inLine = !atEdge && ODD_SPACE.test(m[0]);
      const want = inLine ? (/[\u200b\ufeff]/.test(m[0]) ? '' : ' ') : atEdge ? '' : '\n\n';
      if (m[0] === want) continue;
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: want,
        kind: 'whitespace',
        note: inLine
          ? 'non-breaking or zero-width space inside a line'
          : atEdge
            ? 'blank space at the edge of the text'
            : 'paragraph break normalised to one blank line',
      });
    }
    return edits;
  },
};
