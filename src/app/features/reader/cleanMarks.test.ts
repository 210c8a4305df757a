import { describe, expect, it } from 'vitest';
import { describeEdit } from './editDescription';
import { markRanges, repairSpans } from './cleanMarks';

const report = {
  attendees: [{ name: '林秀英', titles: ['市委书记'], role: 'chair' as const }],
  directives: [{ text: '各級領導幹部要靠前指揮', speaker: null, topics: [] }],
};

describe('clean pane marks', () => {
  it('marks attendees and directives across scripts, with nesting', () => {
    const p = '會議由林秀英主持。會議強調，各級領導幹部要靠前指揮，林秀英要求落實。';
    const pieces = markRanges(p, report, '', true);
    expect(pieces.map((x) => x.text).join('')).toBe(p);
    expect(pieces.filter((x) => x.marks.includes('attendee')).map((x) => x.text)).toEqual(['林秀英', '林秀英']);
    expect(pieces.find((x) => x.marks.includes('directive'))?.text).toBe('各級領導幹部要靠前指揮');
    expect(pieces.find((x) => x.marks.includes('attendee'))?.hint).toBe('林秀英 · 市委书记');
  });

  it('marks search hits in the published script and can switch marks off', () => {
    const p = '各級領導幹部要靠前指揮';
    const pieces = markRanges(p, report, '领导', false);
    expect(pieces.map((x) => [x.text, x.marks])).toEqual([
      ['各級', []],
      ['領導', ['hit']],
      ['幹部要靠前指揮', []],
    ]);
  });

  it('marks what the pipeline repaired and what it left damaged, in the cleaned text, even with marks off', () => {
    const original = '頁頭\n\n確;颊呱踩K抓實。嚴管?控。';
    const edits = [
      { start: 0, end: 4, replacement: '', kind: 'boilerplate' as const },
      { start: 4, end: 10, replacement: '確;颊呱踩K', kind: 'damage' as const, tag: 'unrepaired' },
      { start: 15, end: 16, replacement: '嚴', kind: 'damage' as const, confidence: 0.97 },
    ];
    const clean = '確;颊呱踩K抓實。嚴管嚴控。';
    const spans = repairSpans({ original, edits });
    expect(spans.map((r) => [clean.slice(r.start, r.end), r.unrepaired])).toEqual([
      ['確;颊呱踩K', true],
      ['嚴', false],
    ]);
    const hints = { repaired: 'guess', unrepaired: 'damaged' };
    const pieces = markRanges(clean, report, '', false, { at: 0, spans, hints });
    expect(pieces.filter((x) => x.marks.length).map((x) => [x.text, x.marks, x.hint])).toEqual([
      ['確;颊呱踩K', ['unrepaired'], 'damaged'],
      ['嚴', ['repaired'], 'guess (97%)'],
    ]);
  });

  it('describes damage left as it was as unrepaired, not as a repair into itself', () => {
    const e = { start: 0, end: 3, replacement: '颊呱踩', kind: 'damage' as const, tag: 'unrepaired' };
    const lines = describeEdit(e, 'en', '颊呱踩').lines.join(' ');
    expect(lines).toContain('left as it is');
    expect(lines).not.toContain('repaired as');
    expect(describeEdit({ ...e, replacement: '確保' }, 'en', '颊呱踩').lines.join(' ')).toContain('repaired as');
  });
});
