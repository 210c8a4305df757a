/**
 * The main-thread side of the conversion worker: converted texts cached per variant and text, asked
 * for in batches. Components read the cache synchronously and show a text as published until its
 * conversion is back; listeners hear when a batch arrives.
 */
import type { ScriptMode } from '../store';
import type { ConvertRequest, ConvertResponse } from '../workers/convert.worker';

/** Converted characters kept per variant before the cache starts over (a 50k corpus is far more). */
const MAX_CACHED_CHARS = 20_000_000;

interface ModeCache {
  done: Map<string, string>;
  chars: number;
  /** Asked for, not back yet (includes the queued ones). */
  waiting: Set<string>;
  queued: string[];
  /** Texts the worker could not convert: shown as published, not asked again. */
  failed: Set<string>;
}

const caches = new Map<ScriptMode, ModeCache>();
const requests = new Map<number, { mode: ScriptMode; texts: string[] }>();
const listeners = new Set<() => void>();
let worker: Worker | null = null;
let nextId = 0;
let version = 0;
let flushing = false;

function cacheFor(mode: ScriptMode): ModeCache {
  let c = caches.get(mode);
  if (!c) caches.set(mode, (c = { done: new Map(), chars: 0, waiting: new Set(), queued: [], failed: new Set() }));
  return c;
}

function notify(): void {
  version++;
  listeners.forEach((l) => l());
}

function onReply(r: ConvertResponse): void {
  const req = requests.get(r.id);
  if (!req) return;
  requests.delete(r.id);
  const c = cacheFor(req.mode);
  if ('error' in r) {
    console.error(`Converting to ${req.mode} failed in the worker: ${r.error}`);
    req.texts.forEach((t) => (c.waiting.delete(t), c.failed.add(t)));
  } else {
    if (c.chars > MAX_CACHED_CHARS) {
      c.done.clear();
      c.chars = 0;
    }
    req.texts.forEach((t, i) => {
      c.waiting.delete(t);
      c.done.set(t, r.texts[i] ?? t);
      c.chars += t.length;
    });
  }
  notify();
}

function start(): Worker {
  const w = new Worker(new URL('../workers/convert.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<ConvertResponse>) => onReply(e.data);
  return w;
}

function flush(): void {
  flushing = false;
  worker ??= start();
  for (const [mode, c] of caches) {
    if (c.queued.length === 0) continue;
    const id = ++nextId;
    const texts = c.queued;
    c.queued = [];
    requests.set(id, { mode, texts });
    worker.postMessage({ id, mode, texts } satisfies ConvertRequest);
  }
  notify();
}

/** The text converted to `mode` if the worker has done it (or it failed: then as published). */
export function convertedInWorker(mode: ScriptMode, text: string): string | undefined {
  const c = caches.get(mode);
  return c?.done.get(text) ?? (c?.failed.has(text) ? text : undefined);
}

/**
 * Asks the worker for a text; every ask within one task goes in one batch. Safe to call during a
 * render: asking twice is a no-op, and the answer arrives through the listeners.
 */
export function askWorker(mode: ScriptMode, text: string): void {
  const c = cacheFor(mode);
  if (c.done.has(text) || c.waiting.has(text) || c.failed.has(text)) return;
  c.waiting.add(text);
  c.queued.push(text);
  if (!flushing) {
    flushing = true;
    queueMicrotask(flush);
  }
}

/** Converts a batch (e.g. every title of a list) in the worker, resolving once all are back. */
export function convertBatch(mode: ScriptMode, texts: readonly string[]): Promise<string[]> {
  const all = () => texts.map((t) => convertedInWorker(mode, t));
  return new Promise((resolve) => {
    const check = () => {
      const out = all();
      if (out.every((t) => t !== undefined)) {
        listeners.delete(check);
        resolve(out as string[]);
      }
    };
    listeners.add(check);
    texts.forEach((t) => askWorker(mode, t));
    check();
  });
}

/** Whether some texts are out at the worker. */
export function workerBusy(): boolean {
  return requests.size > 0 || flushing;
}

export function workerVersion(): number {
  return version;
}

export function subscribeWorker(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
