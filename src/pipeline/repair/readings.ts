/** Pinyin readings of characters, for checking a repair against a reading that survived the damage. */
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, readonly string[]>();

export function readingsOf(ch: string): readonly string[] {
  let r = cache.get(ch);
  if (!r) {
    r = pinyin(ch, { multiple: true, type: 'array' }).map((p) => p.normalize('NFC'));
    cache.set(ch, r);
  }
  return r;
}

export function reads(ch: string, syllable: string): boolean {
  return readingsOf(ch).includes(syllable.normalize('NFC'));
}

/** A pinyin annotation as mirror pages write it, `(zhēng)`, at the start of `s`. */
export const ANNOTATION_AT =
  /^[(（]([a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u0144\u0148\u01f9]{1,7})[)）]/;

/** Every pinyin annotation as mirror pages write them: the mirror's layer, not text, so left out of word scores. */
export const ANNOTATIONS = /[(（][a-zü\u00e0-\u01dc\u0144\u0148\u01f9]{1,7}[)）]/g;
