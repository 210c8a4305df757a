import { useEffect, useSyncExternalStore } from 'react';
import { bodySearchSnapshot, requestBodySearch, subscribeBodySearch, type BodySearch } from '../lib/bodySearch';
import { useStore } from '../store';

/** Keeps the full-text search worker on the store's query and returns its latest answer. */
export function useBodySearch(): BodySearch {
  const query = useStore((s) => s.filters.query);
  useEffect(() => requestBodySearch(query), [query]);
  return useSyncExternalStore(subscribeBodySearch, bodySearchSnapshot);
}

/** Body hits to filter with: the latest answer, kept while a newer query runs so the list does not flash. */
export function useBodyHits(): ReadonlyMap<string, string> | null {
  const query = useStore((s) => s.filters.query.trim());
  const hits = useSyncExternalStore(subscribeBodySearch, () => bodySearchSnapshot().hits);
  return query ? hits : null;
}
