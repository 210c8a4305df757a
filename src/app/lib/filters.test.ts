import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../schema';
import { NO_FILTERS } from '../store';
import { filterIndex, placeKey, provinceKey, reportDate } from './filters';
import { findMatches, toSearchForm } from './normalizeSearch';

const r = (id: string, title: string, province: string | null, name: string, date: string | null): ReportSummary => ({
  id,
  title,
  publishedAt: date ? `${date}T09:30` : null,
  meetingDate: null,
  place: province ? { province, name, level: 'city' } : null,
});

const index = [
  r('a', '贵阳市疫情防控领导小组召开会议', '贵州', '贵阳市', '2022-04-02'),
  r('b', '桂林市疫情防控領導小組會議', '廣西', '桂林', '2021-12-30'),
  r('c', '遵义市召开指挥部会议', '贵州', '遵义', '2022-05-10'),
  r('d', '无地点的报道', null, '', null),
];
const ids = (f: Partial<typeof NO_FILTERS>) => filterIndex(index, { ...NO_FILTERS, ...f }).map((x) => x.id);

describe('filters', () => {
  it('keys places in Simplified short form', () => {
    expect(placeKey({ province: '廣西', name: '桂林市' })).toBe('广西/桂林');
    expect(provinceKey('贵州省')).toBe('贵州/*');
  });

  it('filters by city, by whole province, by date range and combined', () => {
    expect(ids({ places: ['贵州/贵阳'] })).toEqual(['a']);
    expect(ids({ places: ['贵州/*'] })).toEqual(['a', 'c']);
    expect(ids({ places: ['贵州/遵义', '广西/桂林'] })).toEqual(['b', 'c']);
    expect(ids({ from: '2022-01-01' })).toEqual(['a', 'c']);
    expect(ids({ from: '2022-01-01', to: '2022-04-30' })).toEqual(['a']);
    expect(ids({ places: ['贵州/*'], to: '2022-04-30' })).toEqual(['a']);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('searches across scripts both ways', () => {
    expect(ids({ query: '领导' })).toEqual(['a', 'b']);
    expect(ids({ query: '領導' })).toEqual(['a', 'b']);
    expect(ids({ query: '廣西' })).toEqual(['b']);
  });

  it('falls back to the published day when the meeting date is unknown', () => {
    expect(reportDate({ meetingDate: '2022-01-02', publishedAt: '2022-01-03T08:00' })).toBe('2022-01-02');
    expect(reportDate({ meetingDate: null, publishedAt: '2022-01-03T08:00' })).toBe('2022-01-03');
  });
});

describe('search form', () => {
  it('keeps offsets so matches highlight in the published text', () => {
    const text = '會議強調，各級領導幹部要靠前指揮。';
    expect(toSearchForm(text)).toHaveLength(text.length);
    const [m] = findMatches(text, '领导');
    expect(m && text.slice(m[0], m[1])).toBe('領導');
    expect(findMatches(text, '  ')).toEqual([]);
  });

  it('lets a report through on a text hit from the search worker, still under the other filters', () => {
    const hits = new Map([['c', '…落实属地责任…']]);
    expect(filterIndex(index, { ...NO_FILTERS, query: '属地责任' }, {}, hits).map((x) => x.id)).toEqual(['c']);
    expect(filterIndex(index, { ...NO_FILTERS, query: '属地责任' }).map((x) => x.id)).toEqual([]);
    // the title still matches on its own
    expect(filterIndex(index, { ...NO_FILTERS, query: '領導' }, {}, hits).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(
      filterIndex(index, { ...NO_FILTERS, query: '属地责任', places: ['贵州/贵阳'] }, {}, hits).map((x) => x.id),
    ).toEqual([]);
  });
});
