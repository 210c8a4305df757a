/**
 * 吴书记指出，/ 王市长要求，: a leader named the second time by family name and office. Reports do this once the
 * full name has been given, so the reference is resolved against the people already found, never guessed.
 */
import { foldToSimplified } from '../script';
import { SPEECH_AFTER_NAME } from './names';

const OFFICE = '副?(?:书记|省长|市长|州长|县长|区长|旗长|盟长|主任|主席|部长|局长|组长|指挥长|专员)';
const REFERENCE = new RegExp(`^([\\u4e00-\\u9fff]{1,2}?)(${OFFICE})(?:同志)?`);

export interface TitleReference {
  /** The person referred to, as written among `people`. */
  name: string;
  /** Length of the reference (吴书记) in the text. */
  length: number;
}

interface Person {
  name: string;
  titles: readonly string[];
}

/**
 * The person a reference at the start of `text` (Simplified) points to: the one with that family name who holds
 * that office, or the only one with that family name. Null when nobody or several people fit.
 */
export function titleReferenceAt(text: string, people: readonly Person[]): TitleReference | null {
  const m = REFERENCE.exec(text);
  if (!m) return null;
  const [whole, family, office] = m as unknown as [string, string, string];
  const sameFamily = people.filter((p) => {
    const name = foldToSimplified(p.name);
    return name.startsWith(family) && name.length > family.length;
  });
  const holds = (title: string) => {
    const t = foldToSimplified(title);
    return t.endsWith(office) && (office.startsWith('副') || !t.endsWith(`副${office}`));
  };
  const inOffice = sameFamily.filter((p) => p.titles.some(holds));
  // the only one of the family counts when the report gave them no office that could contradict the reference
  const alone = sameFamily.length === 1 && sameFamily[0]!.titles.length === 0 ? sameFamily[0] : undefined;
  const match = inOffice.length === 1 ? inOffice[0] : alone;
  return match ? { name: match.name, length: whole.length } : null;
}

/**
 * 市长要求，/ 市委书记在讲话中强调，: a leader named by a whole title alone, one the report gave exactly one of the
 * people already found. A title several hold, or none, refers to nobody.
 */
export function bareTitleAt(text: string, people: readonly Person[]): TitleReference | null {
  let best: { title: string; holders: Set<string> } | null = null;
  for (const p of people) {
    for (const title of p.titles) {
      const t = foldToSimplified(title);
      if (t.length < 2 || !text.startsWith(t) || (best && best.title.length > t.length)) continue;
      if (!best || best.title !== t) best = { title: t, holders: new Set() };
      best.holders.add(p.name);
    }
  }
  if (!best || best.holders.size !== 1) return null;
  return { name: [...best.holders][0]!, length: best.title.length };
}

/** 吴书记指出，: a reference followed by the words of speech; the speaker and the length up to their words. */
export function titledSpeechAt(
  text: string,
  people: readonly Person[],
): { name: string; verb: string; length: number } | null {
  const ref = titleReferenceAt(text, people) ?? bareTitleAt(text, people);
  if (!ref) return null;
  const verb = SPEECH_AFTER_NAME.exec(text.slice(ref.length));
  return verb ? { name: ref.name, verb: verb[2]!, length: ref.length + verb[0].length } : null;
}
