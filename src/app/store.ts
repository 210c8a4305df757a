/**
 * The one store of the reader. Components select narrow slices (primitives or stable references);
 * anything derived (filtered lists, counts) is computed in hooks, not stored.
 */
import { create } from 'zustand';
import type { EditKind, Report, ReportSummary } from '../schema';
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

/** Interface language of labels (report text is never translated). */
export type UiLang = 'en' | 'zh';

/** How the reader shows a report; not part of the URL (a reader preference, not a place). */
export interface ViewOptions {
  /** Edit kinds whose highlights are hidden in the original pane. */
  hiddenKinds: EditKind[];
  /** Collapse unchanged stretches of the original to show only the changes. */
  changesOnly: boolean;
  /** Convert the original pane too (it stays verbatim by default). */
  convertOriginal: boolean;
  /** Mark attendee names and directives in the cleaned pane. */
  showMarks: boolean;
}

export const DEFAULT_VIEW: ViewOptions = {
  hiddenKinds: ['whitespace'],
  changesOnly: false,
  convertOriginal: false,
  showMarks: true,
};

/** The part of the state a URL carries; applied in one step so a link opens without flicker. */
export interface Location {
  selectedId: string | null;
  filters: Filters;
  script: ScriptMode;
  tab: Tab;
}

const LANG_KEY = 'qingwen.uiLang';

/** The interface language the reader chose before (a preference, kept across visits), else the browser's. */
function initialLang(): UiLang {
  try {
    const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(LANG_KEY) : null;
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage may be off (private windows): the browser's language then
  }
  return typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language) ? 'zh' : 'en';
}

function rememberLang(lang: UiLang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not kept, but still applied
  }
}

interface State {
  index: Loadable<ReportSummary[]>;
  reports: Record<string, Loadable<Report>>;
  selectedId: string | null;
  filters: Filters;
  script: ScriptMode;
  tab: Tab;
  view: ViewOptions;
  uiLang: UiLang;
  /** Narrow screens: whether the report list drawer is open. */
  drawerOpen: boolean;
  loadCorpus(): Promise<void>;
  select(id: string | null): void;
  setFilters(patch: Partial<Filters>): void;
  clearFilters(): void;
  setScript(script: ScriptMode): void;
  setTab(tab: Tab): void;
  setView(patch: Partial<ViewOptions>): void;
  setUiLang(lang: UiLang): void;
  setDrawerOpen(open: boolean): void;
  applyLocation(location: Location): void;

  // --- passage focus (tables → reader): the passage a table row points at, marked in the cleaned pane ---
  focus: PassageFocus | null;
  /** Opens a report on the reader tab with a passage (a directive, a name) marked and scrolled to. */
  openPassage(reportId: string, text: string): void;
  setFocus(focus: PassageFocus | null): void;
}

/** A passage of a report to mark: text as the report writes it (matched script-insensitively). */
export interface PassageFocus {
  reportId: string;
  text: string;
}

export const useStore = create<State>()((set, get) => ({
  index: { status: 'idle' },
  reports: {},
  selectedId: null,
  filters: NO_FILTERS,
  script: 'published',
  tab: 'reader',
  view: DEFAULT_VIEW,
  uiLang: initialLang(),
  drawerOpen: false,

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
    set({ selectedId: id, drawerOpen: false });
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
  setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  setUiLang: (uiLang) => {
    rememberLang(uiLang);
    set({ uiLang });
  },
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  applyLocation({ selectedId, filters, script, tab }) {
    set({ filters, script, tab });
    if (selectedId !== get().selectedId) get().select(selectedId);
  },

  focus: null,
  openPassage(reportId, text) {
    // one state change, so the jump is one history entry
    set({ focus: { reportId, text }, tab: 'reader', selectedId: reportId, drawerOpen: false });
    get().select(reportId);
  },
  setFocus: (focus) => set({ focus }),
}));
