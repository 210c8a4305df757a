/**
 * The one store of the reader. Components select narrow slices (primitives or stable references);
 * anything derived (filtered lists, counts) is computed in hooks, not stored.
 */
import { create } from 'zustand';
import type { Report, ReportSummary } from '../schema';
import { loadIndex, loadReport } from './data/api';

export type Loadable<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

interface State {
  index: Loadable<ReportSummary[]>;
  reports: Record<string, Loadable<Report>>;
  selectedId: string | null;
  loadCorpus(): Promise<void>;
  select(id: string | null): void;
}

export const useStore = create<State>()((set, get) => ({
  index: { status: 'idle' },
  reports: {},
  selectedId: null,

  async loadCorpus() {
    if (get().index.status === 'loading') return;
    set({ index: { status: 'loading' } });
    try {
      const value = await loadIndex();
      set({ index: { status: 'ready', value } });
    } catch (e) {
      set({ index: { status: 'error', message: (e as Error).message } });
    }
  },

  select(id) {
    set({ selectedId: id });
    if (id === null || get().reports[id]?.status === 'ready' || get().reports[id]?.status === 'loading') return;
    set((s) => ({ reports: { ...s.reports, [id]: { status: 'loading' } } }));
    loadReport(id).then(
      (value) => set((s) => ({ reports: { ...s.reports, [id]: { status: 'ready', value } } })),
      (e: Error) => set((s) => ({ reports: { ...s.reports, [id]: { status: 'error', message: e.message } } })),
    );
  },
}));
