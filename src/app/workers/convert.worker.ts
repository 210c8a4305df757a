/**
 * Script conversion off the main thread: long texts (a long report's panes, batches of titles) are
 * converted here so building a converter and running it never freezes the page. Each variant's
 * converter is built once, on its first batch.
 */
import { getConverter } from '../lib/scriptConvert';
import type { ScriptMode } from '../store';

export interface ConvertRequest {
  id: number;
  mode: ScriptMode;
  texts: string[];
}

export type ConvertResponse = { id: number; texts: string[] } | { id: number; error: string };

const post = (r: ConvertResponse) => (self as unknown as Worker).postMessage(r);

self.onmessage = async (e: MessageEvent<ConvertRequest>) => {
  const { id, mode, texts } = e.data;
  try {
    const convert = await getConverter(mode);
    post({ id, texts: texts.map(convert) });
  } catch (err) {
    post({ id, error: (err as Error).message });
  }
};
