import { useT } from '../hooks/useT';
import { useStore } from '../store';

export function LangSwitch() {
  const t = useT();
  const lang = useStore((s) => s.uiLang);
  const setUiLang = useStore((s) => s.setUiLang);
  return (
    <button
      type="button"
      className="lang-switch"
      aria-label={t('interface')}
      onClick={() => setUiLang(lang === 'en' ? 'zh' : 'en')}
      data-testid="lang-switch"
    >
      {lang === 'en' ? '中文' : 'English'}
    </button>
  );
}
