/**
 * Filtering, faceting and sorting of table rows, pure so it can be unit-tested and timed at 300k rows
 * (bench/tables.ts). Two steps, memoised separately by the hooks: `filterRows` (shared report mask,
 * search, facets; also counts facet values) and `orderRows` (walks a per-column sort order that is
 * computed once per data set, so changing the sort or the filters costs one linear pass, not a sort).
 */
import { searchForm } from './searchForm';

export type SortKey = string | number | null;

export interface TableSpec<R> {
  /** Sort key of each sortable column; null (unknown) sorts last in both directions. */
  sortKeys: Readonly<Record<string, (r: R) => SortKey>>;
  /** Keys of each facet; a row may carry several (topics) or none. */
  facets: Readonly<Record<string, (r: R) => readonly string[]>>;
}

export interface Searchable {
  search: string;
  reportIdx?: number;
}

export interface RowFilter {
  /** Reports let through by the shared place/date filters, by position; null lets all through. */
  reportMask: Uint8Array | null;
  /** The table search as typed; matched script-insensitively. */
  search: string;
  /** Selected keys per facet: a row passes a facet when it has any of them; facets combine with AND. */
  facets: Readonly<Record<string, readonly string[]>>;
}

export interface FilterResult {
  /** 1 for rows that pass every filter. */
  pass: Uint8Array;
  count: number;
  /** Per facet, how many rows would pass with that value, counting against all the other filters. */
  facetCounts: Record<string, Map<string, number>>;
}

export interface SortState {
  id: string;
  desc: boolean;
}

export function filterRows<R extends Searchable>(rows: readonly R[], spec: TableSpec<R>, f: RowFilter): FilterResult {
  const facetIds = Object.keys(spec.facets);
  const indexes = facetIds.map((id) => facetIndex(rows, spec, id));
  const counts = indexes.map((ix) => new Uint32Array(ix.values.length));
  const active: Array<{ k: number; wanted: Uint8Array }> = [];
  facetIds.forEach((id, k) => {
    const selected = f.facets[id] ?? [];
    if (selected.length === 0) return;
    const ix = indexes[k]!;
    const wanted = new Uint8Array(ix.values.length);
    for (const v of selected) {
      const at = ix.idOf.get(v);
      if (at !== undefined) wanted[at] = 1;
    }
    active.push({ k, wanted });
  });
  const hits = searchHits(rows, searchForm(f.search.trim()));
  const pass = new Uint8Array(rows.length);
  const mask = f.reportMask;
  let count = 0;

  for (let i = 0; i < rows.length; i++) {
    if (hits && !hits[i]) continue;
    if (mask) {
      const at = rows[i]!.reportIdx;
      if (at !== undefined && !mask[at]) continue;
    }
    // A row failing exactly one facet still counts toward that facet's values: selecting one of them
    // would let it through, which is what the count next to a facet value promises.
    let failed = -1;
    let failures = 0;
    for (const a of active) {
      const { start, ids } = indexes[a.k]!;
      let ok = false;
      for (let j = start[i]!; j < start[i + 1]!; j++) {
        if (a.wanted[ids[j]!]) {
          ok = true;
          break;
        }
      }
      if (!ok && ++failures > 1) break;
      if (!ok) failed = a.k;
    }
    if (failures > 1) continue;
    if (failures === 1) {
      tally(indexes[failed]!, counts[failed]!, i);
      continue;
    }
    pass[i] = 1;
    count++;
    for (let k = 0; k < indexes.length; k++) tally(indexes[k]!, counts[k]!, i);
  }

  const facetCounts: Record<string, Map<string, number>> = {};
  facetIds.forEach((id, k) => {
    const m = new Map<string, number>();
    const c = counts[k]!;
    const values = indexes[k]!.values;
    for (let v = 0; v < c.length; v++) if (c[v]) m.set(values[v]!, c[v]!);
    facetCounts[id] = m;
  });
  return { pass, count, facetCounts };
}

function tally(ix: FacetIndex, counts: Uint32Array, i: number): void {
  for (let j = ix.start[i]!; j < ix.start[i + 1]!; j++) counts[ix.ids[j]!]!++;
}

/**
 * A facet's values interned to numbers, row by row (compressed rows: the values of row i are
 * ids[start[i]..start[i+1]]), so counting and testing are array lookups, not string hashing.
 */
interface FacetIndex {
  values: string[];
  idOf: Map<string, number>;
  start: Uint32Array;
  ids: Uint32Array;
}

const facetIndexes = new WeakMap<object, Map<string, FacetIndex>>();

function facetIndex<R>(rows: readonly R[], spec: TableSpec<R>, id: string): FacetIndex {
  let perFacet = facetIndexes.get(rows);
  if (!perFacet) facetIndexes.set(rows, (perFacet = new Map()));
  const cached = perFacet.get(id);
  if (cached) return cached;
  const get = spec.facets[id]!;
  const values: string[] = [];
  const idOf = new Map<string, number>();
  const start = new Uint32Array(rows.length + 1);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (const v of get(rows[i]!)) {
      let at = idOf.get(v);
      if (at === undefined) {
        at = values.length;
        values.push(v);
        idOf.set(v, at);
      }
      ids.push(at);
    }
    start[i + 1] = ids.length;
  }
  const ix = { values, idOf, start, ids: Uint32Array.from(ids) };
  perFacet.set(id, ix);
  return ix;
}

