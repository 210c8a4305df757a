import { useEffect, useSyncExternalStore } from 'react';
import { readyConverter, requestConverter, subscribeConverters } from '../lib/convertCache';
import { useStore, type ScriptMode } from '../store';

const identity = (s: string) => s;

/** Converter for a given mode: the identity until opencc has loaded, then the real one (cached). */
export function useConvertFor(mode: ScriptMode): (s: string) => string {
  useEffect(() => requestConverter(mode), [mode]);
  return useSyncExternalStore(subscribeConverters, () => readyConverter(mode) ?? identity);
}

/** Converter for the script chosen in the store. */
export function useConvert(): (s: string) => string {
  return useConvertFor(useStore((s) => s.script));
}

/** Whether the chosen script's converter is still loading (to show a quiet indicator). */
export function useConverterLoading(): boolean {
  const mode = useStore((s) => s.script);
  return useSyncExternalStore(subscribeConverters, () => readyConverter(mode) === undefined);
}
