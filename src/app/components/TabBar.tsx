import { TAB_LABELS, pick } from '../i18n';
import { useT } from '../hooks/useT';
import { useStore, type Tab } from '../store';

const TABS: Tab[] = ['reader', 'directives', 'attendees', 'people'];

/** Reader and tables side by side as tabs; arrow keys move between them. */
export function TabBar() {
  const t = useT();
  const tab = useStore((s) => s.tab);
  const setTab = useStore((s) => s.setTab);
  const lang = useStore((s) => s.uiLang);
  return (
    <div className="tabs" role="tablist" aria-label={t('views')}>
      {TABS.map((k, i) => (
        <button
          key={k}
          type="button"
          role="tab"
          id={`tab-${k}`}
          aria-selected={k === tab}
          aria-controls="view"
          tabIndex={k === tab ? 0 : -1}
          onClick={() => setTab(k)}
          onKeyDown={(e) => {
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            const next = TABS[(i + step + TABS.length) % TABS.length]!;
            setTab(next);
            document.getElementById(`tab-${next}`)?.focus();
          }}
        >
          {pick(lang, TAB_LABELS[k])}
        </button>
      ))}
    </div>
  );
}
