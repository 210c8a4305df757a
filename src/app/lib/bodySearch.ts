/**
 * The main-thread side of the full-text search worker: an observable snapshot of the latest answer.
 * The worker is started on the first query, so a reader who never searches never loads the bodies.
 */
import type { SearchRequest, SearchResponse } from '../workers/search.worker';

export interface BodySearch {
  /** The query the hits answer; lags behind the typed one while a search runs. */
  query: string;
  /** Report id → snippet around the first match, as published; null before any answer. */
  hits: ReadonlyMap<string, string> | null;
  /** A newer query than `query` is being searched (or the bodies are loading). */
  pending: boolean;
  error: string | null;
  /** How long the worker's scan took, for the curious (and the e2e latency check). */
  ms: number | null;
}

const IDLE: BodySearch = { query: '', hits: null, pending: false, error: null, ms: null };
let snapshot: BodySearch = IDLE;
let worker: Worker | null = null;
let seq = 0;
let asked = '';
const listeners = new Set<() => void>();

function publish(next: BodySearch): void {
  snapshot = next;
  listeners.forEach((l) => l());
}

function start(): Worker {
  const w = new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<SearchResponse>) => {
    const r = e.data;
    if (r.seq !== seq) return;
    publish(
      r.status === 'ready'
        ? { query: r.query, hits: r.hits, pending: false, error: null, ms: r.ms }
        : { ...snapshot, query: r.query, hits: null, pending: false, error: r.message },
    );
  };
  w.onerror = (e) => publish({ ...snapshot, pending: false, error: e.message || 'the search worker failed' });
  return w;
}

/** Asks for the bodies matching `query`; an empty query clears the answer without a search. */
export function requestBodySearch(query: string): void {
  const q = query.trim();
  if (q === asked) return;
  asked = q;
  seq++;
  if (!q) {
    publish(IDLE);
    return;
  }
  worker ??= start();
  worker.postMessage({ seq, query: q } satisfies SearchRequest);
  publish({ ...snapshot, pending: true, error: null });
}

export function bodySearchSnapshot(): BodySearch {
  return snapshot;
}

export function subscribeBodySearch(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
