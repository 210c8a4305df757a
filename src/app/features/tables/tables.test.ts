import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableRowsEntry } from '../../../schema';
import { toPeople } from './people';
import { filterRows, orderRows, reportMask } from './query';
import { MEETING, toAttendeeRows, toDirectiveRows } from './rows';
import { attendeeSpec, directiveSpec, personSpec } from './specs';
import { titleKeyword } from './titleKeyword';

// Made-up reports: a Traditional one from Guangdong, a Simplified one from Sichuan, one without place or date.
const entries: TableRowsEntry[] = [
  {
    id: 'a',
    title: '市疫情防控領導小組會議',
    place: { name: '佛山', province: '广东', level: 'city' },
    meetingDate: '2022-04-02',
    publishedAt: '2022-04-03',
    script: 'hant',
    attendees: [
      { name: '鄭國強', titles: ['市委書記'], role: 'chair' },
      { name: '劉曉東', titles: ['市長'], role: 'attendee' },
    ],
    directives: [
      { text: '要加強組織領導,壓實責任', speaker: null, topics: ['责任落实'] },
      { text: '要做好核酸檢測', speaker: '鄭國強', topics: ['核酸检测'] },
    ],
  },
  {
    id: 'b',
    title: '县疫情防控指挥部会议',
    place: { name: '郫都', province: '四川', level: 'district' },
    meetingDate: '2022-01-10',
    publishedAt: null,
    script: 'hans',
    attendees: [{ name: '周文斌', titles: ['区委书记', '区长'], role: 'chair' }],
    directives: [{ text: '严格隔离管控', speaker: '周文斌', topics: ['隔离管控', '责任落实'] }],
  },
  {
    id: 'c',
    title: '市委常委会会议',
    place: { name: '韶关', province: '广东', level: 'city' },
    meetingDate: null,
    publishedAt: null,
    script: 'hans',
    attendees: [
      { name: '郑国强', titles: ['省委常委'], role: 'attendee' },
      { name: '郑国强', titles: ['省委常委'], role: 'speaker' },
    ],
    directives: [{ text: '强化领导责任', speaker: '郑国强', topics: [] }],
  },
];

const directives = toDirectiveRows(entries);
const attendees = toAttendeeRows(entries);
const noFilter = { reportMask: null, search: '', facets: {} };

describe('directive rows', () => {
  it('fold speakers to Simplified and file meeting directives under 会议', () => {
    expect(directives.map((d) => d.speakerKey)).toEqual([MEETING, '郑国强', '周文斌', '郑国强']);
    expect(directives[0]!.placeKey).toBe('广东/佛山');
  });

  it('find Traditional text with a Simplified search, and Simplified text with a Traditional one', () => {
    const hans = filterRows(directives, directiveSpec, { ...noFilter, search: '领导' });
    expect(orderRows(directives, directiveSpec, hans.pass, hans.count, null).map((d) => d.text)).toEqual([
      '要加強組織領導,壓實責任',
      '强化领导责任',
    ]);
    expect(filterRows(directives, directiveSpec, { ...noFilter, search: '隔離' }).count).toBe(1);
  });

  it('apply the shared report mask', () => {
    const mask = reportMask(entries, (e) => e.place?.province === '广东');
    expect(filterRows(directives, directiveSpec, { ...noFilter, reportMask: mask }).count).toBe(3);
  });

  it('count facet values against the other filters only', () => {
    const r = filterRows(directives, directiveSpec, { ...noFilter, facets: { topic: ['责任落实'] } });
    expect(r.count).toBe(2);
    // the topic facet still shows 核酸检测 (selecting it too would add that row)
    expect(r.facetCounts.topic!.get('核酸检测')).toBe(1);
    expect(r.facetCounts.speaker!.get(MEETING)).toBe(1);
    expect(r.facetCounts.speaker!.get('郑国强')).toBeUndefined();
    const both = filterRows(directives, directiveSpec, {
      ...noFilter,
      facets: { topic: ['责任落实'], place: ['四川/郫都'] },
    });
    expect(both.count).toBe(1);
  });
});

describe('ordering', () => {
  it('sorts by date both ways with unknown dates last, and keeps row order for ties', () => {
    const all = filterRows(directives, directiveSpec, noFilter);
    const asc = orderRows(directives, directiveSpec, all.pass, all.count, { id: 'date', desc: false });
    expect(asc.map((d) => d.date)).toEqual(['2022-01-10', '2022-04-02', '2022-04-02', null]);
    expect(asc.slice(1, 3).map((d) => d.key)).toEqual([0, 1]);
    const desc = orderRows(directives, directiveSpec, all.pass, all.count, { id: 'date', desc: true });
    expect(desc.map((d) => d.date)).toEqual(['2022-04-02', '2022-04-02', '2022-01-10', null]);
    expect(desc.slice(0, 2).map((d) => d.key)).toEqual([0, 1]);
  });

  it('orders only the rows that pass', () => {
    const r = filterRows(directives, directiveSpec, { ...noFilter, facets: { speaker: ['郑国强'] } });
    const rows = orderRows(directives, directiveSpec, r.pass, r.count, { id: 'date', desc: true });
    expect(rows.map((d) => d.reportId)).toEqual(['a', 'c']);
  });
});

