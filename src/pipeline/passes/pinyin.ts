import { pinyin } from 'pinyin-pro';
import type { Edit } from '../../schema';
import type { Pass } from '../pass';
import { foldToSimplified } from '../script';
import { PINYIN_SYLLABLES } from './pinyin-syllables';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const BASE = 'aaaaeeeeiiiioooouuuuüüüünnnm';
// Mirror sites put the reading right after the character, sometimes with a stray space inside or before the
// brackets, in square brackets, capitalised, with tone numbers (qiang2, lv4), or one bracket for a word's syllables.
const SYLLABLE = `[a-zü${TONED}]{1,7}[1-5]?`;
const ANNOTATION = new RegExp(
  `(?<=[\\u3400-\\u9fff])[^\\S\\n]?[(（[][^\\S\\n]*(${SYLLABLE}(?:[^\\S\\n]+${SYLLABLE}){0,3})[^\\S\\n]*[)）\\]]`,
  'gi',
);
const TONE_DIGIT = /[1-5]$/;

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
      const syllables = m[1]!.toLowerCase().replace(/v/g, 'ü').split(/\s+/);
      const bases = syllables.map((s) => untone(s.replace(TONE_DIGIT, '')));
      if (!bases.every((b) => PINYIN_SYLLABLES.has(b))) continue;
      // the characters the syllables annotate, one each, right before the bracket
      const chars = [...text.slice(Math.max(0, m.index - 2 * syllables.length), m.index)].slice(-syllables.length);
      if (chars.length < syllables.length || !chars.every((c) => /[\u3400-\u9fff]/.test(c))) continue;
      const reads = (c: string, s: string, base: string) =>
        readingsOf(c).includes(s) || (TONE_DIGIT.test(s) && readingsOf(c).some((r) => untone(r) === base));
      const isReading = syllables.every((s, k) => reads(chars[k]!, s, bases[k]!));
      const syllable = syllables.join(' ');
      const char = chars.join('');
      // a tone mark is evidence of pinyin by itself (the character before may be damaged); a bare or numbered
      // syllable, and a word's syllables, must be the characters' readings
      const toned = syllables.length === 1 && syllable !== untone(syllable);
      if (!isReading && !toned) continue;
      // 強 (qiáng) 調: a reading set apart by blanks takes the blank after it too
      let end = m.index + m[0].length;
      if (/^\s/.test(m[0]) && /^[^\S\n][\u3400-\u9fff]/.test(text.slice(end, end + 2))) end++;
      edits.push({
        start: m.index,
        end,
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
