/**
 * Search is script-insensitive: both the query and the searched text are folded to Simplified
 * character by character (same length), so a match found in the folded form can be highlighted at the
 * same offsets in the text as published.
 */
import { foldToSimplified } from '../../pipeline/script';

/** Simplified, lower-case form of a text; same length as the input, so offsets carry over. */
export function toSearchForm(s: string): string {
  return foldToSimplified(s).toLowerCase();
}

/** Start/end offsets of every match of `query` in `text` (both compared in search form). */
export function findMatches(text: string, query: string): Array<[number, number]> {
  const q = toSearchForm(query.trim());
  if (!q) return [];
  const hay = toSearchForm(text);
  const out: Array<[number, number]> = [];
  for (let i = hay.indexOf(q); i !== -1; i = hay.indexOf(q, i + q.length)) out.push([i, i + q.length]);
  return out;
}