describe('attendees and people', () => {
  it('facet titles by their head', () => {
    expect(titleKeyword('市委書記')).toBe('书记');
    expect(titleKeyword('区委副书记')).toBe('副书记');
    expect(titleKeyword('常务副市长')).toBe('常务副市长');
    const r = filterRows(attendees, attendeeSpec, { ...noFilter, facets: { title: ['书记'] } });
    expect(r.count).toBe(2);
  });

  it('merge one name across scripts within a province, once per meeting, with titles over time', () => {
    const people = toPeople(attendees);
    const zheng = people.find((p) => p.nameKey === '郑国强')!;
    expect(zheng.meetings).toBe(2);
    expect(zheng.chaired).toBe(1);
    expect(zheng.titles).toEqual(['市委書記', '省委常委']);
    expect(zheng.titleSteps).toEqual([['市委書記'], ['省委常委']]);
    // titles held at one meeting are one step, not a succession
    expect(people.find((p) => p.nameKey === '周文斌')!.titleSteps).toEqual([['区委书记', '区长']]);
    expect(zheng.first).toBe('2022-04-02');
    expect(people).toHaveLength(3);
    const chairs = people.filter((p) => p.chaired > 0).map((p) => p.nameKey);
    expect(chairs.sort()).toEqual(['周文斌', '郑国强'].sort());
  });

  it('take a title written in the other script for the same title, and a province for no place of its own', () => {
    const later = toAttendeeRows([
      {
        ...entries[0]!,
        id: 'e',
        script: 'hans',
        meetingDate: '2022-05-01',
        place: { name: '广东', province: '广东', level: 'province' },
        attendees: [{ name: '郑国强', titles: ['市委书记', '省委常委'], role: 'attendee' }],
        directives: [],
      },
    ]);
    const zheng = toPeople([...attendees, ...later]).find((p) => p.nameKey === '郑国强')!;
    expect(zheng.titleSteps).toEqual([['市委書記'], ['省委常委']]);
    expect(zheng.places).toEqual(['广东 · 佛山', '广东 · 韶关']);
  });

  it('keep namesakes of different provinces apart', () => {
    const other = toAttendeeRows([
      { ...entries[1]!, id: 'd', attendees: [{ name: '鄭國強', titles: ['县长'], role: 'chair' }] },
    ]);
    const people = toPeople([...attendees, ...other]);
    expect(people.filter((p) => p.nameKey === '郑国强')).toHaveLength(2);
    const r = filterRows(people, personSpec, { ...noFilter, facets: { place: ['四川/郫都'] } });
    expect(r.count).toBe(2);
  });
});

describe('ordering, against a plain sort', () => {
  it('gives the stable sort of the passing rows, unknown keys last, both ways', () => {
    interface Row {
      search: string;
      k: string | null;
      n: number;
    }
    const spec = { sortKeys: { k: (r: Row) => r.k, n: (r: Row) => r.n }, facets: {} };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ k: fc.option(fc.constantFrom('a', 'b', '領', '领', ''), { nil: null }), n: fc.integer() }),
        ),
        fc.boolean(),
        fc.constantFrom('k', 'n'),
        (raw, desc, id) => {
          const rows: Row[] = raw.map((r) => ({ ...r, search: '' }));
          const pass = new Uint8Array(rows.map((_, i) => (i % 3 === 2 ? 0 : 1)));
          const count = pass.reduce((a, b) => a + b, 0);
          const got = orderRows(rows, spec, pass, count, { id, desc });
          const key = (r: Row) => (id === 'k' ? (r.k === '' ? null : r.k) : r.n);
          const kept = rows.filter((_, i) => pass[i]);
          const known = kept.filter((r) => key(r) !== null);
          const expected = [
            ...known
              .map((r, i) => ({ r, i }))
              .sort((a, b) => {
                const x = key(a.r)!;
                const y = key(b.r)!;
                const c = x < y ? -1 : x > y ? 1 : 0;
                return (desc ? -c : c) || a.i - b.i;
              })
              .map((e) => e.r),
            ...kept.filter((r) => key(r) === null),
          ];
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
