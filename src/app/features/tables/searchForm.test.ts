import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSearchForm } from '../../lib/normalizeSearch';
import { searchForm, searchFormMany } from './searchForm';

describe('searchForm', () => {
  it('folds Traditional to Simplified and lowers case, keeping the length', () => {
    expect(searchForm('市疫情防控領導小組 COVID-19 會議')).toBe('市疫情防控领导小组 covid-19 会议');
    expect(searchForm('')).toBe('');
    const long = '鄭國強'.repeat(5000);
    expect(searchForm(long)).toBe('郑国强'.repeat(5000));
  });

  it('agrees with the shared toSearchForm on CJK and ASCII text', () => {
    const chars = [...'領導組織壓實責任會議強調隔離檢測鄭國強劉曉東书记市长ABCxyz 0,。、'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (xs) => {
        const s = xs.join('');
        expect(searchForm(s)).toBe(toSearchForm(s));
      }),
    );
  });

  it('folds many strings at once exactly as one by one', () => {
    const xs = ['領導', '', 'ABC會議', '\u0000鄭'];
    expect(searchFormMany(xs)).toEqual(xs.map(searchForm));
    expect(searchFormMany([])).toEqual([]);
  });
});
