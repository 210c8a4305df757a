/**
 * One row per person across reports. A person is a name plus a place family: the same name (in either
 * script) met in reports of the same province is taken to be one official, since officials move
 * between a province's cities and counties, and titles change with it ("titles seen over time").
 */
import { sortOrder } from './query';
import type { AttendeeRow } from './rows';
import { searchFormCached } from './searchForm';
import { attendeeSpec } from './specs';

/** One meeting of a person: the attendee row (`name` as this report wrote it, to find the passage). */
export type PersonMeeting = Pick<
  AttendeeRow,
  'reportId' | 'reportTitle' | 'date' | 'placeLabel' | 'role' | 'titles' | 'name'
>;

export interface PersonRow {
  key: string;
  /** The name as first met (earliest meeting). */
  name: string;
  nameKey: string;
  provinceKey: string | null;
  meetings: number;
  chaired: number;
  /** Distinct titles, by the date they were first seen. */
  titles: string[];
  /**
   * The same titles grouped by the meeting they were first seen at: titles held together (市委副书记、市长) share a
   * step, a later meeting's new titles make the next one (市长 → 市委书记).
   */
  titleSteps: string[][];
  places: string[];
  placeKeys: string[];
  first: string | null;
  last: string | null;
  history: PersonMeeting[];
  search: string;
}

/**
 * People among the attendee rows, optionally only those of reports in `mask` (the shared filters).
 * Rows are walked in date order (the cached date order of the attendee table), so each person's
 * meetings and titles come out in time order without sorting every group.
 */
export function toPeople(rows: readonly AttendeeRow[], mask: Uint8Array | null = null): PersonRow[] {
  const order = sortOrder(rows, attendeeSpec, 'date')!;
  const groups = new Map<string, Group>();
  const visit = (i: number) => {
    const r = rows[i]!;
    if (mask && !mask[r.reportIdx]) return;
    const k = r.personKey;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { first: r, meetings: new Map(), places: new Set(), placeKeys: new Set() }));
    if (r.placeLabel) g.places.add(r.placeLabel);
    if (r.placeKey) g.placeKeys.add(r.placeKey);
    // A name listed twice in one report (chair and speaker) is still one meeting.
    const seen = g.meetings.get(r.reportId);
    if (seen) {
      // the row itself stands for the meeting until a second mention makes a merged copy necessary
      const merged = { ...seen, titles: [...new Set([...seen.titles, ...r.titles])] };
      if (r.role === 'chair') merged.role = 'chair';
      g.meetings.set(r.reportId, merged);
      return;
    }
    g.meetings.set(r.reportId, r);
  };
  for (let j = 0; j < order.sorted.length; j++) visit(order.sorted[j]!);
  for (let j = 0; j < order.missing.length; j++) visit(order.missing[j]!);

  const people: PersonRow[] = [];
  for (const [key, g] of groups) {
    const history = [...g.meetings.values()];
    const titleSteps: string[][] = [];
    const seenTitles = new Set<string>();
    // a title is the same in either script (省委書記 in one report, 省委书记 in the next is no new office)
    for (const m of history) {
      const step = m.titles.filter((t) => !seenTitles.has(searchFormCached(t)));
      for (const t of step) seenTitles.add(searchFormCached(t));
      if (step.length > 0) titleSteps.push([...new Set(step)]);
    }
    const titles = titleSteps.flat();
    let chaired = 0;
    let first: string | null = null;
    let last: string | null = null;
    for (const m of history) {
      if (m.role === 'chair') chaired++;
      if (m.date !== null) {
        first ??= m.date;
        last = m.date;
      }
    }
    people.push({
      key,
      name: history[0]?.name ?? g.first.name,
      nameKey: g.first.nameKey,
      provinceKey: g.first.provinceKey,
      meetings: history.length,
      chaired,
      titles,
      titleSteps,
      // a province met on its own (河北) says nothing more when one of its cities is listed (河北 · 邯郸)
      places: [...g.places].filter((p) => ![...g.places].some((q) => q.startsWith(`${p} · `))),
      placeKeys: [...g.placeKeys],
      first,
      last,
      history,
      search: [
        g.first.nameKey,
        ...new Set(history.map((m) => searchFormCached(m.name))),
        ...titles.map(searchFormCached),
      ].join('\u0000'),
    });
  }
  return people;
}

interface Group {
  first: AttendeeRow;
  meetings: Map<string, PersonMeeting>;
  places: Set<string>;
  placeKeys: Set<string>;
}
