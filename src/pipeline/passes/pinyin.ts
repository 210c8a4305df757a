import { pinyin } from 'pinyin-pro';
import type { Edit } from '../../schema';
import type { Pass } from '../pass';
import { foldToSimplified } from '../script';
import { PINYIN_SYLLABLES } from './pinyin-syllables';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const BASE = 'aaaaeeeeiiiioooouuuuüüüünnnm';
// Mirror sites put the reading right after the character, sometimes with a stray space inside or before the
// brackets, in square brackets, capitalised, with tone numbers (qiang2, lv4, de0), or one bracket for a word's
// syllables, spaced or run together (lǐngdǎo). Some write the tone as a combining mark, or g and a in IPA's forms.
const LETTER = `a-zü${TONED}\\u0300-\\u036f\\u0251\\u0261`;
const TOKEN = `[${LETTER}][${LETTER}0-5]{0,31}`;
const ANNOTATION = new RegExp(
  // the combining marks are a range of their own in the class, meant to match one by one
  // eslint-disable-next-line no-misleading-character-class
  `(?<=[\\u3400-\\u9fff])[^\\S\\n]?[(（[][^\\S\\n]*(${TOKEN}(?:[^\\S\\n]+${TOKEN}){0,3})[^\\S\\n]*[)）\\]]`,
  'gi',
);
const TONE_DIGIT = /[0-5]$/;
const MAX_SYLLABLES = 4;

/** The syllables of a token as written (tone marks composed, ɡ and ɑ as g and a). */
function normalise(token: string): string {
  // (ɑ first, so that ɑ with a combining grave composes to à)
  return token
    .replace(/\u0261/g, 'g')
    .replace(/\u0251/g, 'a')
    .normalize('NFC')
    .toLowerCase()
    .replace(/v/g, 'ü');
}

/**
 * Ways to cut a run of syllables written together (lǐngdǎo, ling3dao3) into Mandarin syllables, fewest first;
 * a token that is one syllable gives itself.
 */
function cuts(token: string, max: number): string[][] {
  const out: string[][] = [];
  const walk = (at: number, acc: string[]) => {
    if (at === token.length) {
      out.push(acc);
      return;
    }
    if (acc.length === max) return;
    for (let len = 1; len <= 7 && at + len <= token.length; len++) {
      let piece = token.slice(at, at + len);
      if (/[0-5]/.test(piece)) break;
      if (!PINYIN_SYLLABLES.has(untone(piece))) continue;
      const digit = /^[0-5]/.exec(token.slice(at + len))?.[0] ?? '';
      piece += digit;
      walk(at + len + digit.length, [...acc, piece]);
    }
  };
  walk(0, []);
  return out.sort((a, b) => a.length - b.length);
}

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
      const tokens = normalise(m[1]!).split(/\s+/);
      // a bare or numbered syllable is its character's reading when it is one of them without the tone
      const reads = (c: string, s: string) => {
        const base = untone(s.replace(TONE_DIGIT, ''));
        return (
          readingsOf(c).includes(s) ||
          ((TONE_DIGIT.test(s) || s === base) && readingsOf(c).some((r) => untone(r) === base))
        );
      };
      // the characters the syllables annotate, one each, right before the bracket
      const charsBefore = (n: number) => [...text.slice(Math.max(0, m.index - 2 * n), m.index)].slice(-n);
      const readingOf = (syllables: string[]) => {
        const chars = charsBefore(syllables.length);
        return (
          chars.length === syllables.length &&
          chars.every((c) => /[\u3400-\u9fff]/.test(c)) &&
          syllables.every((s, k) => reads(chars[k]!, s))
        );
      };
      // each token one syllable (疫(yì), 強調(qiáng diào)), or one token of a word's syllables run together
      const spaced = tokens.every((t) => PINYIN_SYLLABLES.has(untone(t.replace(TONE_DIGIT, ''))));
      const run = tokens.length === 1 ? cuts(tokens[0]!, MAX_SYLLABLES).find(readingOf) : undefined;
      if (!spaced && !run) continue;
      const syllables = run ?? tokens;
      const chars = charsBefore(syllables.length);
      if (chars.length < syllables.length || !chars.every((c) => /[\u3400-\u9fff]/.test(c))) continue;
      const isReading = readingOf(syllables);
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
