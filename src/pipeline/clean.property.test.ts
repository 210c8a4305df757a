/**
 * Cleaning never breaks the edit contract, whatever a scraper hands it: random pages assembled from
 * furniture, prose, pinyin, markup, spam and odd blanks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES, cleanText } from './clean';
import { applyEdits } from './edits';
import { damagePass } from './passes/damage';

const LOCAL_STAGES = STAGES.map((stage) => stage.filter((p) => p !== damagePass));

const PIECES = [
  '会议强调,要严格落实各项防控措施,确保群众生命安全。',
  '會(huì)議(yì)指出,當前形勢嚴峻。',
  '市委召开疫情防控会议',
  '发布时间:2022-04-12 10:30',
  '来源：',
  '首页 > 新闻',
  '扫一扫，用手机看新闻！',
  '责任编辑：张三',
  '相关新闻',
  '导读：会议强调,要严格落实各项防控措施…',
  '百家乐|时时彩|无码|',
  '<p>',
  '&nbsp;',
  '" />',
  '（记者 李明）',
  '某某网讯',
  '155',
  '|',
  '。',
  '(',
  ')',
  ' ',
  '  ',
  '\u00a0',
  '\u3000',
  '\n',
  '\n\n',
  '\r\n',
];

describe('cleaning keeps the edit contract on arbitrary pages', () => {
  it('edits are sorted, disjoint, and reproduce clean from the original', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const original = pieces.join('');
        const { clean, edits } = cleanText(original, 'hans', LOCAL_STAGES);
        let pos = 0;
        for (const e of edits) {
          expect(e.start).toBeGreaterThanOrEqual(pos);
          expect(e.end).toBeGreaterThanOrEqual(e.start);
          pos = e.end;
        }
        expect(pos).toBeLessThanOrEqual(original.length);
        expect(applyEdits(original, edits)).toBe(clean);
        expect(clean).not.toMatch(/^\s|\s$|\n{3,}/);
      }),
      { numRuns: 300 },
    );
  });
});
