import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { isTyping } from '../lib/keys';
import { useStore } from '../store';
import { useFilteredIndex } from './useFilteredIndex';

/** App-wide keys: `j`/`k` next/previous report in the filtered list, `/` focuses the search box, Escape closes the drawer. */
export function useKeyboardShortcuts(): void {
  const reports = useFilteredIndex();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useStore.getState().drawerOpen) {
        useStore.getState().setDrawerOpen(false);
        return;
      }
      if (isTyping(e)) return;
      if (e.key === '/') {
        const search = document.getElementById('search');
        if (search) {
          e.preventDefault();
          // on a phone the search box is in the closed drawer: open it first, or it cannot take focus
          flushSync(() => useStore.getState().setDrawerOpen(true));
          search.focus();
        }
        return;
      }
      if (e.key !== 'j' && e.key !== 'k') return;
      if (reports.length === 0) return;
      const { selectedId, select } = useStore.getState();
      const at = reports.findIndex((r) => r.id === selectedId);
      const next = e.key === 'j' ? Math.min(at + 1, reports.length - 1) : at < 0 ? 0 : Math.max(at - 1, 0);
      const target = reports[next];
      if (target && target.id !== selectedId) {
        e.preventDefault();
        select(target.id);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reports]);
}
