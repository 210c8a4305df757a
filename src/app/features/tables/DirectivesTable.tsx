/** Directives of all reports: who asked for what, where and when. */
import { useMemo } from 'react';
import { Highlighted } from '../../components/Highlighted';
import { useStore } from '../../store';
import type { TableColumn } from './columns';
import { DataTable } from './DataTable';
import { dateColumn, placeColumn, reportColumn } from './reportColumns';
import { FacetPanel } from './FacetPanel';
import { useTableT } from './labels';
import { MEETING, type DirectiveRow } from './rows';
import { directiveSpec } from './specs';
import { ExportButtons, TableSearch } from './TableTools';
import { placeKeyLabel, useDisplay } from './useDisplay';
import { useDirectiveRows, useReportMask, useTableQuery } from './useTableData';

export function DirectivesTable() {
  const t = useTableT();
  const all = useDirectiveRows();
  const mask = useReportMask();
  const { rows, filter, search } = useTableQuery('directives', all, directiveSpec, mask);
  const { convert, lang } = useDisplay();
  const openPassage = useStore((s) => s.openPassage);
  // facet keys are Simplified (one value for both scripts); show a speaker as a report first wrote the name
  const speakerNames = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of all) if (r.speaker && !m.has(r.speakerKey)) m.set(r.speakerKey, r.speaker);
    return m;
  }, [all]);

  const columns = useMemo<TableColumn<DirectiveRow>[]>(
    () => [
      dateColumn<DirectiveRow>(t, 108),
      placeColumn<DirectiveRow>(t, { convert, lang }, 100),
      {
        id: 'speaker',
        header: t('speaker'),
        size: 90,
        sortable: true,
        sortValue: (r) => r.speakerKey,
        cell: (r) =>
          r.speaker ? (
            <span lang={lang(r.script)}>{convert(r.speaker)}</span>
          ) : (
            <span className="muted">{t('meeting')}</span>
          ),
        exportValue: (r) => r.speaker ?? MEETING,
      },
      {
        id: 'topics',
        header: t('topics'),
        size: 110,
        sortable: true,
        sortValue: (r) => r.topicKeys[0] ?? null,
        cell: (r) => (
          <span className="chips">
            {r.topics.map((topic) => (
              <span key={topic} className="chip" lang={lang(r.script)}>
                {convert(topic)}
              </span>
            ))}
          </span>
        ),
        exportValue: (r) => r.topics,
      },
      {
        id: 'text',
        header: t('text'),
        size: 300,
        grow: true,
        sortable: true,
        sortValue: (r) => r.text,
        cell: (r) => (
          <button
            type="button"
            className="cell-link passage"
            lang={lang(r.script)}
            title={t('openPassage')}
            onClick={() => openPassage(r.reportId, r.text)}
          >
            <Highlighted text={convert(r.text)} query={search} />
          </button>
        ),
        exportValue: (r) => r.text,
      },
      reportColumn<DirectiveRow>(t, { convert, lang }, 150),
    ],
    [t, convert, lang, search, openPassage],
  );

  return (
    <div className="tables-layout">
      <aside className="facets" aria-label={t('facets')}>
        <FacetPanel
          table="directives"
          facet="topic"
          legend={t('topic')}
          counts={filter.facetCounts.topic!}
          labelOf={convert}
        />
        <FacetPanel
          table="directives"
          facet="speaker"
          legend={t('speaker')}
          counts={filter.facetCounts.speaker!}
          labelOf={(k) => (k === MEETING ? t('meeting') : convert(speakerNames.get(k) ?? k))}
        />
        <FacetPanel
          table="directives"
          facet="place"
          legend={t('place')}
          counts={filter.facetCounts.place!}
          labelOf={(k) => convert(placeKeyLabel(k))}
        />
      </aside>
      <DataTable
        table="directives"
        label={t('directives')}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.key}
        empty={all.length === 0 ? t('emptyCorpus', { what: t('directives') }) : t('empty')}
        estimateRowHeight={64}
        tools={<TableSearch table="directives" count={filter.count} />}
      >
        {(visible) => <ExportButtons table="directives" rows={rows} columns={visible} />}
      </DataTable>
    </div>
  );
}
