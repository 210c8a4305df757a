import type { Edit } from '../../schema';
import type { Pass } from '../pass';

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>|&(?:nbsp|amp|lt|gt|quot|#\d+);/g;

/** Removes HTML tags and entities that leaked into the scraped text. */
export const htmlPass: Pass = {
  name: 'html',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(TAG)) {
      const entity = m[0].startsWith('&');
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: m[0] === '&nbsp;' ? ' ' : '',
        kind: 'html',
        note: entity ? `HTML entity ${m[0]}` : `leaked HTML tag ${m[0]}`,
      });
    }
    return edits;
  },
};
