import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { conventions, damagePass } from '../passes/damage';
import { applyEdits } from '../edits';
import { addCounts, corpusWithout, emptyCounts, reportCounts } from './corpus';
import { findSuspectRuns } from './detect';
import { foldFullWidth, judgeMojibake } from './mojibake';

const code = (ch: string) => ch.charCodeAt(0);

/** `sentence` with the lead byte of `ch`'s GBK encoding lost. */
const damage = (sentence: string, ch: string) => {
  const bytes = iconv.encode(sentence, 'gbk');
  const at = iconv.encode(sentence.slice(0, sentence.indexOf(ch)), 'gbk').length;
  return new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
};

const collection = (...texts: string[]) => {
  const counts = texts.map((t) => reportCounts(t, []));
  const total = emptyCounts();
  for (const c of counts) addCounts(total, c);
  return { total, counts };
};

describe('the collection as evidence', () => {
  it('gives each report the counts of the others only', () => {
    const { total, counts } = collection('市委书记韩永胜出席会议。', '县委书记王进江讲话。');
    const forFirst = corpusWithout(total, counts[0]);
    expect(forFirst.chars.pair(code('进'), code('江'))).toBe(1);
    expect(forFirst.chars.pair(code('永'), code('胜'))).toBe(0);
    expect(forFirst.chars.pair(code('书'), code('记'))).toBe(1);
    expect(forFirst.words.get('讲话')).toBe(1);
    expect(forFirst.words.get('出席')).toBe(0);
    // a report outside the collection sees all of it
    expect(corpusWithout(total, undefined).chars.pair(code('书'), code('记'))).toBe(2);
  });

  it('leaves out a report’s damage, which must not vouch for any reading of it', () => {
    const text = '要落实属地责任。乱码乱码';
    const counts = reportCounts(text, [{ start: 8, end: 12 }]);
    expect(counts.words.get('落实')).toBe(1);
    expect(counts.chars.pairs.get(code('乱') * 65536 + code('码'))).toBeUndefined();
  });

  it('restores a name the page never gives whole, from another report of the collection', () => {
    const damaged = damage('\u3000\u3000会议由县委副书记郑卫红主持。', '郑');
    const page =
      '\u3000\u30003月5日，县委召开疫情防控工作会议。\n' +
      damaged +
      '\n\u3000\u3000会议要求，要严格落实各项防控措施。\n';
    const other = '\u3000\u3000县委副书记郑卫红出席会议并讲话。郑卫红强调，要压实四方责任。\n';
    const { total } = collection(other);
    const best = (corpus?: ReturnType<typeof corpusWithout>) => {
      const run = findSuspectRuns(page).find((r) => r.end > page.indexOf(damaged))!;
      return judgeMojibake(page, run.start, conventions(page, 'hans', corpus), run.end)!.ranked[0]!.out;
    };
    expect(best()).not.toContain('郑卫红');
    expect(best(corpusWithout(total, undefined))).toContain('郑卫红主持。');
  });
});

describe('a verbatim copy in another report (a mirror)', () => {
  const sentence = '\u3000\u3000要压紧压实属地、部门、单位、个人四方责任，织密织牢防控网。';
  const page = (body: string) =>
    `某县召开疫情防控工作会议\n\n\u3000\u30003月5日，县委书记主持召开会议。\n${body}\n\u3000\u3000会议要求，要严格落实各项防控措施。\n`;
  // the trail byte of the first 压 lost: the model reads 把紧压实, a reading the bytes allow as well
  const bytes = iconv.encode(sentence, 'gbk');
  const at = iconv.encode(sentence.slice(0, sentence.indexOf('压')), 'gbk').length + 1;
  const damaged = page(new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)])));
  // a report with the sentence whose line before it ends otherwise: no copy of the damaged stretch's bytes
  const similar = (body: string) => page(body).replace('召开会议。', '召开会议研究部署。');
  const repairs = (...others: string[]) => {
    const { total } = collection(...others);
    const corpus = others.length ? corpusWithout(total, undefined) : undefined;
    return damagePass.run(damaged, { original: damaged, script: 'hans', corpus }).filter((e) => e.tag === 'repaired');
  };

  it('restores the reading another report has word for word, though the model ranks another first', () => {
    expect(repairs()).toEqual([]);
    const [edit] = repairs(similar(sentence));
    expect(edit!.replacement).toMatch(/^压紧压实属地/);
    expect(edit!.note).toMatch(/another report of the collection has these words/);
  });

  it('re-makes the damage from an exact copy, byte for byte', () => {
    const [edit] = repairs(page(sentence));
    expect(applyEdits(damaged, [edit!])).toBe(page(sentence));
    expect(edit!.note).toMatch(/re-made from a copy/);
    expect(edit!.confidence).toBeGreaterThan(0.95);
  });

  it('writes the reading as the page writes, its punctuation folded to ASCII if it folds it', () => {
    const folded = foldFullWidth(damaged);
    const { total } = collection(similar(sentence));
    const corpus = corpusWithout(total, undefined);
    const edits = damagePass.run(folded, { original: folded, script: 'hans', corpus });
    expect(
      applyEdits(
        folded,
        edits.filter((e) => e.tag === 'repaired'),
      ),
    ).toBe(foldFullWidth(page(sentence)));
  });

  it('re-makes nothing from a copy whose words stop before the garbage does', () => {
    const title = '某县召开疫情防控工作会议';
    const b = iconv.encode(title, 'gbk');
    const lost = iconv.encode('某县召开疫情防控工作', 'gbk').length;
    const text = `${new TextDecoder('gbk').decode(Buffer.concat([b.subarray(0, lost), b.subarray(lost + 1)]))}\n\n${sentence}\n`;
    const { total } = collection('\u3000\u3000全县上下扎实做好疫情防控工作。\n');
    const edits = damagePass.run(text, { original: text, script: 'hans', corpus: corpusWithout(total, undefined) });
    for (const e of edits) expect(e.note).not.toMatch(/re-made from a copy/);
  });

  it('re-makes only what GBK can hold: a copy that goes on with a character GBK lacks is no copy of the bytes', () => {
    const copy = page(sentence).replace('防控网。\n', '防控网。\u{1F642}\n');
    for (const e of repairs(copy)) expect(e.replacement).not.toContain('\u{1F642}');
  });

  it('takes no side when other reports have two of the readings', () => {
    const edits = repairs(similar(sentence), similar(sentence.replace('压紧压实', '把紧压实')));
    // (the model may still decide, on the counts: the copies then speak for neither reading)
    for (const e of edits) expect(e.note).not.toMatch(/another report/);
  });

  it('is not vetoed by its own words re-reading well one byte off (抓好春节: 好春), which is no leftover', () => {
    const truth = '\u3000\u3000会议强调，要抓好春节期间疫情防控工作，确保群众过一个安定祥和的节日。';
    const b = iconv.encode(truth, 'gbk');
    const lost = iconv.encode(truth.slice(0, truth.indexOf('议')), 'gbk').length;
    const text = page(new TextDecoder('gbk').decode(Buffer.concat([b.subarray(0, lost), b.subarray(lost + 1)])));
    const { total } = collection(similar(truth));
    const edits = damagePass.run(text, { original: text, script: 'hans', corpus: corpusWithout(total, undefined) });
    expect(
      applyEdits(
        text,
        edits.filter((e) => e.tag === 'repaired'),
      ),
    ).toBe(page(truth));
  });
});
