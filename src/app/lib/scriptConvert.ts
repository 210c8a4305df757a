/**
 * Script conversion with opencc-js, loaded on first use: the cn→t dictionaries are large and must
 * stay out of the initial bundle. A converter costs a few hundred milliseconds to build, so each
 * variant is built once and reused.
 */
import type { ScriptMode } from '../store';

export type Convert = (s: string) => string;

const identity: Convert = (s) => s;
const pending = new Map<ScriptMode, Promise<Convert>>();

async function build(mode: ScriptMode): Promise<Convert> {
  switch (mode) {
    case 'published':
      return identity;
    case 'hans': {
      const { Converter } = await import('opencc-js/t2cn');
      return Converter({ from: 't', to: 'cn' });
    }
    case 'tw':
    case 'hk': {
      const { Converter } = await import('opencc-js/cn2t');
      return Converter({ from: 'cn', to: mode });
    }
  }
}

/** The converter for a script mode ('published' is the identity); cached per mode. */
export function getConverter(mode: ScriptMode): Promise<Convert> {
  let p = pending.get(mode);
  if (!p) {
    p = build(mode);
    // a failed load (offline) may be retried on the next request
    p.catch(() => pending.delete(mode));
    pending.set(mode, p);
  }
  return p;
}

/** The `lang` tag for text shown in a mode; `published` keeps the report's own script. */
export function langFor(mode: ScriptMode, published: 'hans' | 'hant' | undefined): string {
  if (mode === 'hans') return 'zh-Hans';
  if (mode === 'tw') return 'zh-Hant-TW';
  if (mode === 'hk') return 'zh-Hant-HK';
  return published === 'hant' ? 'zh-Hant' : 'zh-Hans';
}
