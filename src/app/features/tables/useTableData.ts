/**
 * The hooks between the stores and the pure query layer: rows are flattened once per rows.json, the
 * shared place/date filters become a report mask, and filter and order are memoised apart, so a new
 * sort walks a cached order and a new search does not re-sort.
 */
import { useDeferredValue, useEffect, useMemo } from 'react';
import type { TableRows } from '../../../schema';
import { matchesDates, matchesPlaces } from '../../lib/filters';
import { useStore } from '../../store';
import { toPeople, type PersonRow } from './people';
import {
  filterRows,
  orderRows,
  reportMask,
  sortOrder,
  type FilterResult,
  type Searchable,
  type TableSpec,
} from './query';
import { toAttendeeRows, toDirectiveRows } from './rows';
import { useTablesStore, type TableId } from './tableStore';

const EMPTY: TableRows = [];

/** rows.json, loaded on first use. */
export function useRowsFile() {
  const rows = useTablesStore((s) => s.rows);
  const load = useTablesStore((s) => s.loadRows);
  useEffect(() => {
    void load();
  }, [load]);
  return rows;
}

function useEntries(): TableRows {
  return useTablesStore((s) => (s.rows.status === 'ready' ? s.rows.value : EMPTY));
}

// Flattened rows are cached per rows.json so switching tabs does not flatten again.
const directiveCache = new WeakMap<TableRows, ReturnType<typeof toDirectiveRows>>();
const attendeeCache = new WeakMap<TableRows, ReturnType<typeof toAttendeeRows>>();

function cachedIn<T>(cache: WeakMap<TableRows, T>, entries: TableRows, make: (e: TableRows) => T): T {
  let v = cache.get(entries);
  if (!v) cache.set(entries, (v = make(entries)));
  return v;
}

export function useDirectiveRows() {
  const entries = useEntries();
  return useMemo(() => cachedIn(directiveCache, entries, toDirectiveRows), [entries]);
}

export function useAttendeeRows() {
  const entries = useEntries();
  return useMemo(() => cachedIn(attendeeCache, entries, toAttendeeRows), [entries]);
}

/** Reports let through by the shared place and date filters (the tables have their own search). */
export function useReportMask(): Uint8Array | null {
  const entries = useEntries();
  const places = useStore((s) => s.filters.places);
  const from = useStore((s) => s.filters.from);
  const to = useStore((s) => s.filters.to);
  return useMemo(() => {
    if (places.length === 0 && !from && !to) return null;
    return reportMask(entries, (e) => matchesPlaces(e, places) && matchesDates(e, from, to));
  }, [entries, places, from, to]);
}

const peopleCache = new WeakMap<object, Map<string, PersonRow[]>>();

/**
 * People among the attendees of the reports the shared filters let through. Grouping 300k attendee
 * rows takes a while, so results are kept per filter setting (not per mount: switching tabs and back
 * costs nothing).
 */
export function usePeople(): PersonRow[] {
  const attendees = useAttendeeRows();
  const mask = useReportMask();
  const key = useStore((s) => `${s.filters.places.join(',')}|${s.filters.from ?? ''}|${s.filters.to ?? ''}`);
  return useMemo(() => {
    let perFilter = peopleCache.get(attendees);
    if (!perFilter) peopleCache.set(attendees, (perFilter = new Map()));
    let people = perFilter.get(key);
    if (!people) {
      people = toPeople(attendees, mask);
      if (perFilter.size > 8) perFilter.clear();
      perFilter.set(key, people);
    }
    return people;
  }, [attendees, mask, key]);
}

export interface TableResult<R> {
  rows: R[];
  filter: FilterResult;
  /** The search the rows were filtered with (lags the typed one while a new result is computed). */
  search: string;
}

/** Filtered, faceted and sorted rows of one table, by its state in the tables store. */
export function useTableQuery<R extends Searchable>(
  table: TableId,
  rows: readonly R[],
  spec: TableSpec<R>,
  mask: Uint8Array | null,
): TableResult<R> {
  const view = useTablesStore((s) => s.views[table]);
  // typing stays responsive: the filter runs on the deferred value at a lower priority
  const search = useDeferredValue(view.search);
  const filter = useMemo(
    () => filterRows(rows, spec, { reportMask: mask, search, facets: view.facets }),
    [rows, spec, mask, search, view.facets],
  );
  const sorted = useMemo(
    () => orderRows(rows, spec, filter.pass, filter.count, view.sort),
    [rows, spec, filter, view.sort],
  );
  usePrewarmedOrders(rows, spec);
  return { rows: sorted, filter, search };
}

/**
 * Computes each column's sort order when the browser is idle, one column per idle slot, so the
 * first click on a header walks a ready order instead of sorting 300k rows.
 */
function usePrewarmedOrders<R>(rows: readonly R[], spec: TableSpec<R>): void {
  useEffect(() => {
    if (rows.length === 0) return;
    const ids = Object.keys(spec.sortKeys);
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    const next = () => {
      const id = ids.shift();
      if (id === undefined) return;
      sortOrder(rows, spec, id);
      handle = idle(next);
    };
    handle = idle(next);
    return () => cancel(handle);
  }, [rows, spec]);
}
