import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processText } from '../process';
import { findMisreadUtf8, withMisreadsReadBack } from './misread-utf8';

const goldDir = new URL('../../../../shared/gold/', import.meta.url);
const rawDir = new URL('../../../data/raw/', import.meta.url);
const goldTexts = readdirSync(goldDir)
  .filter((f) => f.endsWith('.clean.txt'))
  .map((f) => readFileSync(new URL(f, goldDir), 'utf8'));
const sentences = goldTexts.flatMap((t) => t.split(/(?<=[。！？])|\n+/).filter((s) => s.trim().length >= 6));

const asGbk = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
const asLatin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const asWindows1252 = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'win1252');
const page = (para: string) => `市委召开会议。\n${para}\n市领导出席会议。`;

describe('UTF-8 read as GBK or Windows-1252', () => {
  it('reads a paragraph misread as GBK back exactly, the byte lost at its end included (。, not 、)', () => {
    const para = '会议强调，要迅速启动应急响应机制，坚决阻断疫情传播链条。';
    expect(asGbk(para)).toContain('浼氳');
    expect(withMisreadsReadBack(page(asGbk(para)))).toBe(page(para));
  });

  it('fills the byte lost before a digit with what a date needs (3月2日)', () => {
    const para = '3月2日，市委书记张建国主持召开会议。';
    expect(asGbk(para)).toContain('\ufffd2');
    expect(withMisreadsReadBack(page(asGbk(para)))).toBe(page(para));
  });

  it('reads Latin-1 and Windows-1252 misreadings back', () => {
    const para = '会议要求，各地要严格落实“四早”要求。';
    expect(withMisreadsReadBack(page(asLatin1(para)))).toBe(page(para));
    // Windows-1252 leaves five bytes undefined: where the words do not decide the character, it is left unknown
    const back = withMisreadsReadBack(page(asWindows1252(para)));
    expect(back.length).toBe(page(para).length);
    expect([...back].every((ch, i) => ch === page(para)[i] || ch === '\ufffd')).toBe(true);
  });

  it('finds every gold sentence misread as GBK and leaves a wrong character in at most 2% of them', () => {
    let wrong = 0;
    for (const s of sentences) {
      const back = withMisreadsReadBack(page(asGbk(s)));
      expect(findMisreadUtf8(page(asGbk(s))).length, s).toBeGreaterThan(0);
      const same = back.length === page(s).length && [...back].every((ch, i) => ch === page(s)[i] || ch === '\ufffd');
      if (!same) wrong++;
    }
    expect(sentences.length).toBeGreaterThan(100);
    expect(wrong / sentences.length).toBeLessThanOrEqual(0.02);
  });

  it('reads back a mirror page with pinyin, which a browser misread as GBK: the pinyin says how lost characters read', () => {
    // a browser's decoder (WHATWG) keeps the ASCII after a lead byte it cannot pair, as mirrors' pages were read
    const mirrored = '市委书记张建国主持召开会(huì)议(yì)。 会(huì)议(yì)指(zhǐ)出(chū)，要迅速启动应急响应机制。';
    const misread = new TextDecoder('gbk').decode(Buffer.from(mirrored, 'utf8'));
    expect(misread).toContain('\ufffd(hu');
    const r = processText('x', 'x.txt', `市疫情防控工作领导小组召开会议\n3月2日，${misread}\n`);
    expect(r.clean).toBe('3月2日，市委书记张建国主持召开会议。\n\n会议指出，要迅速启动应急响应机制。');
    // the pinyin removed from what was read back is part of the one repair, which keeps its kind
    expect(r.edits.filter((e) => e.kind === 'mojibake')).toHaveLength(1);
    expect(r.edits.find((e) => e.kind === 'mojibake')!.note).toMatch(/UTF-8 text read as GBK/);
  });

  it('finds nothing in true text: the gold texts and the bundled reports', () => {
    for (const t of goldTexts) expect(findMisreadUtf8(t)).toEqual([]);
    for (const f of readdirSync(rawDir))
      expect(findMisreadUtf8(readFileSync(new URL(f, rawDir), 'utf8')), f).toEqual([]);
  });

  it('repairs it in the pipeline as mojibake with a note, and tells the script by what the page says', () => {
    const para = '会议强调，要迅速启动应急响应机制，坚决阻断疫情传播链条。';
    const r = processText(
      'x',
      'x.txt',
      `市疫情防控工作领导小组召开会议\n3月2日，市委书记张建国主持召开会议。\n${asGbk(para)}\n`,
    );
    expect(r.clean).toContain(para);
    expect(r.script).toBe('hans');
    const edit = r.edits.find((e) => e.kind === 'mojibake')!;
    expect(edit.note).toMatch(/UTF-8 text read as GBK/);
    expect(r.directives.map((d) => d.text)).toContain('要迅速启动应急响应机制，坚决阻断疫情传播链条');
  });
});
