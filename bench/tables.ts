/**
 * Table queries at research scale: 300k directive rows and 300k attendee rows from synthetic reports.
 * Prints timings, never asserts them (machines differ). Run: `npx tsx bench/tables.ts`, or call
 * `benchTables()` from the bench runner.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createTable, getCoreRowModel } from '@tanstack/table-core';
import type { TableRowsEntry } from '../src/schema';
import { matchesDates, matchesPlaces } from '../src/app/lib/filters';
import { toPeople } from '../src/app/features/tables/people';
import { filterRows, orderRows, reportMask } from '../src/app/features/tables/query';
import { toAttendeeRows, toDirectiveRows } from '../src/app/features/tables/rows';
import { attendeeSpec, directiveSpec, personSpec } from '../src/app/features/tables/specs';

const PLACES = [
  ['河北', '保定'],
  ['广东', '佛山'],
  ['四川', '绵阳'],
  ['湖南', '岳阳'],
  ['浙江', '温州'],
  ['辽宁', '鞍山'],
  ['云南', '曲靖'],
  ['甘肃', '天水'],
] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐許鄭劉陳';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英華國強東';
const TITLES = ['市委书记', '市长', '市委副书记', '副市长', '市人大常委会主任', '市政协主席', '市委常委、秘书长'];
const TOPICS = ['核酸检测', '隔离管控', '流调溯源', '物资保障', '责任落实', '宣传舆情', '医疗救治'];
const PHRASES = [
  '要加强组织领导',
  '要严格隔离管控',
  '全力做好核酸检测',
  '壓實屬地責任',
  '強化物資保障',
  '做好宣传引导',
];

/** Deterministic pseudo-random numbers, so runs are comparable. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function syntheticEntries(reports: number, perReport = 10): TableRowsEntry[] {
  const r = rng(42);
  const people = Array.from({ length: 4000 }, () => pick(r, [...SURNAMES]) + pick(r, [...GIVEN]) + pick(r, [...GIVEN]));
  return Array.from({ length: reports }, (_, i) => {
    const [province, name] = pick(r, PLACES);
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 1100) * 86_400_000).toISOString().slice(0, 10);
    const chair = pick(r, people);
    return {
      id: `r${i}`,
      title: `${name}市疫情防控工作领导小组会议`,
      place: { name, province, level: 'city' as const },
      meetingDate: r() < 0.05 ? null : day,
      publishedAt: day,
      script: r() < 0.3 ? ('hant' as const) : ('hans' as const),
      attendees: Array.from({ length: perReport }, (_, j) => ({
        name: j === 0 ? chair : pick(r, people),
        titles: [pick(r, TITLES)],
        role: j === 0 ? ('chair' as const) : ('attendee' as const),
      })),
      directives: Array.from({ length: perReport }, () => ({
        text: `${pick(r, PHRASES)},${pick(r, PHRASES)},确保各项措施落实落细落到位。`,
        speaker: r() < 0.5 ? null : chair,
        topics: [pick(r, TOPICS), pick(r, TOPICS)],
      })),
    };
  });
}

/** Runs `f` `runs` times; prints the first run and the median of the rest (what a user sees once warm). */
function time<T>(label: string, f: () => T, runs = 5): T {
  const ms: number[] = [];
  let out!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = f();
    ms.push(performance.now() - t0);
  }
  const warm = ms.slice(1).sort((a, b) => a - b);
  const median = warm.length ? warm[Math.floor(warm.length / 2)]! : ms[0]!;
  console.log(
    `  ${label.padEnd(56)} first ${ms[0]!.toFixed(1).padStart(8)} ms   median ${median.toFixed(1).padStart(7)} ms`,
  );
  return out;
}

export function benchTables(reports = 30_000): void {
  console.log(
    `tables: ${reports} synthetic reports (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  const entries = time('generate reports', () => syntheticEntries(reports), 1);
  const directives = time('flatten directives (search forms, facet keys)', () => toDirectiveRows(entries), 1);
  const attendees = time('flatten attendees', () => toAttendeeRows(entries), 1);
  console.log(`  → ${directives.length} directive rows, ${attendees.length} attendee rows`);
  const none = { reportMask: null, search: '', facets: {} };

  const mask = time('shared filter mask (one city, one year)', () =>
    reportMask(entries, (e) => matchesPlaces(e, ['广东/佛山']) && matchesDates(e, '2021-01-01', '2021-12-31')),
  );
  const all = time('directives: no filter (+ facet counts)', () => filterRows(directives, directiveSpec, none));
  time('directives: city + year mask', () => filterRows(directives, directiveSpec, { ...none, reportMask: mask }));
  time('directives: search 领导', () => filterRows(directives, directiveSpec, { ...none, search: '领导' }));
  time('directives: search 領導 (Traditional query)', () =>
    filterRows(directives, directiveSpec, { ...none, search: '領導' }),
  );
  const topic = time('directives: topic facet', () =>
    filterRows(directives, directiveSpec, { ...none, facets: { topic: ['核酸检测'] } }),
  );
  time(
    'directives: date sort order, first time (cached after)',
    () => orderRows(directives, directiveSpec, all.pass, all.count, { id: 'date', desc: false }),
    1,
  );
  time(
    'directives: text sort order, first time (cached after)',
    () => orderRows(directives, directiveSpec, all.pass, all.count, { id: 'text', desc: false }),
    1,
  );
  time('directives: order all by date asc (cached order)', () =>
    orderRows(directives, directiveSpec, all.pass, all.count, { id: 'date', desc: false }),
  );
  time('directives: order all by date desc (cached order)', () =>
    orderRows(directives, directiveSpec, all.pass, all.count, { id: 'date', desc: true }),
  );
  time('directives: topic-filtered by text desc', () =>
    orderRows(directives, directiveSpec, topic.pass, topic.count, { id: 'text', desc: true }),
  );
  const att = time('attendees: title facet (+ counts)', () =>
    filterRows(attendees, attendeeSpec, { ...none, facets: { title: ['书记'] } }),
  );
  time('attendees: order by name, first time', () =>
    orderRows(attendees, attendeeSpec, att.pass, att.count, { id: 'name', desc: false }),
  );
  const people = time('people: group all attendees', () => toPeople(attendees));
  const p = time(`people: filter ${people.length} people`, () => filterRows(people, personSpec, none));
  time('people: order by times chaired desc', () =>
    orderRows(people, personSpec, p.pass, p.count, { id: 'chaired', desc: true }),
  );
  // Why the views hand TanStack only the rows in view: its row model builds an object per row.
  time(
    'TanStack v8 core row model over all directive rows',
    () => {
      const table = createTable({
        data: directives,
        columns: [{ accessorKey: 'text' }, { accessorKey: 'date' }],
        getCoreRowModel: getCoreRowModel(),
        state: {},
        onStateChange: () => {},
        renderFallbackValue: null,
      });
      return table.getRowModel().rows.length;
    },
    1,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchTables();
