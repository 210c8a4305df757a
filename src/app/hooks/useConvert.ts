import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { readyConverter, requestConverter, subscribeConverters } from '../lib/convertCache';
import { askWorker, convertedInWorker, subscribeWorker, workerBusy, workerVersion } from '../lib/convertWorker';
import { useStore, type ScriptMode } from '../store';

const identity = (s: string) => s;

/**
 * Texts longer than this (in characters) are converted in the worker: at ~9 MB/s a pane this size is
 * a couple of milliseconds on the main thread, longer ones would start to show as jank.
 */
export const LARGE_TEXT = 20_000;

/** Converter for a given mode: the identity until opencc has loaded, then the real one (cached). */
export function useConvertFor(mode: ScriptMode): (s: string) => string {
  useEffect(() => requestConverter(mode), [mode]);
  return useSyncExternalStore(subscribeConverters, () => readyConverter(mode) ?? identity);
}

/** Converter for the script chosen in the store, for short strings (titles, places, snippets). */
export function useConvert(): (s: string) => string {
  return useConvertFor(useStore((s) => s.script));
}

/**
 * Converter for the pieces of one long text of `size` characters (a report pane). Small texts use the
 * main-thread converter; large ones go to the conversion worker, cached per text and variant, and
 * show as published until their conversion is back (the pane re-renders then).
 */
export function useConvertLarge(mode: ScriptMode, size: number): (s: string) => string {
  const large = size > LARGE_TEXT && mode !== 'published';
  // a large text never needs the main-thread converter, so it is not loaded for it
  const sync = useConvertFor(large ? 'published' : mode);
  const version = useSyncExternalStore(subscribeWorker, () => (large ? workerVersion() : 0));
  return useMemo(() => {
    if (!large) return sync;
    // asking during render is safe: repeated asks are no-ops and the answer comes via the listeners
    return (s: string) => {
      const done = convertedInWorker(mode, s);
      if (done !== undefined) return done;
      askWorker(mode, s);
      return s;
    };
    // version: a new function when a batch arrives, so memoised paragraphs render the converted text
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [large, mode, sync, version]);
}

/** Whether conversion to the chosen script is still loading or running (to show a quiet indicator). */
export function useConverterLoading(): boolean {
  const mode = useStore((s) => s.script);
  const loading = useSyncExternalStore(subscribeConverters, () => readyConverter(mode) === undefined);
  const busy = useSyncExternalStore(subscribeWorker, workerBusy);
  return loading || busy;
}
