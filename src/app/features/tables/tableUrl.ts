/**
 * The tables' part of the URL: `sort`, `facet`, `tq` (table search) and `person`, for the table on the
 * current tab. Registered with the shared URL state (lib/urlState) so links, reload and back/forward
 * restore them; changes made in the tables store are written to the URL here.
 */
import { registerUrlKey } from '../../lib/urlState';
import { useStore } from '../../store';
import type { SortState } from './query';
import { directiveSpec, attendeeSpec, personSpec } from './specs';
import { DEFAULT_VIEWS, TABLE_IDS, useTablesStore, type TableId, type TableView } from './tableStore';

const SPECS = { directives: directiveSpec, attendees: attendeeSpec, people: personSpec } as const;

export function formatSort(sort: SortState | null, table: TableId): string | null {
  const d = DEFAULT_VIEWS[table].sort;
  if (sort?.id === d?.id && sort?.desc === d?.desc) return null;
  return sort ? `${sort.id}.${sort.desc ? 'desc' : 'asc'}` : 'none';
}

export function parseSort(value: string | null, table: TableId): SortState | null {
  if (value === null) return DEFAULT_VIEWS[table].sort;
  if (value === 'none') return null;
  const m = /^(\w+)\.(asc|desc)$/.exec(value);
  if (!m || !(m[1]! in SPECS[table].sortKeys)) return DEFAULT_VIEWS[table].sort;
  return { id: m[1]!, desc: m[2] === 'desc' };
}

/** `topic~核酸检测,隔离管控;speaker~会议` */
export function formatFacets(facets: Record<string, string[]>): string | null {
  const parts = Object.entries(facets)
    .filter(([, v]) => v.length > 0)
    .map(([k, v]) => `${k}~${v.join(',')}`);
  return parts.length ? parts.join(';') : null;
}

export function parseFacets(value: string | null, table: TableId): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!value) return out;
  for (const part of value.split(';')) {
    const [id, list] = part.split('~');
    if (!id || !list || !(id in SPECS[table].facets)) continue;
    out[id] = list.split(',').filter(Boolean);
  }
  return out;
}

const currentTable = (): TableId | null => {
  const tab = useStore.getState().tab;
  return (TABLE_IDS as readonly string[]).includes(tab) ? (tab as TableId) : null;
};

function readKey(f: (view: TableView, table: TableId) => string | null): () => string | null {
  return () => {
    const table = currentTable();
    return table ? f(useTablesStore.getState().views[table], table) : null;
  };
}

/** Set while URL values are being applied, so applying them is not written back as a new entry. */
let applying = false;
function markApplying(): void {
  applying = true;
  queueMicrotask(() => (applying = false));
}

function applyKey(f: (value: string | null, table: TableId) => Partial<TableView>): (value: string | null) => void {
  return (value) => {
    const table = currentTable();
    if (!table) return;
    markApplying();
    const s = useTablesStore.getState();
    s.applyViews({ ...s.views, [table]: { ...s.views[table], ...f(value, table) } }, s.person);
  };
}

const KEYS = {
  sort: { read: readKey((v, t) => formatSort(v.sort, t)), apply: applyKey((x, t) => ({ sort: parseSort(x, t) })) },
  facet: { read: readKey((v) => formatFacets(v.facets)), apply: applyKey((x, t) => ({ facets: parseFacets(x, t) })) },
  tq: { read: readKey((v) => v.search || null), apply: applyKey((x) => ({ search: x ?? '' })) },
  person: {
    read: () => (currentTable() === 'people' ? useTablesStore.getState().person : null),
    apply: (x: string | null) => {
      if (currentTable() !== 'people') return;
      markApplying();
      const s = useTablesStore.getState();
      s.applyViews(s.views, x);
    },
  },
} as const;

for (const [name, k] of Object.entries(KEYS)) registerUrlKey({ name, read: k.read, apply: k.apply });

// The passage a table row opened (`hl`), so a reload or a shared link marks it again.
registerUrlKey({
  name: 'hl',
  read: () => {
    const s = useStore.getState();
    return s.tab === 'reader' && s.focus && s.focus.reportId === s.selectedId && s.focus.text ? s.focus.text : null;
  },
  apply: (value) => {
    const s = useStore.getState();
    const next = value && s.selectedId ? { reportId: s.selectedId, text: value.slice(0, 2000) } : null;
    if (next?.text !== s.focus?.text || next?.reportId !== s.focus?.reportId) s.setFocus(next);
  },
});

/**
 * Writes table state changes to the URL. The shared hook writes on app-store changes only, so this
 * mirrors it for the tables store: one history entry per change, typing in the search replaces it.
 */
function startTableUrlSync(): () => void {
  return useTablesStore.subscribe((state, prev) => {
    if (applying || (state.views === prev.views && state.person === prev.person)) return;
    const params = new URLSearchParams(window.location.search);
    for (const [name, k] of Object.entries(KEYS)) {
      const v = k.read();
      if (v === null || v === '') params.delete(name);
      else params.set(name, v);
    }
    const s = params.toString();
    const next = s ? `?${s}` : '';
    if (next === window.location.search) return;
    const url = window.location.pathname + next + window.location.hash;
    const table = currentTable();
    const onlySearch =
      table !== null &&
      state.person === prev.person &&
      state.views[table].search !== prev.views[table].search &&
      state.views[table].sort === prev.views[table].sort &&
      state.views[table].facets === prev.views[table].facets;
    if (onlySearch) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  });
}

if (typeof window !== 'undefined') startTableUrlSync();
