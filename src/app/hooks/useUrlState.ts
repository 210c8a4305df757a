import { useEffect } from 'react';
import { formatUrlState, parseUrlState, registeredUrlKeys, type UrlState } from '../lib/urlState';
import { useStore } from '../store';

type StoreState = ReturnType<typeof useStore.getState>;

function fromStore(s: StoreState): UrlState {
  return {
    r: s.selectedId,
    place: s.filters.places,
    from: s.filters.from,
    to: s.filters.to,
    q: s.filters.query,
    script: s.script,
    tab: s.tab,
  };
}

function searchFor(s: StoreState): string {
  const extra: Record<string, string | null> = {};
  for (const k of registeredUrlKeys<StoreState>()) extra[k.name] = k.read(s);
  return formatUrlState(fromStore(s), extra);
}

function applySearch(search: string): void {
  const u = parseUrlState(search);
  useStore.getState().applyLocation({
    selectedId: u.r,
    filters: { places: u.place, from: u.from, to: u.to, query: u.q },
    script: u.script,
    tab: u.tab,
  });
  const params = new URLSearchParams(search);
  for (const k of registeredUrlKeys<StoreState>()) k.apply(params.get(k.name));
}

/**
 * Keeps the store and the URL in step: the URL is read once on start and on back/forward; every
 * user change pushes a history entry, except typing in the search box, which replaces the current
 * one so Back does not walk through every keystroke.
 */
export function useUrlState(): void {
  useEffect(() => {
    applySearch(window.location.search);
    let applying = false;
    const onPop = () => {
      applying = true;
      try {
        applySearch(window.location.search);
      } finally {
        applying = false;
      }
    };
    window.addEventListener('popstate', onPop);
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (applying) return;
      const next = searchFor(state);
      if (next === window.location.search || (next === '' && window.location.search === '')) return;
      const url = window.location.pathname + next + window.location.hash;
      const onlyQuery =
        searchFor({ ...state, filters: { ...state.filters, query: prev.filters.query } }) === searchFor(prev);
      if (onlyQuery && state.filters.query !== prev.filters.query) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, []);
}