interface Haystack {
  text: string;
  /** Where each row's search text starts in `text`. */
  starts: Uint32Array;
}

const haystacks = new WeakMap<object, Haystack>();

/**
 * Rows whose search text contains the needle (null: no search). All rows' search texts are joined
 * once into one string, so a search is a run of indexOf over it rather than a call per row.
 */
function searchHits(rows: readonly Searchable[], needle: string): Uint8Array | null {
  if (!needle) return null;
  let hay = haystacks.get(rows);
  if (!hay) {
    const starts = new Uint32Array(rows.length + 1);
    let pos = 0;
    for (let i = 0; i < rows.length; i++) {
      starts[i] = pos;
      pos += rows[i]!.search.length + 1;
    }
    starts[rows.length] = pos;
    // \u0001 never occurs in search forms, so a match cannot run from one row into the next
    hay = { text: rows.map((r) => r.search).join('\u0001'), starts };
    haystacks.set(rows, hay);
  }
  const hits = new Uint8Array(rows.length);
  const { text, starts } = hay;
  let row = 0;
  for (let at = text.indexOf(needle); at !== -1;) {
    while (starts[row + 1]! <= at) row++;
    hits[row] = 1;
    // the rest of this row cannot add anything: go on from the next one
    at = text.indexOf(needle, starts[row + 1]!);
  }
  return hits;
}

interface Order {
  /** Indices of rows with a key, ascending (ties keep row order). */
  sorted: Uint32Array;
  /** For each position of `sorted`, where its run of equal keys starts (to walk descending, ties in row order). */
  runStart: Uint32Array;
  /** Indices of rows without a key, in row order. */
  missing: Uint32Array;
}

const orders = new WeakMap<object, Map<string, Order>>();
/** Rows per table at most (2^23): rank × ROW_SPAN + row stays an exact integer in a double. */
const ROW_SPAN = 2 ** 23;

/** The ascending order of a column, computed once per rows array and column. */
export function sortOrder<R>(rows: readonly R[], spec: TableSpec<R>, id: string): Order | null {
  const keyOf = spec.sortKeys[id];
  if (!keyOf) return null;
  let perColumn = orders.get(rows);
  if (!perColumn) orders.set(rows, (perColumn = new Map()));
  const cached = perColumn.get(id);
  if (cached) return cached;

  // Rank the distinct keys (few for dates, places, speakers), then sort (rank, row) pairs packed into
  // doubles with the native numeric sort: no comparator call per pair. Code-point order on the keys:
  // a collator (pinyin order) costs seconds at 300k rows.
  const rankOf = new Map<string | number, number>();
  const keys: Array<string | number | null> = new Array(rows.length);
  let missingCount = 0;
  for (let i = 0; i < rows.length; i++) {
    const k = keyOf(rows[i]!);
    const key = k === '' ? null : k;
    keys[i] = key;
    if (key === null) missingCount++;
    else rankOf.set(key, 0);
  }
  const distinct = [...rankOf.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  distinct.forEach((k, r) => rankOf.set(k, r));
  const packed = new Float64Array(rows.length - missingCount);
  const missing = new Uint32Array(missingCount);
  for (let i = 0, p = 0, m = 0; i < rows.length; i++) {
    const key = keys[i]!;
    if (key === null) missing[m++] = i;
    else packed[p++] = rankOf.get(key)! * ROW_SPAN + i;
  }
  packed.sort();
  const sorted = new Uint32Array(packed.length);
  const runStart = new Uint32Array(packed.length);
  for (let j = 0; j < packed.length; j++) {
    sorted[j] = packed[j]! % ROW_SPAN;
    const sameRun = j > 0 && Math.floor(packed[j]! / ROW_SPAN) === Math.floor(packed[j - 1]! / ROW_SPAN);
    runStart[j] = sameRun ? runStart[j - 1]! : j;
  }
  const order = { sorted, runStart, missing };
  perColumn.set(id, order);
  return order;
}

/** The passing rows in the order asked for (row order when no sort); unknown keys last either way. */
export function orderRows<R>(
  rows: readonly R[],
  spec: TableSpec<R>,
  pass: Uint8Array,
  count: number,
  sort: SortState | null,
): R[] {
  const out: R[] = new Array(count);
  let n = 0;
  const order = sort ? sortOrder(rows, spec, sort.id) : null;
  if (!order) {
    for (let i = 0; i < rows.length; i++) if (pass[i]) out[n++] = rows[i]!;
    return out;
  }
  const { sorted, runStart, missing } = order;
  if (sort!.desc) {
    // Walk ascending order backwards run by run, keeping each run of equal keys in row order.
    let end = sorted.length;
    while (end > 0) {
      const start = runStart[end - 1]!;
      for (let j = start; j < end; j++) if (pass[sorted[j]!]) out[n++] = rows[sorted[j]!]!;
      end = start;
    }
  } else {
    for (let j = 0; j < sorted.length; j++) if (pass[sorted[j]!]) out[n++] = rows[sorted[j]!]!;
  }
  for (let j = 0; j < missing.length; j++) if (pass[missing[j]!]) out[n++] = rows[missing[j]!]!;
  return out;
}

/** Report positions let through by a predicate on the report (the shared place/date filters). */
export function reportMask<E>(entries: readonly E[], keep: (e: E) => boolean): Uint8Array {
  const mask = new Uint8Array(entries.length);
  for (let i = 0; i < entries.length; i++) if (keep(entries[i]!)) mask[i] = 1;
  return mask;
}
