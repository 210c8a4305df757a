import { findMatches } from '../lib/normalizeSearch';

/**
 * Text with the search query marked. Matching is script-insensitive, on the text as shown, so the
 * marks fall on the characters the reader sees.
 */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const matches = query.trim() ? findMatches(text, query) : [];
  if (matches.length === 0) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let pos = 0;
  matches.forEach(([a, b], i) => {
    if (a > pos) out.push(text.slice(pos, a));
    out.push(
      <mark key={i} className="hit">
        {text.slice(a, b)}
      </mark>,
    );
    pos = b;
  });
  if (pos < text.length) out.push(text.slice(pos));
  return <>{out}</>;
}
