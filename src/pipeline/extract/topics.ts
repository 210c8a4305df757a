import { TOPIC_KEYWORDS } from '../data/topics';

/** Topics of a directive (Simplified text) from the keyword table in data/topics.ts, in table order. */
export function topicsOf(simplified: string): string[] {
  return Object.entries(TOPIC_KEYWORDS)
    .filter(([, words]) => words.some((w) => (typeof w === 'string' ? simplified.includes(w) : w.test(simplified))))
    .map(([topic]) => topic);
}
