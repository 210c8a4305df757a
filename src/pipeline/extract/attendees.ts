import type { Attendee } from '../../schema';
import type { ExtractContext } from './context';

/** People present at the meeting with their titles and roles. Not written yet. */
export function extractAttendees(_ctx: ExtractContext): Attendee[] {
  return [];
}
