import { useCallback } from 'react';
import { label, type LabelKey } from '../i18n';
import { useStore } from '../store';

/** Label lookup in the chosen interface language. */
export function useT(): (key: LabelKey, vars?: Record<string, string | number>) => string {
  const lang = useStore((s) => s.uiLang);
  return useCallback((key, vars) => label(lang, key, vars), [lang]);
}
