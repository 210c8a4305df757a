/**
 * One row per person across reports. A person is a name plus a place family: the same name (in either
 * script) met in reports of the same province is taken to be one official, since officials move
 * between a province's cities and counties, and titles change with it ("titles seen over time").
 */
import type { AttendeeRow } from './rows';

export interface PersonMeeting {
  reportId: string;
  reportTitle: string;
  date: string | null;
  placeLabel: string;
  role: AttendeeRow['role'];
  titles: string[];
  /** The name as this report wrote it, to find the passage. */
  name: string;
}

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
  places: string[];
  placeKeys: string[];
  first: string | null;
  last: string | null;
  history: PersonMeeting[];
  search: string;
}

export function personKey(r: Pick<AttendeeRow, 'nameKey' | 'provinceKey'>): string {
  return `${r.nameKey}|${r.provinceKey ?? ''}`;
}

const byDate = (a: { date: string | null }, b: { date: string | null }) =>
  (a.date ?? '\uffff') < (b.date ?? '\uffff') ? -1 : (a.date ?? '\uffff') > (b.date ?? '\uffff') ? 1 : 0;

/** People among the given attendee rows (pass the rows the shared filters let through). */
export function toPeople(rows: readonly AttendeeRow[]): PersonRow[] {
  const groups = new Map<string, AttendeeRow[]>();
  for (const r of rows) {
    const k = personKey(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const people: PersonRow[] = [];
  for (const [key, group] of groups) {
    // A name listed twice in one report (chair and speaker) is still one meeting.
    const perReport = new Map<string, PersonMeeting>();
    for (const r of [...group].sort(byDate)) {
      const seen = perReport.get(r.reportId);
      if (seen) {
        if (r.role === 'chair') seen.role = 'chair';
        seen.titles = [...new Set([...seen.titles, ...r.titles])];
        continue;
      }
      perReport.set(r.reportId, {
        reportId: r.reportId,
        reportTitle: r.reportTitle,
        date: r.date,
        placeLabel: r.placeLabel,
        role: r.role,
        titles: r.titles,
        name: r.name,
      });
    }
    const history = [...perReport.values()];
    const titles = [...new Set(history.flatMap((m) => m.titles))];
    const places = [...new Set(group.map((r) => r.placeLabel).filter(Boolean))];
    const dates = history.map((m) => m.date).filter((d): d is string => d !== null);
    const first = group[0]!;
    people.push({
      key,
      name: history[0]?.name ?? first.name,
      nameKey: first.nameKey,
      provinceKey: first.provinceKey,
      meetings: history.length,
      chaired: history.filter((m) => m.role === 'chair').length,
      titles,
      places,
      placeKeys: [...new Set(group.map((r) => r.placeKey).filter((k): k is string => k !== null))],
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      history,
      search: [first.nameKey, ...group.map((r) => r.search)].join('\u0000'),
    });
  }
  return people;
}
