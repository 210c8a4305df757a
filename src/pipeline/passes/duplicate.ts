import type { Pass } from '../pass';

/** Removes repeated paragraphs. Not written yet. */
export const duplicatePass: Pass = {
  name: 'duplicate',
  run() {
    return [];
  },
};
