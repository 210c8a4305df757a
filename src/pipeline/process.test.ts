import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processCollection, processText, type RawFile } from './process';
import { foldToSimplified } from './script';

const file = (id: string, content: string | Uint8Array): RawFile => ({
  id,
  sourceFile: `${id}.txt`,
  read: () => (typeof content === 'string' ? new TextEncoder().encode(content) : content),
});

/** `sentence` with the lead byte of `ch`'s GBK encoding lost. */
const damage = (sentence: string, ch: string) => {
  const bytes = iconv.encode(sentence, 'gbk');
  const at = iconv.encode(sentence.slice(0, sentence.indexOf(ch)), 'gbk').length;
  return new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
};

const damagedPage = `某县召开疫情防控工作会议\n\n\u3000\u30003月5日，县委书记主持召开会议。\n${damage('\u3000\u3000会议由县委副书记郑卫红主持。', '郑')}\n\u3000\u3000会议要求，要严格落实各项防控措施。\n`;
const otherPage =
  '某县疫情防控指挥部召开调度会\n\n\u3000\u3000县委副书记郑卫红出席会议并讲话。郑卫红强调，要压实四方责任。\n\u3000\u3000郑卫红要求，各乡镇要严格落实防控措施。\n';

const repairsOf = (files: RawFile[], id: string) => {
  for (const o of processCollection(files))
    if (o.file.id === id && 'report' in o) return o.report.edits.filter((e) => e.kind === 'mojibake');
  throw new Error(`no report ${id}`);
};

describe('processCollection', () => {
  it('repairs a damaged report with the rest of its collection as evidence', () => {
    const alone = repairsCase(repairsOf([file('b', damagedPage)], 'b'));
    expect(alone).not.toContain('郑卫红主持。');
    const together = repairsCase(repairsOf([file('a', otherPage), file('b', damagedPage)], 'b'));
    expect(together).toContain('郑卫红主持。');
  });

  it('gives every file one outcome, with its place in the list, errors included', () => {
    const files = [file('b', damagedPage), file('empty', ''), file('a', otherPage)];
    const outcomes = [...processCollection(files)];
    expect(outcomes.map((o) => o.index).sort()).toEqual([0, 1, 2]);
    expect(outcomes.map((o) => o.file.id).sort()).toEqual(['a', 'b', 'empty']);
    expect(outcomes.find((o) => o.file.id === 'empty')).toHaveProperty('error');
    // the damaged report comes last, after its second look
    expect(outcomes.at(-1)!.file.id).toBe('b');
  });

  it('reads each file once when nothing in the collection is damaged', () => {
    let reads = 0;
    const counted = (f: RawFile): RawFile => ({ ...f, read: () => (reads++, f.read()) });
    const outcomes = [
      ...processCollection([counted(file('a', otherPage)), counted(file('c', otherPage.replace('郑卫红', '王进江')))]),
    ];
    expect(outcomes).toHaveLength(2);
    expect(reads).toBe(2);
  });
});

const repairsCase = (edits: Array<{ tag?: string; replacement: string }>) =>
  edits.filter((e) => e.tag === 'repaired').map((e) => e.replacement);

describe("Hong Kong's and Taiwan's own character forms", () => {
  const r = processText(
    'hk',
    'hk.txt',
    [
      '區委召開疫情防控工作會議',
      '3月7日，區委書記黃志強主持召開會議，以綫上形式部署防疫工作。區衞健委主任陳嘉欣出席。',
      '黃志強强調，各部門要切實做好快速檢測包派發工作。',
    ].join('\n'),
  );
  it('are no damage (衞, 綫 are what those places write)', () => {
    expect(r.edits.filter((e) => e.kind === 'damage' || e.kind === 'mojibake')).toEqual([]);
  });
  it('fold for matching like the standard forms (區衞健委主任 is a title)', () => {
    expect(r.attendees.map((a) => [a.name, a.titles.join('|')])).toContainEqual(['陳嘉欣', '區衞健委主任']);
    expect(foldToSimplified('衞綫敍裡')).toBe('卫线叙里');
    // a variant pair of two Simplified forms is no fold: 么 stays 么
    expect(foldToSimplified('什么')).toBe('什么');
  });
});
