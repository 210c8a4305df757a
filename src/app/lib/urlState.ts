/**
 * The view as a URL query: `?r=<id>&place=a,b&from=&to=&q=&script=&tab=`. Parsing is lenient (a bad
 * value is dropped, not fatal) so a hand-edited or stale link still opens.
 *
 * More keys (e.g. the tables' sort) are added with `registerUrlKey`; they travel with the same
 * history entries and popstate handling.
 */
import { z } from 'zod';
import type { ScriptMode, Tab } from '../store';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const placeKey = /^[^/]+\/[^/]+$/;
/** Comma-separated `province/name` keys; malformed items are dropped one by one. */
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => placeKey.test(x)),
);

export const UrlState = z.object({
  r: z.string().min(1).nullable().catch(null),
  place: list.catch([]),
  from: isoDate.nullable().catch(null),
  to: isoDate.nullable().catch(null),
  q: z.string().catch(''),
  script: z.enum(['published', 'hans', 'tw', 'hk']).catch('published'),
  tab: z.enum(['reader', 'directives', 'attendees', 'people']).catch('reader'),
});
export type UrlState = {
  r: string | null;
  place: string[];
  from: string | null;
  to: string | null;
  q: string;
  script: ScriptMode;
  tab: Tab;
};

const CORE_KEYS = ['r', 'place', 'from', 'to', 'q', 'script', 'tab'] as const;
const DEFAULTS: UrlState = { r: null, place: [], from: null, to: null, q: '', script: 'published', tab: 'reader' };

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const raw: Record<string, string | null> = {};
  for (const k of CORE_KEYS) raw[k] = params.get(k);
  // absent keys fall back to their defaults through .catch
  const parsed = UrlState.parse({ ...raw, place: raw.place ?? '', q: raw.q ?? '', script: raw.script ?? undefined });
  return { ...DEFAULTS, ...parsed };
}

/** Query string for a state; default values are left out so links stay short. */
export function formatUrlState(state: UrlState, extra: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  if (state.r) params.set('r', state.r);
  if (state.place.length) params.set('place', state.place.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.q) params.set('q', state.q);
  if (state.script !== 'published') params.set('script', state.script);
  if (state.tab !== 'reader') params.set('tab', state.tab);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A key another feature keeps in the URL: read from the store, and write back when the URL changes. */
export interface ExtraUrlKey<S> {
  name: string;
  /** The value to put in the URL, or null to leave the key out. */
  read(state: S): string | null;
  /** Applies the URL value (null when absent) to the store. Must accept any string: validate inside. */
  apply(value: string | null): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const extraKeys: ExtraUrlKey<any>[] = [];

export function registerUrlKey<S>(key: ExtraUrlKey<S>): void {
  if ((CORE_KEYS as readonly string[]).includes(key.name)) throw new Error(`URL key ${key.name} is taken`);
  const at = extraKeys.findIndex((k) => k.name === key.name);
  if (at >= 0) extraKeys[at] = key;
  else extraKeys.push(key);
}

export function registeredUrlKeys<S>(): readonly ExtraUrlKey<S>[] {
  return extraKeys;
}
