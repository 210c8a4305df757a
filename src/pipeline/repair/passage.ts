/**
 * A text in the one form in which two reports' words can be compared verbatim: Simplified, without the mirror's
 * pinyin, full-width punctuation folded to ASCII (mirrors differ in all three), and the stretches given (damage,
 * ±2 characters) blanked out.
 */
import { foldFullWidth } from './mojibake';
import { ANNOTATIONS } from './readings';
import { repairTables, simplified } from './tables';

export function passage(text: string, exclude: ReadonlyArray<{ start: number; end: number }> = []): string {
  return foldFullWidth(plainText(text, exclude));
}

/** The same without the folding: what the page's GBK stream held, as far as the text shows it. */
export function plainText(text: string, exclude: ReadonlyArray<{ start: number; end: number }> = []): string {
  const chars = text.split('');
  for (const { start, end } of exclude)
    for (let i = Math.max(0, start - 2); i < end + 2 && i < chars.length; i++) chars[i] = '\0';
  return simplified(repairTables(), chars.join('')).replace(ANNOTATIONS, '');
}
