import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { conventions } from '../passes/damage';
import { findSuspectRuns } from './detect';
import { judgeMojibake } from './mojibake';
import { pairCounts } from './page-chars';

const pair = (a: string, b: string) => a.charCodeAt(0) * 65536 + b.charCodeAt(0);

describe('page character pairs', () => {
  it('counts the pairs of the page in Simplified, across a pinyin annotation, outside the damage', () => {
    const text = '領(lǐng)導強調，領導要帶頭。亂碼亂碼';
    const page = pairCounts(text, [{ start: text.length - 2, end: text.length }]);
    expect(page.pairs.get(pair('领', '导'))).toBe(2);
    expect(page.left.get('领'.charCodeAt(0))).toBe(2);
    expect(page.after.get('领'.charCodeAt(0))).toEqual(['导'.charCodeAt(0)]);
    expect(page.before.get('导'.charCodeAt(0))).toEqual(['领'.charCodeAt(0)]);
    // the damaged stretch and two characters either side are left out
    expect(page.pairs.has(pair('乱', '码'))).toBe(false);
    expect(page.pairs.has(pair('。', '乱'))).toBe(false);
  });

  it('lets the search propose a name the page writes elsewhere', () => {
    const sentence = '　　会前，曹志强深入石峰区检查督导疫情防控工作。';
    const bytes = iconv.encode(sentence, 'gbk');
    // the trail byte of 曹 lost: 曹志强 and the rest read one byte off
    const at = iconv.encode('　　会前，曹', 'gbk').length - 1;
    const damaged = new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
    const before = '　　会议由区委书记曹志强主持。曹志强指出，要压实责任。\n';
    const page = before + damaged + '\n　　石峰区要落实属地责任。\n';
    const run = findSuspectRuns(page)[0]!;
    const conv = conventions(page, 'hans');
    const repaired = (c: typeof conv) => {
      const v = judgeMojibake(page, run.start, c, run.end)!;
      return page.slice(before.length, v.start) + v.replacement + page.slice(v.end, before.length + damaged.length);
    };
    expect(repaired(conv)).toBe(sentence);
    expect(repaired({ ...conv, pageChars: undefined })).not.toBe(sentence);
  });
});
