import { useMemo } from 'react';
import type { ReportSummary } from '../../schema';
import { filterIndex, type Skip } from '../lib/filters';
import { useStore } from '../store';

const EMPTY: ReportSummary[] = [];

/** The whole index while it is ready (empty before). */
export function useIndex(): ReportSummary[] {
  return useStore((s) => (s.index.status === 'ready' ? s.index.value : EMPTY));
}

/** The index after the place, date and query filters (memoised on the index and the filters). */
export function useFilteredIndex(): ReportSummary[] {
  return useFilteredIndexSkipping(NO_SKIP);
}

const NO_SKIP: Skip = {};

/** Same, ignoring some filters: facets count their values against the other filters only. */
export function useFilteredIndexSkipping(skip: Skip): ReportSummary[] {
  const index = useIndex();
  const filters = useStore((s) => s.filters);
  return useMemo(() => filterIndex(index, filters, skip), [index, filters, skip]);
}
