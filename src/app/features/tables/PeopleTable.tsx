/** One row per person: how often present, how often in the chair, titles over time; opens their meetings. */
import { useMemo } from 'react';
import { Highlighted } from '../../components/Highlighted';
import type { TableColumn } from './columns';
import { DataTable } from './DataTable';
import { FacetPanel } from './FacetPanel';
import { useTableT } from './labels';
import type { PersonRow } from './people';
import { PersonMeetings } from './PersonMeetings';
import { personSpec } from './specs';
import { useTablesStore } from './tableStore';
import { ExportButtons, TableSearch } from './TableTools';
import { placeKeyLabel, useDisplay } from './useDisplay';
import { usePeople, useTableQuery } from './useTableData';

export function PeopleTable() {
  const t = useTableT();
  const people = usePeople();
  const { rows, filter, search } = useTableQuery('people', people, personSpec, null);
  const { convert, lang } = useDisplay();
  const person = useTablesStore((s) => s.person);
  const setPerson = useTablesStore((s) => s.setPerson);
  const open = person ? people.find((p) => p.key === person) : undefined;

  const columns = useMemo<TableColumn<PersonRow>[]>(
    () => [
      {
        id: 'name',
        header: t('name'),
        size: 100,
        sortable: true,
        sortValue: (r) => r.nameKey,
        cell: (r) => (
          <button
            type="button"
            className="cell-link"
            lang={lang(undefined)}
            title={t('openPerson')}
            aria-pressed={r.key === person}
            onClick={() => setPerson(r.key === person ? null : r.key)}
          >
            <Highlighted text={convert(r.name)} query={search} />
          </button>
        ),
        exportValue: (r) => r.name,
      },
      {
        id: 'meetings',
        header: t('meetings'),
        size: 84,
        sortable: true,
        sortValue: (r) => r.meetings,
        cell: (r) => <span className="num">{r.meetings}</span>,
        exportValue: (r) => r.meetings,
      },
      {
        id: 'chaired',
        header: t('chaired'),
        size: 80,
        sortable: true,
        sortValue: (r) => r.chaired,
        cell: (r) => <span className="num">{r.chaired}</span>,
        exportValue: (r) => r.chaired,
      },
      {
        id: 'titles',
        header: t('titles'),
        size: 200,
        grow: true,
        sortable: true,
        sortValue: (r) => r.titles[0] ?? null,
        cell: (r) => <span>{convert(r.titleSteps.map((step) => step.join('、')).join(' → '))}</span>,
        exportValue: (r) => r.titles,
      },
      {
        id: 'places',
        header: t('places'),
        size: 130,
        sortable: true,
        sortValue: (r) => r.placeKeys[0] ?? null,
        cell: (r) => <span>{convert(r.places.join('、'))}</span>,
        exportValue: (r) => r.places,
      },
      {
        id: 'first',
        header: t('first'),
        // (an ISO date is 10 figures of the UI font plus the cell's padding)
        size: 108,
        sortable: true,
        sortValue: (r) => r.first,
        cell: (r) => <span className="nowrap">{r.first ?? '—'}</span>,
        exportValue: (r) => r.first,
      },
      {
        id: 'last',
        header: t('last'),
        size: 108,
        sortable: true,
        sortValue: (r) => r.last,
        cell: (r) => <span className="nowrap">{r.last ?? '—'}</span>,
        exportValue: (r) => r.last,
      },
    ],
    [t, convert, lang, search, person, setPerson],
  );

  return (
    <div className="tables-layout">
      <aside className="facets" aria-label={t('facets')}>
        <FacetPanel
          table="people"
          facet="place"
          legend={t('place')}
          counts={filter.facetCounts.place!}
          labelOf={(k) => convert(placeKeyLabel(k))}
        />
      </aside>
      <div className="people-main">
        <DataTable
          table="people"
          label={t('people')}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.key}
          empty={people.length === 0 ? t('emptyCorpus', { what: t('people') }) : t('empty')}
          estimateRowHeight={44}
          tools={<TableSearch table="people" count={filter.count} />}
        >
          {(visible) => <ExportButtons table="people" rows={rows} columns={visible} />}
        </DataTable>
        {open && <PersonMeetings person={open} onClose={() => setPerson(null)} />}
      </div>
    </div>
  );
}
