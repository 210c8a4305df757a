import type { Pass } from '../pass';

/** Marks (and where certain, repairs) GBK mojibake and `?` losses. Not written yet. */
export const damagePass: Pass = {
  name: 'damage',
  run() {
    return [];
  },
};
