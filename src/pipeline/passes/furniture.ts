import type { Pass } from '../pass';

/** Removes page furniture: navigation, metadata lines, share prompts, disclaimers. Not written yet. */
export const furniturePass: Pass = {
  name: 'furniture',
  run() {
    return [];
  },
};
