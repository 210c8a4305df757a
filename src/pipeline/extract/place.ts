import type { Place } from '../../schema';
import type { ExtractContext } from './context';
import type { Metadata } from './metadata';

/** Where the meeting was held, from a gazetteer. Not written yet. */
export function extractPlace(_ctx: ExtractContext, _meta: Metadata): Place | null {
  return null;
}
