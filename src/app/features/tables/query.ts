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
  const needle = searchForm(f.search.trim());
  const facetIds = Object.keys(spec.facets);
  const active = facetIds
    .map((id) => ({ id, get: spec.facets[id]!, wanted: new Set(f.facets[id] ?? []) }))
    .filter((a) => a.wanted.size > 0);
  const counters = facetIds.map((id) => ({ get: spec.facets[id]!, counts: new Map<string, number>() }));
  const counterOf = new Map(facetIds.map((id, i) => [id, counters[i]!]));
  const pass = new Uint8Array(rows.length);
  const mask = f.reportMask;
  let count = 0;

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (mask && r.reportIdx !== undefined && !mask[r.reportIdx]) continue;
    if (needle && !r.search.includes(needle)) continue;
    // A row failing exactly one facet still counts toward that facet's values: selecting one of them
    // would let it through, which is what the count next to a facet value promises.
    let failedId: string | null = null;
    let failures = 0;
    for (const a of active) {
      if (!a.get(r).some((v) => a.wanted.has(v))) {
        failures++;
        failedId = a.id;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 1) {
      tally(counterOf.get(failedId!)!, r);
      continue;
    }
    pass[i] = 1;
    count++;
    for (const c of counters) tally(c, r);
  }

  const facetCounts: Record<string, Map<string, number>> = {};
  facetIds.forEach((id, i) => (facetCounts[id] = counters[i]!.counts));
  return { pass, count, facetCounts };
}

function tally<R>(c: { get: (r: R) => readonly string[]; counts: Map<string, number> }, r: R): void {
  for (const v of c.get(r)) c.counts.set(v, (c.counts.get(v) ?? 0) + 1);
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

/** The ascending order of a column, computed once per rows array and column. */
export function sortOrder<R>(rows: readonly R[], spec: TableSpec<R>, id: string): Order | null {
  const keyOf = spec.sortKeys[id];
  if (!keyOf) return null;
  let perColumn = orders.get(rows);
  if (!perColumn) orders.set(rows, (perColumn = new Map()));
  const cached = perColumn.get(id);
  if (cached) return cached;

  const keys: SortKey[] = new Array(rows.length);
  const present: number[] = [];
  const missing: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const k = keyOf(rows[i]!);
    keys[i] = k;
    (k === null || k === '' ? missing : present).push(i);
  }
  // Code-point order on precomputed keys: a collator (pinyin order) costs seconds at 300k rows.
  present.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const runStart = new Uint32Array(present.length);
  for (let j = 1; j < present.length; j++) {
    runStart[j] = keys[present[j]!] === keys[present[j - 1]!] ? runStart[j - 1]! : j;
  }
  const order = { sorted: Uint32Array.from(present), runStart, missing: Uint32Array.from(missing) };
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
