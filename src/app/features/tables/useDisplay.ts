/** How table text is shown: converted to the chosen script, with the matching `lang`. */
import { useCallback } from 'react';
import { useConvert } from '../../hooks/useConvert';
import { langFor } from '../../lib/scriptConvert';
import { useStore } from '../../store';

export function useDisplay() {
  const convert = useConvert();
  const script = useStore((s) => s.script);
  const lang = useCallback((published: 'hans' | 'hant' | undefined) => langFor(script, published), [script]);
  return { convert, lang, script };
}

/** `广东/佛山` → `广东 · 佛山`; a province-level key `吉林/吉林` → `吉林`. */
export function placeKeyLabel(key: string): string {
  const [province, name] = key.split('/');
  return !name || name === province || name === '*' ? (province ?? key) : `${province} · ${name}`;
}
