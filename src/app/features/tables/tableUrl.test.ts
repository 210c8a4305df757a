import { describe, expect, it } from 'vitest';
import { formatFacets, formatSort, parseFacets, parseSort } from './tableUrl';

describe('table URL keys', () => {
  it('leave the default sort out and round-trip the others', () => {
    expect(formatSort({ id: 'date', desc: true }, 'directives')).toBeNull();
    expect(formatSort({ id: 'date', desc: false }, 'directives')).toBe('date.asc');
    expect(parseSort('date.asc', 'directives')).toEqual({ id: 'date', desc: false });
    expect(parseSort('chaired.desc', 'people')).toEqual({ id: 'chaired', desc: true });
    expect(parseSort(null, 'people')).toEqual({ id: 'meetings', desc: true });
  });

  it('drop sorts and facets a table does not have, instead of failing', () => {
    expect(parseSort('chaired.desc', 'directives')).toEqual({ id: 'date', desc: true });
    expect(parseSort('date;drop table', 'directives')).toEqual({ id: 'date', desc: true });
    expect(parseFacets('role~chair;bogus~x;topic', 'attendees')).toEqual({ role: ['chair'] });
  });

  it('round-trip facet selections with Chinese values and place keys', () => {
    const facets = { topic: ['核酸检测', '隔离管控'], place: ['广东/佛山'], speaker: [] };
    const text = formatFacets(facets);
    expect(text).toBe('topic~核酸检测,隔离管控;place~广东/佛山');
    expect(parseFacets(text, 'directives')).toEqual({ topic: ['核酸检测', '隔离管控'], place: ['广东/佛山'] });
    expect(formatFacets({ topic: [] })).toBeNull();
  });
});
