import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { pinyinPass } from './pinyin';

const ctx = { original: '', script: 'hans' as const };
const run = (text: string) => applyEdits(text, pinyinPass.run(text, ctx));

describe('pinyinPass', () => {
  it('removes tone-marked readings after Traditional and Simplified characters', () => {
    expect(run('疫(yì)情(qíng)防(fáng)控(kòng)')).toBe('疫情防控');
    expect(run('綠(lǜ)色(sè)通(tōng)道(dào)')).toBe('綠色通道');
  });

  it('tolerates a stray blank inside the brackets and full-width brackets', () => {
    expect(run('會(huì )議')).toBe('會議');
    expect(run('部（bù）署（ shǔ）')).toBe('部署');
  });

  it('removes a toneless reading only when the dictionary gives it for the character', () => {
    expect(run('我們(men)的(de)')).toBe('我們的');
    expect(run('方案(a)')).toBe('方案(a)');
    expect(run('目标(men)')).toBe('目标(men)');
  });

  it('removes a tone-marked syllable after a damaged character but notes the mismatch', () => {
    const edits = pinyinPass.run('瑺(zhēng)取', ctx);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.note).toMatch(/not a reading/);
  });

  it('leaves genuine brackets alone', () => {
    for (const s of [
      '黨(工)委',
      '乡镇(街道)',
      '(記者黃鷺)',
      '政府(管委會)',
      '回复(0)',
      '检测(PCR)',
      '中心(zhōngxīn)',
      '区(ok)',
    ]) {
      expect(run(s)).toBe(s);
    }
  });
});
