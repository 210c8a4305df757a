import type { Pass } from '../pass';

/** Removes SEO spam blocks. Not written yet. */
export const spamPass: Pass = {
  name: 'spam',
  run() {
    return [];
  },
};
