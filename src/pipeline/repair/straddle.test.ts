import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { damagePass } from '../passes/damage';
import { detectScript } from '../script';
import { findSuspectRuns } from './detect';
import { straddleGain } from './straddle';

const run = (text: string) => damagePass.run(text, { original: text, script: detectScript(text) });

/** `sentence` with byte `k` of character `at` lost, decoded as a page would, its U+FFFD dropped. */
function loseByte(sentence: string, at: number, k: 0 | 1): string {
  const bytes = iconv.encode(sentence, 'gbk');
  const offset = iconv.encode(sentence.slice(0, at), 'gbk').length + k;
  const damaged = Buffer.concat([bytes.subarray(0, offset), bytes.subarray(offset + 1)]);
  return new TextDecoder('gbk').decode(damaged).replace(/\ufffd/g, '');
}

describe('a word straddled before ASCII text', () => {
  const sentence = '会议要求,要做好患者医疗救治,加强心理疏导和干预。';

  it('is what a byte lost just before a comma leaves, either byte of the first character', () => {
    const cases = [
      // 救's lead byte lost: its trail and 治's lead read as 戎
      [sentence, '救治', 0],
      ['要抓紧抓实农村疫情防控,抓好登记造册。', '防控', 0],
      // 健's trail byte lost: its lead and 康's lead read as 娇
      ['切实维护人民群众生命安全和身体健康,以实际行动守好大门。', '健康', 1],
    ] as const;
    for (const [s, word, k] of cases) {
      const at = s.indexOf(word);
      const damaged = loseByte(s, at, k);
      // the word came out as one character, and nothing else shows it
      expect(damaged.length).toBe(s.length - 1);
      const runs = findSuspectRuns(damaged);
      expect(runs, damaged).toMatchObject([{ start: at, end: at + 1, straddle: true }]);
      expect(straddleGain(damaged, at), damaged).toBeGreaterThan(6);
      const edits = run(damaged);
      expect(
        edits.some((e) => e.start <= at && e.end > at),
        damaged,
      ).toBe(true);
    }
  });

  it('is no suspect where the characters form a word, repeat on the page or are set off by a space', () => {
    expect(findSuspectRuns(sentence)).toEqual([]);
    // 应珊 is no word, but a name written twice is the page's own
    const name = '县人大常委会主任唐应珊,县政协主席出席。唐应珊强调,要抓好落实。';
    expect(findSuspectRuns(name)).toEqual([]);
    expect(findSuspectRuns('记者 彭媛媛 报道,会议要求落实。')).toEqual([]);
  });

  it('leaves a real but rare ending alone after the cheap test', () => {
    // 弦 after 紧 is no dictionary word: suspect, but no straddled word reads better in its place
    const text = '必须始终紧绷思想之弦,阻断传播链条。';
    expect(findSuspectRuns(text).filter((r) => r.straddle)).toHaveLength(1);
    expect(run(text)).toEqual([]);
  });
});
