import { SCRIPT_LABELS } from '../i18n';
import { useConverterLoading } from '../hooks/useConvert';
import { useT } from '../hooks/useT';
import { useStore, type ScriptMode } from '../store';

const MODES: ScriptMode[] = ['published', 'hans', 'tw', 'hk'];
const LANGS: Record<ScriptMode, string | undefined> = {
  published: undefined,
  hans: 'zh-Hans',
  tw: 'zh-Hant-TW',
  hk: 'zh-Hant-HK',
};

/** As published / 简体 / 繁體 (台灣) / 繁體 (香港), as a radio group. */
export function ScriptToggle() {
  const t = useT();
  const script = useStore((s) => s.script);
  const setScript = useStore((s) => s.setScript);
  const uiLang = useStore((s) => s.uiLang);
  const loading = useConverterLoading();
  return (
    <div className="segmented" role="radiogroup" aria-label={t('script')} data-testid="script-toggle">
      {MODES.map((m) => (
        <label key={m} className={m === script ? 'on' : undefined}>
          <input type="radio" name="script" value={m} checked={m === script} onChange={() => setScript(m)} />
          <span lang={LANGS[m]}>{SCRIPT_LABELS[m][uiLang === 'zh' ? 1 : 0]}</span>
        </label>
      ))}
      {loading && <span className="spinner" role="status" aria-label={t('converting')} title={t('converting')} />}
    </div>
  );
}
