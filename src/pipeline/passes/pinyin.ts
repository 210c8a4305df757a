import type { Edit } from '../../schema';
import type { Pass } from '../pass';

// A tone-marked syllable (or a toneless one with ü), as mirror sites insert after each character.
const SYLLABLE = /^[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*$|^[a-z]*ü[a-z]*$/;
const ANNOTATION = /(?<=[\u4e00-\u9fff])[(（]\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\s*[)）]/g;

/** Removes pinyin readings that mirror sites insert after characters: 領(lǐng)導(dǎo) → 領導. */
export const pinyinPass: Pass = {
  name: 'pinyin',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(ANNOTATION)) {
      if (!SYLLABLE.test(m[1]!)) continue;
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: '',
        kind: 'pinyin',
        note: `pinyin reading (${m[1]}) inserted after the character by a mirror site`,
      });
    }
    return edits;
  },
};
