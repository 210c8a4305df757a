/**
 * A virtualised table. TanStack Table v8 owns the columns (headers, sort toggling, visibility, widths);
 * the rows are already filtered and sorted by the pure query layer, and TanStack is handed only the
 * rows in view: its row model builds an object per row, which at 300k rows costs seconds.
 */
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TableColumn } from './columns';
import { useTableT } from './labels';
import type { SortState } from './query';
import { useTablesStore, type TableId } from './tableStore';

interface Props<R> {
  table: TableId;
  label: string;
  rows: readonly R[];
  columns: readonly TableColumn<R>[];
  rowKey(row: R): string | number;
  estimateRowHeight: number;
  /** Toolbar content shown left of the column menu. */
  tools?: ReactNode;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
  /** Receives the visible columns (for export). */
  children?: (visible: TableColumn<R>[]) => ReactNode;
}

const NO_VIS: Record<string, boolean> = {};
const NO_SIZES: Record<string, number> = {};

export function DataTable<R>({
  table: tableId,
  label,
  rows,
  columns,
  rowKey,
  estimateRowHeight,
  tools,
  empty,
  children,
}: Props<R>) {
  const t = useTableT();
  const sort = useTablesStore((s) => s.views[tableId].sort);
  const visibility = useTablesStore((s) => s.columns[tableId]?.visibility ?? NO_VIS);
  const sizing = useTablesStore((s) => s.columns[tableId]?.sizing ?? NO_SIZES);
  const setSort = useTablesStore((s) => s.setSort);
  const setVisibility = useTablesStore((s) => s.setColumnVisibility);
  const setSizing = useTablesStore((s) => s.setColumnSizing);

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is a mutable instance by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    overscan: 8,
    getItemKey: (i) => rowKey(rows[i]!),
  });
  // a new filter or sort starts at the top: the old scroll offset means nothing in the new order
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [rows]);
  const items = virtualizer.getVirtualItems();
  const windowRows = items.map((i) => rows[i.index]!);

  const defs = useMemo<ColumnDef<R>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        size: c.size,
        minSize: 60,
        enableSorting: c.sortable,
        accessorFn: c.sortValue ?? (() => ''),
        cell: (info) => c.cell(info.row.original),
      })),
    [columns],
  );
  const sorting: SortingState = sort ? [sort] : [];
  const onSortingChange = (u: Updater<SortingState>) => {
    const next = typeof u === 'function' ? u(sorting) : u;
    setSort(tableId, (next[0] as SortState | undefined) ?? null);
  };

  const table = useReactTable({
    data: windowRows,
    columns: defs,
    state: { sorting, columnVisibility: visibility, columnSizing: sizing },
    onSortingChange,
    onColumnVisibilityChange: (u) => setVisibility(tableId, u),
    onColumnSizingChange: (u) => setSizing(tableId, u),
    manualSorting: true,
    manualFiltering: true,
    // the data is the window in view and changes on every scroll: without this, v8 resets the page
    // index (a state update) each time the row model is rebuilt, and that re-renders for ever
    autoResetAll: false,
    enableMultiSort: false,
    // a header click flips the direction; an unsorted table has no use here
    enableSortingRemoval: false,
    columnResizeMode: 'onChange',
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => String(rowKey(r)),
  });
  const width = table.getTotalSize();
  const grows = new Set(columns.filter((c) => c.grow).map((c) => c.id));
  const cellStyle = (id: string, size: number) => ({ flex: grows.has(id) ? `1 0 ${size}px` : `0 0 ${size}px` });
  const visible = table.getVisibleLeafColumns().map((c) => columns.find((x) => x.id === c.id)!);

  const resizeByKey = (id: string, current: number) => (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 24 : e.key === 'ArrowLeft' ? -24 : 0;
    if (!step) return;
    e.preventDefault();
    setSizing(tableId, (old) => ({ ...old, [id]: Math.max(60, current + step) }));
  };

  return (
    <div className="dt">
      <div className="dt-tools">
        {tools}
        {children?.(visible)}
        <details className="dt-columns">
          <summary>{t('columns')}</summary>
          <div className="dt-columns-menu">
            {table.getAllLeafColumns().map((c) => (
              <label key={c.id}>
                <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />{' '}
                {String(c.columnDef.header)}
              </label>
            ))}
          </div>
        </details>
      </div>
      <div
        className="dt-scroll"
        ref={scrollRef}
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        data-testid={`table-${tableId}`}
      >
        <div role="rowgroup" className="dt-head" style={{ minWidth: width }}>
          {table.getHeaderGroups().map((g) => (
            <div role="row" aria-rowindex={1} className="dt-row" key={g.id}>
              {g.headers.map((h) => {
                const dir = h.column.getIsSorted();
                const title = String(h.column.columnDef.header);
                return (
                  <div
                    role="columnheader"
                    key={h.id}
                    className="dt-cell dt-th"
                    style={cellStyle(h.column.id, h.getSize())}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                    data-column={h.column.id}
                  >
                    {h.column.getCanSort() ? (
                      <button
                        type="button"
                        className="dt-sort"
                        onClick={h.column.getToggleSortingHandler()}
                        title={t('sortBy', { col: title })}
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden="true" className="dt-arrow">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                    <div
                      role="separator"
                      aria-orientation="vertical"
                      aria-label={t('resize', { col: title })}
                      aria-valuenow={h.getSize()}
                      tabIndex={0}
                      className={`dt-resizer${h.column.getIsResizing() ? ' on' : ''}`}
                      onMouseDown={h.getResizeHandler()}
                      onTouchStart={h.getResizeHandler()}
                      onKeyDown={resizeByKey(h.column.id, h.getSize())}
                    />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {rows.length === 0 && <p className="status empty dt-empty">{empty}</p>}
        <div role="rowgroup" className="dt-body" style={{ height: virtualizer.getTotalSize(), minWidth: width }}>
          {table.getRowModel().rows.map((row, i) => {
            const item = items[i]!;
            return (
              <div
                role="row"
                key={row.id}
                aria-rowindex={item.index + 2}
                className="dt-row dt-tr"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <div
                    role="cell"
                    key={cell.id}
                    className="dt-cell"
                    data-column={cell.column.id}
                    style={cellStyle(cell.column.id, cell.column.getSize())}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
