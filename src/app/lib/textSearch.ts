/**
 * Full-text search over the cleaned bodies, pure so it runs in the search worker and in tests.
 * Bodies are folded once to their search form (Simplified, lower case, same length), so a match found
 * there cuts its snippet out of the body as published at the same offsets.
 */
import type { SearchEntry } from '../../schema';
import { toSearchForm } from './normalizeSearch';

export interface PreparedBody {
  id: string;
  text: string;
  folded: string;
}

/** Characters of context kept before and after a match in a snippet. */
const BEFORE = 16;
const AFTER = 36;

export function prepareBodies(entries: readonly SearchEntry[]): PreparedBody[] {
  return entries.map((e) => ({ id: e.id, text: e.text, folded: toSearchForm(e.text) }));
}

/** A stretch of the body as published around its first match, with ellipses where it was cut. */
export function snippetAt(text: string, at: number, length: number): string {
  let from = Math.max(0, at - BEFORE);
  let to = Math.min(text.length, at + length + AFTER);
  // do not cut a surrogate pair in half
  if (from > 0 && /[\uDC00-\uDFFF]/u.test(text[from] ?? '')) from--;
  if (to < text.length && /[\uDC00-\uDFFF]/u.test(text[to] ?? '')) to++;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Reports whose body contains the query (script-insensitively): id → snippet of the first match. */
export function searchBodies(bodies: readonly PreparedBody[], query: string): Map<string, string> {
  const q = toSearchForm(query.trim());
  const hits = new Map<string, string>();
  if (!q) return hits;
  for (const b of bodies) {
    const at = b.folded.indexOf(q);
    if (at >= 0) hits.set(b.id, snippetAt(b.text, at, q.length));
  }
  return hits;
}
