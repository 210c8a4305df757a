/**
 * Table UI state, kept out of the app store to keep the two features apart: the loaded rows.json, and
 * per table the sort, facet selections and search (in the URL, see tableUrl.ts), plus column
 * visibility and widths (remembered in localStorage: a preference, not a place).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { TableRows } from '../../../schema';
import type { Loadable } from '../../store';
import { loadRows } from '../../data/api';
import type { SortState } from './query';

export const TABLE_IDS = ['directives', 'attendees', 'people'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface TableView {
  sort: SortState | null;
  /** Selected facet keys per facet id. */
  facets: Record<string, string[]>;
  /** The table's own search, matched script-insensitively. */
  search: string;
}

export interface ColumnPrefs {
  visibility: Record<string, boolean>;
  sizing: Record<string, number>;
}

const EMPTY_VIEW: TableView = { sort: null, facets: {}, search: '' };
export const DEFAULT_VIEWS: Record<TableId, TableView> = {
  directives: { ...EMPTY_VIEW, sort: { id: 'date', desc: true } },
  attendees: { ...EMPTY_VIEW, sort: { id: 'date', desc: true } },
  people: { ...EMPTY_VIEW, sort: { id: 'meetings', desc: true } },
};
const NO_PREFS: ColumnPrefs = { visibility: {}, sizing: {} };

type Updater<T> = T | ((old: T) => T);
const resolve = <T>(u: Updater<T>, old: T): T => (typeof u === 'function' ? (u as (o: T) => T)(old) : u);

interface TablesState {
  rows: Loadable<TableRows>;
  views: Record<TableId, TableView>;
  /** The person whose meetings are open in the people table (a person key). */
  person: string | null;
  columns: Record<TableId, ColumnPrefs>;
  loadRows(): Promise<void>;
  setSort(table: TableId, sort: SortState | null): void;
  toggleFacet(table: TableId, facet: string, key: string): void;
  clearFacets(table: TableId): void;
  setSearch(table: TableId, search: string): void;
  setPerson(person: string | null): void;
  setColumnVisibility(table: TableId, u: Updater<Record<string, boolean>>): void;
  setColumnSizing(table: TableId, u: Updater<Record<string, number>>): void;
  /** Replaces the URL-borne state in one step (on start and on back/forward). */
  applyViews(views: Record<TableId, TableView>, person: string | null): void;
}

export const useTablesStore = create<TablesState>()(
  persist(
    (set, get) => ({
      rows: { status: 'idle' },
      views: DEFAULT_VIEWS,
      person: null,
      columns: { directives: NO_PREFS, attendees: NO_PREFS, people: NO_PREFS },

      async loadRows() {
        const status = get().rows.status;
        if (status === 'loading' || status === 'ready') return;
        set({ rows: { status: 'loading' } });
        try {
          set({ rows: { status: 'ready', value: await loadRows() } });
        } catch (e) {
          set({ rows: { status: 'error', message: (e as Error).message } });
        }
      },

      setSort: (table, sort) => set((s) => patchView(s, table, { sort })),
      toggleFacet: (table, facet, key) =>
        set((s) => {
          const selected = s.views[table].facets[facet] ?? [];
          const next = selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key];
          return patchView(s, table, { facets: { ...s.views[table].facets, [facet]: next } });
        }),
      clearFacets: (table) => set((s) => patchView(s, table, { facets: {} })),
      setSearch: (table, search) => set((s) => patchView(s, table, { search })),
      setPerson: (person) => set({ person }),
      setColumnVisibility: (table, u) =>
        set((s) => patchColumns(s, table, { visibility: resolve(u, s.columns[table].visibility) })),
      setColumnSizing: (table, u) =>
        set((s) => patchColumns(s, table, { sizing: resolve(u, s.columns[table].sizing) })),
      applyViews: (views, person) => set({ views, person }),
    }),
    {
      name: 'qingwen.tables.columns',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ columns: s.columns }),
      version: 1,
    },
  ),
);

function patchView(s: TablesState, table: TableId, patch: Partial<TableView>): Pick<TablesState, 'views'> {
  return { views: { ...s.views, [table]: { ...s.views[table], ...patch } } };
}

function patchColumns(s: TablesState, table: TableId, patch: Partial<ColumnPrefs>): Pick<TablesState, 'columns'> {
  return { columns: { ...s.columns, [table]: { ...s.columns[table], ...patch } } };
}
