import type { Attendee, Directive } from '../../schema';
import type { ExtractContext } from './context';

/** The "要……" statements issued by the meeting or a named leader. Not written yet. */
export function extractDirectives(_ctx: ExtractContext, _attendees: readonly Attendee[]): Directive[] {
  return [];
}
