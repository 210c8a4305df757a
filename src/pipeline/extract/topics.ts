import { TOPIC_KEYWORDS } from '../data/topics';

/** Topics of a directive (Simplified text) from the keyword table in data/topics.ts, in table order. */
export function topicsOf(simplified: string): string[] {
  return Object.entries(TOPIC_KEYWORDS)
    .filter(([, words]) => words.some((w) => simplified.includes(w)))
    .map(([topic]) => topic);
}
