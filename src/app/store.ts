/**
 * The one store of the reader. Components select narrow slices (primitives or stable references);
 * anything derived (filtered lists, counts) is computed in hooks, not stored.
 */
import { create } from 'zustand';
import type { Report, ReportSummary } from '../schema';
import { loadIndex, loadReport } from './data/api';

export type Loadable<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** How text is shown: as published, or converted to Simplified / Taiwan / Hong Kong Traditional. */
export type ScriptMode = 'published' | 'hans' | 'tw' | 'hk';
export type Tab = 'reader' | 'directives' | 'attendees' | 'people';

/** Filters shared by the report list and every table. */
export interface Filters {
  /** Selected places as `province/name` keys (Simplified short forms); empty = all. */
  places: string[];
  /** Inclusive ISO date bounds on the meeting date (falling back to the published date). */
  from: string | null;
  to: string | null;
  /** Free-text search, matched script-insensitively. */
  query: string;
}

export const NO_FILTERS: Filters = { places: [], from: null, to: null, query: '' };

interface State {
  index: Loadable<ReportSummary[]>;
  reports: Record<string, Loadable<Report>>;
  selectedId: string | null;
  filters: Filters;
  script: ScriptMode;
  tab: Tab;
  loadCorpus(): Promise<void>;
  select(id: string | null): void;
  setFilters(patch: Partial<Filters>): void;
  clearFilters(): void;
  setScript(script: ScriptMode): void;
  setTab(tab: Tab): void;
}

export const useStore = create<State>()((set, get) => ({
  index: { status: 'idle' },
  reports: {},
  selectedId: null,
  filters: NO_FILTERS,
  script: 'published',
  tab: 'reader',

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

  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setScript: (script) => set({ script }),
  setTab: (tab) => set({ tab }),
}));
