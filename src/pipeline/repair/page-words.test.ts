import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { conventions } from '../passes/damage';
import { findSuspectRuns } from './detect';
import { judgeMojibake } from './mojibake';
import { pageWords } from './page-words';
import { clauseInitial } from './segment';

/** `sentence` with one byte of `ch`'s GBK encoding lost (0: its lead byte, 1: its trail byte). */
const damage = (sentence: string, ch: string, which: 0 | 1) => {
  const bytes = iconv.encode(sentence, 'gbk');
  const at = iconv.encode(sentence.slice(0, sentence.indexOf(ch)), 'gbk').length + which;
  return new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
};

/** The best reading of the first damaged run of a page. */
const bestReading = (page: string) => {
  const run = findSuspectRuns(page)[0]!;
  return judgeMojibake(page, run.start, conventions(page, 'hans'), run.end)!.ranked[0]!.out;
};

describe('page words', () => {
  const page = '市委书记韩永胜出席会议。韩永胜强调，要落实属地责任，要压实部门责任。\n';

  it('holds the words of the page, more probable than the lexicon alone makes them', () => {
    const words = pageWords(page, []);
    expect(words.has('落实')).toBe(true);
    expect(words.has('强调')).toBe(true);
    expect(words.has('疫情')).toBe(false);
  });

  it('takes a stretch the lexicon splits (a name) as a word only when the page repeats it', () => {
    expect(pageWords(page, []).has('韩永胜')).toBe(true);
    expect(pageWords('市委书记韩永胜出席会议。\n', []).has('韩永胜')).toBe(false);
  });

  it('knows which characters start the clauses of the page', () => {
    const words = pageWords(page, []);
    expect(words.get(clauseInitial('要'))).toBeGreaterThan(words.get('要')!);
  });

  it('leaves out the stretches given (the damage, whose garbage must not vouch for itself)', () => {
    const text = '要落实属地责任。';
    expect(pageWords(text, [{ start: 1, end: 3 }]).has('落实')).toBe(false);
    expect(pageWords(text, []).has('落实')).toBe(true);
  });
});

describe('repair with the page as context', () => {
  it('restores a name the page gives elsewhere, which the lexicon cannot guess', () => {
    const damaged = damage('会议由市委副书记郑卫红主持。', '郑', 0);
    expect(bestReading(damaged + '\n')).not.toContain('郑卫红');
    const page = '市委副书记郑卫红出席会议并讲话，郑卫红强调，要压实责任。\n' + damaged + '\n';
    expect(bestReading(page)).toBe('郑卫红主持。');
  });

  it('prefers the page’s own word when the bytes allow a commoner one (落实 over 事实)', () => {
    const damaged = damage('会议要求落实四方责任。', '落', 1);
    expect(bestReading(damaged + '\n')).not.toMatch(/^落实/);
    const page = '会议强调，要落实属地责任，落实部门责任。\n' + damaged + '\n';
    expect(bestReading(page)).toMatch(/^落实四方责任/);
  });
});
