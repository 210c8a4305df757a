/** Search box, row count and export buttons above a table. */
import { useConvert } from '../../hooks/useConvert';
import type { TableColumn } from './columns';
import { download, toCsv, toJson, type ExportColumn, type ExportValue } from './exportRows';
import { useTableT } from './labels';
import { useTablesStore, type TableId } from './tableStore';

export function TableSearch({ table, count }: { table: TableId; count: number }) {
  const t = useTableT();
  const search = useTablesStore((s) => s.views[table].search);
  const setSearch = useTablesStore((s) => s.setSearch);
  const clearFacets = useTablesStore((s) => s.clearFacets);
  const hasFacets = useTablesStore((s) => Object.values(s.views[table].facets).some((v) => v.length > 0));
  return (
    <>
      <input
        type="search"
        className="dt-search"
        value={search}
        placeholder={t('search')}
        aria-label={t('search')}
        onChange={(e) => setSearch(table, e.target.value)}
        data-testid="table-search"
      />
      <span className="dt-count" role="status" aria-live="polite" data-testid="row-count" data-count={count}>
        {count === 1 ? t('countOne') : t('count', { n: count.toLocaleString('en') })}
      </span>
      {hasFacets && (
        <button type="button" className="link-button" onClick={() => clearFacets(table)}>
          {t('clearFacets')}
        </button>
      )}
    </>
  );
}

export function ExportButtons<R>({
  table,
  rows,
  columns,
}: {
  table: TableId;
  rows: readonly R[];
  columns: readonly TableColumn<R>[];
}) {
  const t = useTableT();
  const convert = useConvert();
  const stamp = new Date().toISOString().slice(0, 10);
  const shown = (v: ExportValue): ExportValue => {
    if (typeof v === 'string') return convert(v);
    if (Array.isArray(v)) return v.map(convert);
    return v;
  };
  const cols: ExportColumn<R>[] = columns.flatMap((c) => [
    { id: c.id, header: c.header, value: (r: R) => shown(c.exportValue(r)) },
    // (an id is the file's name, given as it is)
    ...(c.exportAlso ?? []),
  ]);
  return (
    <span className="dt-export">
      <button
        type="button"
        disabled={rows.length === 0}
        onClick={() => download(`qingwen-${table}-${stamp}.csv`, toCsv(cols, rows), 'text/csv;charset=utf-8')}
        data-testid="export-csv"
      >
        {t('exportCsv')}
      </button>
      <button
        type="button"
        disabled={rows.length === 0}
        onClick={() => download(`qingwen-${table}-${stamp}.json`, toJson(cols, rows), 'application/json')}
        data-testid="export-json"
      >
        {t('exportJson')}
      </button>
    </span>
  );
}
