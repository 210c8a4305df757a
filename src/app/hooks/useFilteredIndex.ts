import { useMemo } from 'react';
import type { ReportSummary } from '../../schema';
import { filterIndex, type Skip } from '../lib/filters';
import { useStore, type Filters } from '../store';
import { useBodyHits } from './useBodySearch';

const EMPTY: ReportSummary[] = [];

/** The whole index while it is ready (empty before). */
export function useIndex(): ReportSummary[] {
  return useStore((s) => (s.index.status === 'ready' ? s.index.value : EMPTY));
}

/** The index after the place, date and query filters (the query also matched in the text, by the search worker). */
export function useFilteredIndex(): ReportSummary[] {
  return useFilteredIndexSkipping(NO_SKIP);
}

const NO_SKIP: Skip = {};

/** Same, ignoring some filters: facets count their values against the other filters only. */
export function useFilteredIndexSkipping(skip: Skip): ReportSummary[] {
  const index = useIndex();
  const filters = useStore((s) => s.filters);
  const bodyHits = useBodyHits();
  return useMemo(() => sharedFilter(index, filters, skip, bodyHits), [index, filters, skip, bodyHits]);
}

interface Filtered {
  index: readonly ReportSummary[];
  filters: Filters;
  bodyHits: ReadonlyMap<string, string> | null;
  result: ReportSummary[];
}

/**
 * The list, its count, the keyboard shortcuts and the facets all ask for the same filtering; on a
 * 50k index each pass costs milliseconds, so the last result per `skip` is shared between them.
 */
const lastFiltered = new WeakMap<Skip, Filtered>();

function sharedFilter(
  index: readonly ReportSummary[],
  filters: Filters,
  skip: Skip,
  bodyHits: ReadonlyMap<string, string> | null,
): ReportSummary[] {
  const last = lastFiltered.get(skip);
  if (last && last.index === index && last.filters === filters && last.bodyHits === bodyHits) return last.result;
  const result = filterIndex(index, filters, skip, bodyHits);
  lastFiltered.set(skip, { index, filters, bodyHits, result });
  return result;
}
