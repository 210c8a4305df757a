import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, registerUrlKey } from './urlState';

describe('URL state', () => {
  it('round-trips a full view', () => {
    const state = {
      r: '017_abc',
      place: ['广东/深圳', '四川/*'],
      from: '2022-01-01',
      to: '2022-03-31',
      q: '領導 小组',
      script: 'tw' as const,
      tab: 'directives' as const,
    };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });

  it('leaves defaults out of the link', () => {
    expect(formatUrlState(parseUrlState(''))).toBe('');
  });

  it('drops invalid values instead of failing', () => {
    const u = parseUrlState('?from=yesterday&script=klingon&tab=admin&place=nowhere,湖南/长沙&r=');
    expect(u).toEqual({
      r: null,
      place: ['湖南/长沙'],
      from: null,
      to: null,
      q: '',
      script: 'published',
      tab: 'reader',
    });
  });

  it('adds registered keys and refuses to shadow core ones', () => {
    expect(formatUrlState(parseUrlState('?r=x'), { sort: 'date:desc', empty: null })).toBe('?r=x&sort=date%3Adesc');
    expect(() => registerUrlKey({ name: 'q', read: () => null, apply: () => {} })).toThrow();
  });
});
