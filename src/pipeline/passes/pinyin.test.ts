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

  it('removes readings written other ways: capitalised, tone numbers, square brackets, set apart by blanks', () => {
    expect(run('會議強(Qiáng)調(Diào)')).toBe('會議強調');
    expect(run('強(qiang2)調(diao4)，綠(lv4)色')).toBe('強調，綠色');
    expect(run('嚴[yán]格')).toBe('嚴格');
    expect(run('會議強 (qiáng) 調 (diào)，要')).toBe('會議強調，要');
  });

  it("removes one bracket of a word's readings only when each is its character's", () => {
    expect(run('會議強調(qiáng diào)，要')).toBe('會議強調，要');
    expect(run('會議強調(qiáng dào)，要')).toBe('會議強調(qiáng dào)，要');
    expect(run('検査(ni3)')).toBe('検査(ni3)');
  });

  it('removes a toneless reading only when the dictionary gives it for the character', () => {
    expect(run('我們(men)的(de)')).toBe('我們的');
    expect(run('會(hui)議(yi)加強(qiang)')).toBe('會議加強');
    expect(run('的(de0)生活')).toBe('的生活');
    expect(run('会(ni)议')).toBe('会(ni)议');
    expect(run('方案(a)')).toBe('方案(a)');
    expect(run('目标(men)')).toBe('目标(men)');
  });

  it('removes a word’s syllables run together when they are its characters’ readings', () => {
    expect(run('各級領導(lǐngdǎo)要做好防控(fang2kong4)工作')).toBe('各級領導要做好防控工作');
    expect(run('中心(zhōngxīn)')).toBe('中心');
    // not the characters' readings: a gloss or a name, left alone
    expect(run('中心(zhōngguó)')).toBe('中心(zhōngguó)');
  });

  it('reads tone marks written as combining characters, and IPA’s ɡ and ɑ', () => {
    expect(run('加強(qia\u0301ng)領(li\u030cng)導')).toBe('加強領導');
    expect(run('加強(qiánɡ)領(lǐnɡ)導')).toBe('加強領導');
    expect(run('要(y\u0251\u0300o)加強')).toBe('要加強');
  });

  it('removes a tone-marked syllable after a damaged character but notes the mismatch', () => {
    const edits = pinyinPass.run('瑺(zhēng)取', ctx);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.note).toMatch(/not a reading/);
  });

  it('leaves genuine brackets alone', () => {
    for (const s of ['黨(工)委', '乡镇(街道)', '(記者黃鷺)', '政府(管委會)', '回复(0)', '检测(PCR)', '区(ok)']) {
      expect(run(s)).toBe(s);
    }
  });
});
