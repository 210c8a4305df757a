import { describe, expect, it } from 'vitest';
import { monthBuckets, monthEnd } from './months';

describe('month buckets', () => {
  it('counts per month and fills empty months across a year end', () => {
    const r = (meetingDate: string | null, publishedAt: string | null = null) => ({
      id: String(Math.random()),
      title: null,
      place: null,
      meetingDate,
      publishedAt,
    });
    expect(monthBuckets([r('2021-11-03'), r(null, '2022-02-10T08:00'), r('2021-11-30'), r(null)])).toEqual([
      { month: '2021-11', count: 2 },
      { month: '2021-12', count: 0 },
      { month: '2022-01', count: 0 },
      { month: '2022-02', count: 1 },
    ]);
    expect(monthBuckets([])).toEqual([]);
  });

  it('knows month lengths, leap years included', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2022-02')).toBe('2022-02-28');
    expect(monthEnd('2022-12')).toBe('2022-12-31');
  });
});
