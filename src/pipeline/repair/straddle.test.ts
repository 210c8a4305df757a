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

describe('a character and its closing mark straddled', () => {
  // the damaged sentence loses its mark's second byte, and the next sentence follows in step
  const first = '会议强调,要强化集中隔离点和定点医院管理。';
  const second = '第一时间切断疫情传播链条。';

  it('is a suspect in the middle of a line, and the realignment restores the character and its mark', () => {
    for (const k of [0, 1] as const) {
      const at = first.indexOf('理');
      const damaged = loseByte(first, at, k);
      // 理。 came out as one character: 怼 (lead byte lost) or 馈 (trail byte lost)
      expect(damaged.length).toBe(first.length - 1);
      const text = damaged + second;
      expect(findSuspectRuns(text), text).toMatchObject([{ start: at, end: at + 1, straddle: true }]);
      expect(straddleGain(text, at), text).toBeGreaterThan(6);
      const edits = run(text);
      expect(
        edits.some((e) => e.start <= at && e.end > at),
        text,
      ).toBe(true);
    }
  });

  it('is no suspect where the character is a word with a neighbour, and clean text keeps no edit', () => {
    // 保, 健 and 场 end in the byte that opens 。 or ，, but here they are words
    const clean = '会议强调,要保障群众生命安全和身体健康。会议在主会场举行,各分会场同步收看。';
    expect(findSuspectRuns(clean)).toEqual([]);
    expect(run(clean)).toEqual([]);
  });
});

describe('a one-sentence paragraph whose only mark the damage took', () => {
  const before = '会议强调,要压实各方责任。\n';

  it('is prose after a paragraph that closed with a mark, so its line end is a suspect', () => {
    const line = '要加强保供人员管理。';
    const damaged = loseByte(line, line.indexOf('理'), 0);
    expect(damaged).not.toMatch(/[，。,]/);
    const text = before + damaged;
    expect(findSuspectRuns(text).some((r) => r.end === text.length)).toBe(true);
    expect(run(text).some((e) => e.end >= text.length - 1)).toBe(true);
  });

  it('is not when nothing before it closed a sentence (a title)', () => {
    const title = loseByte('要加强保供人员管理。', 8, 0);
    expect(findSuspectRuns(title)).toEqual([]);
  });
});

describe('a straddle suspect next to an odd character', () => {
  it('is searched as a run, not held to the cheap test of a straddle alone', () => {
    const line = '各地要迅速開展流調溯源工作。';
    const damaged = loseByte(line, line.indexOf('流'), 1);
    expect(damaged).toContain('琳{');
    const text = '會議強調,要壓實各方責任。\n' + damaged;
    const at = text.indexOf('琳');
    const suspect = findSuspectRuns(text).find((r) => r.start <= at && r.end > at);
    expect(suspect?.strong).toBe(1);
    expect(suspect?.straddle).toBeFalsy();
    expect(run(text).some((e) => e.start <= at + 1 && e.end > at)).toBe(true);
  });
});
