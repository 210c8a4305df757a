import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError, decodeReport } from './decode';

const seed = (name: string) => readFileSync(new URL(`../../data/raw/${name}`, import.meta.url), 'utf8');
const simplified = seed('003_873c324a46ab2f1b.txt');
// Big5 has no Simplified characters: use the Traditional article without its Simplified spam block
const traditional = seed('002_9ea13769dbe44dbe.txt').split('返回首頁')[0]!.replaceAll('\u00a0', ' ');

describe('decodeReport', () => {
  it('reads UTF-8 as is', () => {
    const r = decodeReport(new TextEncoder().encode(simplified));
    expect(r).toEqual({ text: simplified, encoding: 'utf-8' });
  });

  it('detects GB18030 and decodes it exactly', () => {
    const r = decodeReport(iconv.encode(simplified, 'gb18030'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(simplified);
  });

  it('detects GBK (a subset of GB18030) and decodes it exactly', () => {
    // GBK cannot hold the sample's no-break spaces; compare with what GBK can say
    const bytes = iconv.encode(simplified, 'gbk');
    const r = decodeReport(bytes);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(iconv.decode(bytes, 'gbk'));
  });

  it('detects Big5 and decodes it exactly', () => {
    // Big5 lacks a few characters of the sample; compare against the round-tripped text
    const r = decodeReport(iconv.encode(traditional, 'big5'));
    expect(r.encoding).toBe('big5');
    expect(r.text).toBe(traditional);
    expect(r.text).toContain('馬明龍主持召開市委應對新冠肺炎疫情工作領導小組擴大會議');
  });

  it('reads Hong Kong’s Big5 (HKSCS) characters instead of giving private-use code points', () => {
    const text = '珠海市委書記黃啓峯主持召開會議，副市長陳羣英出席。黃啓峯強調，要着力做好防控，維護市民衞生安全。';
    const r = decodeReport(iconv.encode(text, 'big5hkscs'));
    expect(r.encoding).toBe('big5');
    expect(r.text).toBe(text);
  });

  it('detects a short GBK text of Traditional characters too', () => {
    const text = '會議強調,要堅決落實各項防控措施,確保人民群眾生命安全和身體健康。';
    expect(decodeReport(iconv.encode(text, 'gbk')).text).toBe(text);
  });

  it('reads UTF-16 with a byte-order mark (Windows "Unicode" text), either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(simplified, 'utf16le')]);
    expect(decodeReport(le)).toEqual({ text: simplified, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeReport(be)).toEqual({ text: simplified, encoding: 'utf-16be' });
    expect(() => decodeReport(le.subarray(0, 101))).toThrow(/not valid UTF-16LE/);
  });

  it('reads UTF-16 saved without a byte-order mark, and still refuses binary with zero bytes', () => {
    const le = Buffer.from(simplified, 'utf16le');
    expect(decodeReport(le)).toEqual({ text: simplified, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeReport(be)).toEqual({ text: simplified, encoding: 'utf-16be' });
    // UTF-32 pads every character with zero bytes: no byte order reads it as text
    const utf32 = Buffer.from(
      [...simplified.slice(0, 200)].flatMap((c) => [c.codePointAt(0)! & 0xff, c.codePointAt(0)! >> 8, 0, 0]),
    );
    expect(() => decodeReport(utf32)).toThrow(/binary/);
  });

  it('refuses empty, blank and binary input with a reason', () => {
    expect(() => decodeReport(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeReport(new TextEncoder().encode(' \n\t '))).toThrow(/white space/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(() => decodeReport(png)).toThrow(InputError);
    expect(() => decodeReport(png)).toThrow(/binary/);
  });

  it('reads UTF-8 with a few broken sequences, each bad byte as U+FFFD', () => {
    const bytes = new TextEncoder().encode(simplified);
    const at = bytes.indexOf(0xe4, 200);
    // a character cut after its first two bytes, and a stray byte further on
    const broken = new Uint8Array([
      ...bytes.subarray(0, at + 2),
      ...bytes.subarray(at + 3, 900),
      0xff,
      ...bytes.subarray(900),
    ]);
    const { text, encoding } = decodeReport(broken);
    expect(encoding).toBe('utf-8');
    expect(text.match(/\ufffd/g)).toHaveLength(2);
    expect(text.replace(/\ufffd/g, '').length).toBe(simplified.length - 1);
  });

  it('still reads GBK as GBK, not as UTF-8 full of U+FFFD', () => {
    const { text, encoding } = decodeReport(
      iconv.encode('Date: 2022-03-01 Source: xinhua\nURL: http://example.com/a.html\n会议召开。\n', 'gbk'),
    );
    expect(encoding).toBe('gb18030');
    expect(text).toContain('会议召开。');
  });

  it('refuses random bytes that no supported encoding reads naturally', () => {
    let x = 12345;
    const bytes = new Uint8Array(4000).map(() => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return 0x81 + (x % 0x7e);
    });
    expect(() => decodeReport(bytes)).toThrow(InputError);
  });
});
