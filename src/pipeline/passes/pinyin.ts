import { pinyin } from 'pinyin-pro';
import type { Edit } from '../../schema';
import type { Pass } from '../pass';
import { foldToSimplified } from '../script';
import { PINYIN_SYLLABLES } from './pinyin-syllables';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const BASE = 'aaaaeeeeiiiioooouuuuüüüünnnm';
// Mirror sites put the reading right after the character, sometimes with a stray space inside the brackets.
const ANNOTATION = new RegExp(`(?<=[\\u3400-\\u9fff])[(（][^\\S\\n]*([a-zü${TONED}]{1,7})[^\\S\\n]*[)）]`, 'g');

function untone(s: string): string {
  let out = '';
  for (const ch of s) {
    const i = TONED.indexOf(ch);
    out += i >= 0 ? BASE[i] : ch;
  }
  return out;
}

const readingCache = new Map<string, readonly string[]>();

/** Every dictionary reading of a character, tone-marked; a Traditional form also gets its Simplified one's. */
function readingsOf(char: string): readonly string[] {
  let r = readingCache.get(char);
  if (!r) {
    const simplified = foldToSimplified(char);
    r = pinyin(char, { multiple: true, type: 'array' });
    if (simplified !== char) r = [...r, ...pinyin(simplified, { multiple: true, type: 'array' })];
    readingCache.set(char, r);
  }
  return r;
}

/**
 * Removes pinyin readings that mirror sites insert after characters: 領(lǐng)導(dǎo) → 領導. A bracket is only
 * touched when it holds one real Mandarin syllable; a toneless one must also be a dictionary reading of the
 * character before it, so 方案(a), 黨(工)委 and 回复(0) stay.
 */
export const pinyinPass: Pass = {
  name: 'pinyin',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(ANNOTATION)) {
      const syllable = m[1]!;
      if (!PINYIN_SYLLABLES.has(untone(syllable))) continue;
      const char = String.fromCodePoint(text.codePointAt(m.index - 1)!);
      const isReading = readingsOf(char).includes(syllable);
      const toned = syllable !== untone(syllable);
      if (!isReading && !toned) continue;
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: '',
        kind: 'pinyin',
        note: isReading
          ? `pinyin reading (${syllable}) of ${char} inserted by a mirror site`
          : `pinyin (${syllable}) inserted by a mirror site; not a reading of ${char}, which may be damaged`,
      });
    }
    return edits;
  },
};
