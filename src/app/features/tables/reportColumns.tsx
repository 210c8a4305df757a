/** Columns every per-report table shares: when and where the meeting was, and which report it is. */
import type { TableColumn } from './columns';
import type { BaseRow } from './rows';
import type { useDisplay } from './useDisplay';
import type { useTableT } from './labels';

type Display = Pick<ReturnType<typeof useDisplay>, 'convert' | 'lang'>;
type T = ReturnType<typeof useTableT>;

export function dateColumn<R extends BaseRow>(t: T, size: number): TableColumn<R> {
  return {
    id: 'date',
    header: t('date'),
    size,
    sortable: true,
    sortValue: (r) => r.date,
    cell: (r) => <span className="nowrap">{r.date ?? '—'}</span>,
    exportValue: (r) => r.date,
  };
}

export function placeColumn<R extends BaseRow>(t: T, { convert, lang }: Display, size: number): TableColumn<R> {
  return {
    id: 'place',
    header: t('place'),
    size,
    sortable: true,
    sortValue: (r) => r.placeLabel,
    cell: (r) => <span lang={lang(r.script)}>{convert(r.placeLabel) || '—'}</span>,
    exportValue: (r) => r.placeLabel,
  };
}

export function reportColumn<R extends BaseRow>(
  t: T,
  { convert, lang }: Display,
  size: number,
  grow = false,
): TableColumn<R> {
  return {
    id: 'report',
    header: t('report'),
    size,
    grow,
    sortable: true,
    sortValue: (r) => r.reportTitle,
    cell: (r) => (
      <span className="report-cell" lang={lang(r.script)}>
        {convert(r.reportTitle)}
      </span>
    ),
    exportValue: (r) => r.reportTitle,
    // many reports share a title: the id (the file's name) traces a row back to its report
    exportAlso: [{ id: 'reportId', header: t('reportId'), value: (r) => r.reportId }],
  };
}
