import type { Edit } from '../../schema';
import type { Pass } from '../pass';

// Leading blanks of the text, trailing blanks, or any blank run that contains a line break.
const LAYOUT = /^\s+|\s+$|[^\S\n]*\n\s*/g;

/**
 * Normalises layout: strips indentation and trailing blanks, and makes every paragraph break
 * exactly "\n\n" with nothing before the first paragraph or after the last.
 */
export const paragraphsPass: Pass = {
  name: 'paragraphs',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(LAYOUT)) {
      const atEdge = m.index === 0 || m.index + m[0].length === text.length;
      const want = atEdge ? '' : '\n\n';
      if (m[0] === want) continue;
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: want,
        kind: 'whitespace',
        note: atEdge ? 'blank space at the edge of the text' : 'paragraph break normalised to one blank line',
      });
    }
    return edits;
  },
};
