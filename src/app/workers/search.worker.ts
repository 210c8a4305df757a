/**
 * Full-text search off the main thread: loads search.json on the first query, folds every body once,
 * then answers queries. Keystrokes arrive faster than a 50k-body scan; only the newest waiting query
 * is run, the ones it overtook are dropped.
 */
import { loadSearchIndex } from '../data/api';
import { prepareBodies, searchBodies, type PreparedBody } from '../lib/textSearch';

export interface SearchRequest {
  seq: number;
  query: string;
}

export type SearchResponse =
  | { seq: number; query: string; status: 'ready'; hits: Map<string, string>; ms: number }
  | { seq: number; query: string; status: 'error'; message: string };

let bodies: Promise<PreparedBody[]> | null = null;
let waiting: SearchRequest | null = null;
let running = false;

const post = (r: SearchResponse) => (self as unknown as Worker).postMessage(r);
/** Lets messages queued behind a long scan arrive, so the newest overtakes the rest. */
const yieldToQueue = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function drain(): Promise<void> {
  running = true;
  try {
    for (await yieldToQueue(); waiting; await yieldToQueue()) {
      const req = waiting;
      waiting = null;
      try {
        bodies ??= loadSearchIndex().then(prepareBodies);
        const loaded = await bodies;
        if (waiting) continue;
        const t0 = performance.now();
        const hits = searchBodies(loaded, req.query);
        post({ seq: req.seq, query: req.query, status: 'ready', hits, ms: performance.now() - t0 });
      } catch (e) {
        // a failed load may be retried by the next query
        bodies = null;
        post({ seq: req.seq, query: req.query, status: 'error', message: (e as Error).message });
      }
    }
  } finally {
    running = false;
  }
}

self.onmessage = (e: MessageEvent<SearchRequest>) => {
  waiting = e.data;
  if (!running) void drain();
};
