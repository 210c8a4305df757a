/** Attendees of all reports: who sat in which meeting, with which titles and role. */
import { useMemo } from 'react';
import { Highlighted } from '../../components/Highlighted';
import { useStore } from '../../store';
import type { TableColumn } from './columns';
import { DataTable } from './DataTable';
import { dateColumn, placeColumn, reportColumn } from './reportColumns';
import { FacetPanel } from './FacetPanel';
import { ROLE_LABEL, useTableT } from './labels';
import type { AttendeeRow } from './rows';
import { attendeeSpec } from './specs';
import { ExportButtons, TableSearch } from './TableTools';
import { placeKeyLabel, useDisplay } from './useDisplay';
import { useAttendeeRows, useReportMask, useTableQuery } from './useTableData';

export function AttendeesTable() {
  const t = useTableT();
  const all = useAttendeeRows();
  const mask = useReportMask();
  const { rows, filter, search } = useTableQuery('attendees', all, attendeeSpec, mask);
  const { convert, lang } = useDisplay();
  const openPassage = useStore((s) => s.openPassage);

  const columns = useMemo<TableColumn<AttendeeRow>[]>(
    () => [
      {
        id: 'name',
        header: t('name'),
        size: 120,
        sortable: true,
        sortValue: (r) => r.nameKey,
        cell: (r) => (
          <button
            type="button"
            className="cell-link"
            lang={lang(r.script)}
            title={t('openPassage')}
            onClick={() => openPassage(r.reportId, r.name)}
          >
            <Highlighted text={convert(r.name)} query={search} />
          </button>
        ),
        exportValue: (r) => r.name,
      },
      {
        id: 'titles',
        header: t('titles'),
        size: 260,
        sortable: true,
        sortValue: (r) => r.titles[0] ?? null,
        cell: (r) => (
          <span lang={lang(r.script)}>
            <Highlighted text={convert(r.titles.join('、'))} query={search} />
          </span>
        ),
        exportValue: (r) => r.titles,
      },
      {
        id: 'role',
        header: t('role'),
        size: 90,
        sortable: true,
        sortValue: (r) => r.role,
        cell: (r) => <span className={`role role-${r.role}`}>{t(ROLE_LABEL[r.role] ?? 'other')}</span>,
        exportValue: (r) => r.role,
      },
      dateColumn<AttendeeRow>(t, 110),
      placeColumn<AttendeeRow>(t, { convert, lang }, 130),
      reportColumn<AttendeeRow>(t, { convert, lang }, 240, true),
    ],
    [t, convert, lang, search, openPassage],
  );

  return (
    <div className="tables-layout">
      <aside className="facets" aria-label={t('facets')}>
        <FacetPanel
          table="attendees"
          facet="role"
          legend={t('role')}
          counts={filter.facetCounts.role!}
          labelOf={(k) => t(ROLE_LABEL[k] ?? 'other')}
        />
        <FacetPanel
          table="attendees"
          facet="title"
          legend={t('title')}
          counts={filter.facetCounts.title!}
          labelOf={convert}
        />
        <FacetPanel
          table="attendees"
          facet="place"
          legend={t('place')}
          counts={filter.facetCounts.place!}
          labelOf={(k) => convert(placeKeyLabel(k))}
        />
      </aside>
      <DataTable
        table="attendees"
        label={t('attendees')}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.key}
        empty={all.length === 0 ? t('emptyCorpus', { what: t('attendees') }) : t('empty')}
        estimateRowHeight={44}
        tools={<TableSearch table="attendees" count={filter.count} />}
      >
        {(visible) => <ExportButtons table="attendees" rows={rows} columns={visible} />}
      </DataTable>
    </div>
  );
}
