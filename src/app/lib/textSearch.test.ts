import { describe, expect, it } from 'vitest';
import { toSearchEntry } from '../../schema';
import { prepareBodies, searchBodies, snippetAt } from './textSearch';

// made-up bodies: one Traditional, one Simplified, one without the word
const bodies = prepareBodies([
  toSearchEntry({ id: 'tw', clean: '4月3日，台中市召開防疫會議。\n\n會議要求，各級領導幹部要守土有責。' }),
  toSearchEntry({ id: 'cn', clean: '5月9日，洛阳市召开会议。会议强调，领导干部要靠前指挥。' }),
  toSearchEntry({ id: 'none', clean: '会议研究部署冬季防控工作。' }),
]);

describe('searchBodies', () => {
  it('finds a Simplified query in a Traditional body and the reverse, snippets as published', () => {
    const a = searchBodies(bodies, '领导干部');
    expect([...a.keys()]).toEqual(['tw', 'cn']);
    expect(a.get('tw')).toContain('領導幹部');
    const b = searchBodies(bodies, '領導幹部');
    expect([...b.keys()]).toEqual(['tw', 'cn']);
    expect(b.get('cn')).toContain('领导干部');
  });

  it('ignores case and surrounding space, and an empty query finds nothing', () => {
    const latin = prepareBodies([{ id: 'x', text: '推进 COVID-19 疫苗接种' }]);
    expect(searchBodies(latin, '  covid-19 ').has('x')).toBe(true);
    expect(searchBodies(latin, '   ').size).toBe(0);
  });

  it('collapses layout whitespace in the stored body', () => {
    expect(toSearchEntry({ id: 'a', clean: ' 甲\n\n乙  丙 ' }).text).toBe('甲 乙 丙');
  });
});

describe('snippetAt', () => {
  const text = '一二三四五六七八九十'.repeat(10);
  it('keeps context around the match and marks the cuts', () => {
    const s = snippetAt(text, 50, 2);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain(text.slice(50, 52));
    expect(s.length).toBeLessThan(60);
  });
  it('does not add ellipses at the ends of the body', () => {
    expect(snippetAt('短文', 0, 2)).toBe('短文');
  });
  it('does not split a surrogate pair', () => {
    // the context window starts exactly on the low half of 𠀀
    const t = 'x'.repeat(20) + '𠀀' + 'z'.repeat(15) + '会议' + 'y'.repeat(5);
    const s = snippetAt(t, t.indexOf('会议'), 2);
    expect(s.startsWith('…𠀀z')).toBe(true);
  });
});
