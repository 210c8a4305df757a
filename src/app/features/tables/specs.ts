/** What each table can sort and facet by (pure, shared by the views and the bench). */
import type { PersonRow } from './people';
import type { TableSpec } from './query';
import type { AttendeeRow, DirectiveRow } from './rows';

const one = (v: string | null): readonly string[] => (v === null ? [] : [v]);

export const directiveSpec: TableSpec<DirectiveRow> = {
  sortKeys: {
    date: (r) => r.date,
    place: (r) => r.placeKey,
    speaker: (r) => r.speakerKey,
    topics: (r) => r.topicKeys[0] ?? null,
    text: (r) => r.text,
    report: (r) => r.reportTitle,
  },
  facets: {
    topic: (r) => r.topicKeys,
    speaker: (r) => [r.speakerKey],
    place: (r) => one(r.placeKey),
  },
};

export const attendeeSpec: TableSpec<AttendeeRow> = {
  sortKeys: {
    name: (r) => r.nameKey,
    titles: (r) => r.titles[0] ?? null,
    role: (r) => r.role,
    date: (r) => r.date,
    place: (r) => r.placeKey,
    report: (r) => r.reportTitle,
  },
  facets: {
    role: (r) => [r.role],
    place: (r) => one(r.placeKey),
    title: (r) => r.titleKeys,
  },
};

export const personSpec: TableSpec<PersonRow> = {
  sortKeys: {
    name: (r) => r.nameKey,
    meetings: (r) => r.meetings,
    chaired: (r) => r.chaired,
    first: (r) => r.first,
    last: (r) => r.last,
    places: (r) => r.placeKeys[0] ?? null,
    titles: (r) => r.titles[0] ?? null,
  },
  facets: {
    place: (r) => r.placeKeys,
  },
};
