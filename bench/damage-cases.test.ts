import { describe, expect, it } from 'vitest';
import { type DamageCase, damageCases, repairIsRight } from './damage-cases';

// 保患者生命安全 with the lead byte of 保 lost, then back in step at the line end: garbage, and 。 lost
const damaged = '確;颊呱踩K囊ゾo抓實';
const expected = '確保患者生命安全。四要抓緊抓實';
const before = '會議強調，\n';
const after = '\n';
const damageCase: DamageCase = {
  text: before + damaged + after,
  want: before + expected + after,
  lo: before.length,
  hi: before.length + damaged.length,
  damaged,
  expected,
  leavesNoTrace: false,
  dropsPrivateUse: true,
  folds: false,
  trad: true,
  doc: 0,
};
const at = (s: string) => before.length + damaged.indexOf(s);

describe('repairIsRight', () => {
  it('takes a repair of the whole damage that writes the true text as right', () => {
    expect(repairIsRight(damageCase, at(';'), at('抓實'), '保患者生命安全。四要抓緊', false)).toBe(true);
  });

  it('takes a true repair of part of the damage as right, the rest left before or after it', () => {
    // the tail repaired, the head left as garbage
    expect(repairIsRight(damageCase, at('K'), at('抓實'), '。四要抓緊', false)).toBe(true);
    // the head repaired, the tail left as garbage
    expect(repairIsRight(damageCase, at(';'), at('K'), '保患者生命安全', false)).toBe(true);
    // in Simplified on a Traditional page: the same text
    expect(repairIsRight(damageCase, at('K'), at('抓實'), '。四要抓紧', false)).toBe(true);
  });

  it('takes a repair that writes anything false as wrong, whole or partial', () => {
    expect(repairIsRight(damageCase, at(';'), at('抓實'), '保患者生产安全。四要抓緊', false)).toBe(false);
    expect(repairIsRight(damageCase, at('K'), at('抓實'), '、四要抓緊', false)).toBe(false);
    expect(repairIsRight(damageCase, at(';'), at('K'), '保患者生产安全', false)).toBe(false);
  });
});

describe('damageCases', () => {
  const page = '　　会议指出，当前疫情防控形势依然严峻复杂。会议要求，各地要压实责任。\n　　市领导出席会议。\n';

  it('runs the shift on to the line end by default, and stops it at the sentence end on request', () => {
    const reach = (r: 'page' | 'sentence') => [...damageCases([page], 40, 3, r)].map((c) => c.expected);
    // some damaged sentence is followed by another on its line: with page reach the stretch takes both in
    expect(reach('page').some((e) => e.includes('依然严峻复杂。会议要求'))).toBe(true);
    expect(reach('sentence').some((e) => e.includes('依然严峻复杂。会议要求'))).toBe(false);
  });
});
