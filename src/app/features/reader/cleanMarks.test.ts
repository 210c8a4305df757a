import { describe, expect, it } from 'vitest';
import { markRanges } from './cleanMarks';

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
});
