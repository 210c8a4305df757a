import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { conventions } from '../passes/damage';
import { findSuspectRuns } from './detect';
import { judgeMojibake } from './mojibake';
import { wordScore } from './segment';
import { repairTables } from './tables';
import { pairScore } from './word-pairs';

/** `sentence` in GBK with the byte at `at` (bytes into the sentence) lost, decoded the way a page would. */
function damage(sentence: string, before: string): string {
  const bytes = iconv.encode(sentence, 'gbk');
  const at = iconv.encode(before, 'gbk').length;
  return new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
}

describe('word pairs', () => {
  it('rate words by the word before them, where word frequencies alone cannot', () => {
    const t = repairTables();
    const right = '全市各级各部门要迅速进入';
    const wrong = '全市各级个部门要迅速进入';
    // jieba's frequencies alone prefer the wrong reading (个 is far commoner than 各)
    expect(wordScore(t, wrong, false)).toBeGreaterThan(wordScore(t, right, false));
    expect(pairScore(right)).toBeGreaterThan(pairScore(wrong) + 3);
    expect(pairScore('加强协调联动')).toBeGreaterThan(pairScore('加强协调连动') + 3);
  });

  it('score unknown characters and punctuation without failing', () => {
    expect(Number.isFinite(pairScore('，。abc㐀'))).toBe(true);
    expect(pairScore('')).toBe(0);
  });

  it('let the repair restore a word that only its neighbour decides', () => {
    const sentence = '县长强调，全市各级各部门要迅速进入战时状态，坚决打赢这场硬仗。';
    const damaged = damage(sentence, '县长强调，全市各级');
    const indent = '\u3000\u3000';
    const page = `${indent}会议指出，要压实责任。\n${indent}${damaged}\n${indent}会议要求，要守好每一道关口。\n`;
    const run = findSuspectRuns(page)[0]!;
    const v = judgeMojibake(page, run.start, conventions(page, 'hans'), run.end)!;
    const start = page.indexOf('县长');
    const end = page.indexOf('\n', start);
    expect(page.slice(start, v.start) + v.replacement + page.slice(v.end, end)).toBe(sentence);
  });
});
