import type { Edit } from '../../schema';
import type { Pass } from '../pass';
import { findMisreadUtf8 } from '../repair/misread-utf8';

/**
 * UTF-8 read as GBK or Windows-1252 (浼氳寮鸿皟, ä¼šè®®): read back exactly, but for the bytes the other decoder
 * dropped, which the language model fills when one reading is clearly best and leaves as U+FFFD when not.
 */
function misreadEdits(text: string): Edit[] {
  return findMisreadUtf8(text).map((m) => {
    const damaged = text.slice(m.start, m.end);
    const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
    const unknown = m.unknown.length
      ? `; ${m.unknown.length} character(s) could not be recovered (a byte was lost), shown as \ufffd; ` +
        `candidates: ${m.unknown.map((c) => c.join('/')).join(', ')}`
      : '';
    const filled = m.filled ? `; ${m.filled} lost byte(s) filled in from the words around them` : '';
    return {
      start: m.start,
      end: m.end,
      replacement: m.replacement,
      kind: 'mojibake',
      tag: 'repaired',
      confidence: m.filled || m.unknown.length ? 0.95 : 0.99,
      note: `UTF-8 text read as ${m.as}: "${shown(damaged)}" → "${shown(m.replacement)}", read back as UTF-8${filled}${unknown}`,
    };
  });
}

/**
 * Reads back text whose UTF-8 was misread (repair/misread-utf8.ts). A stage of its own, before all others: what the
 * page says must be there before pinyin, markup or damage can be told in it (浼氳(huì) is 会(huì), whose pinyin the
 * pinyin pass then removes, and a character left unknown before its pinyin is the lost-character repair's).
 */
export const misreadPass: Pass = {
  name: 'misread UTF-8',
  run: (text) => misreadEdits(text),
};
