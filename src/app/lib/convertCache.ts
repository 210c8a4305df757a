/**
 * Loaded converters wrapped with a per-mode cache of converted strings, observable so components
 * re-render once the converter for a mode has arrived.
 */
import type { ScriptMode } from '../store';
import { getConverter, type Convert } from './scriptConvert';

const identity: Convert = (s) => s;
const ready = new Map<ScriptMode, Convert>([['published', identity]]);
const listeners = new Set<() => void>();
/** Titles repeat across renders of a 50k list; keep many, but not without bound. */
const MAX_CACHED = 100_000;

function cached(convert: Convert): Convert {
  const memo = new Map<string, string>();
  return (s) => {
    let out = memo.get(s);
    if (out === undefined) {
      out = convert(s);
      if (memo.size >= MAX_CACHED) memo.clear();
      memo.set(s, out);
    }
    return out;
  };
}

/** Starts loading a mode's converter; listeners hear when it is ready. */
export function requestConverter(mode: ScriptMode): void {
  if (ready.has(mode)) return;
  getConverter(mode).then(
    (convert) => {
      if (ready.has(mode)) return;
      ready.set(mode, cached(convert));
      listeners.forEach((l) => l());
    },
    (e: unknown) => console.error(`The ${mode} converter could not be loaded`, e),
  );
}

/** The ready converter for a mode, or undefined while it loads. */
export function readyConverter(mode: ScriptMode): Convert | undefined {
  return ready.get(mode);
}

export function subscribeConverters(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
