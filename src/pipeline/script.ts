/**
 * Script handling for matching: Traditional text is folded to Simplified character by character, so
 * offsets stay the same and lexicons only need to be written once, in Simplified.
 */
import hkVariants from 'opencc-js/dict/HKVariantsRev';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariants from 'opencc-js/dict/TWVariantsRev';
import type { Script } from '../schema';

let table: Map<string, string> | undefined;

function tsTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const pair of (tsCharacters as string).split('|')) {
    const [from, to] = pair.split(' ');
    // a character with several Simplified readings maps to its first (most common) one
    if (from && to && [...from].length === 1) table.set(from, [...to][0]!);
  }
  // Hong Kong's and Taiwan's own forms (衞, 綫, 敍) fold through the standard Traditional one (衛 → 卫)
  for (const pair of `${hkVariants as string}|${twVariants as string}`.split('|')) {
    const [from, to] = pair.split(' ');
    if (!from || !to || [...from].length !== 1 || table.has(from)) continue;
    // only through a Traditional form that folds: 么 → 幺 (a variant pair where both are Simplified) must not apply
    const simplified = table.get([...to][0]!);
    if (simplified !== undefined) table.set(from, simplified);
  }
  return table;
}

/** Simplified form of a text, same length in UTF-16 units (only BMP→BMP one-character folds apply). */
export function foldToSimplified(text: string): string {
  const t = tsTable();
  let out = '';
  for (const ch of text) {
    const s = t.get(ch);
    out += s !== undefined && s.length === ch.length ? s : ch;
  }
  return out;
}

/** Whether a text is mainly Traditional: more characters that fold to something else than not. */
export function detectScript(text: string): Script {
  const t = tsTable();
  let traditional = 0;
  let cjk = 0;
  for (const ch of text) {
    if (ch >= '\u4e00' && ch <= '\u9fff') {
      cjk++;
      const s = t.get(ch);
      if (s !== undefined && s !== ch) traditional++;
    }
  }
  // In Traditional news prose roughly one character in five differs from its Simplified form.
  return cjk > 0 && traditional / cjk > 0.08 ? 'hant' : 'hans';
}
