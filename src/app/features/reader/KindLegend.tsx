import { EDIT_KINDS, type EditKind, type Report } from '../../../schema';
import { KIND_LABELS, pick } from '../../i18n';
import { useT } from '../../hooks/useT';
import { useStore } from '../../store';

/** Counts of each edit kind, doubling as the legend and the show/hide switches. */
export function KindLegend({ report }: { report: Report }) {
  const t = useT();
  const lang = useStore((s) => s.uiLang);
  const hidden = useStore((s) => s.view.hiddenKinds);
  const setView = useStore((s) => s.setView);
  const counts = new Map<EditKind, number>();
  for (const e of report.edits) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const present = EDIT_KINDS.filter((k) => counts.has(k));
  if (present.length === 0) return <p className="muted small">{t('noChanges')}</p>;
  return (
    <div className="legend" role="group" aria-label={t('changes')} data-testid="legend">
      {present.map((k) => {
        const shown = !hidden.includes(k);
        return (
          <button
            key={k}
            type="button"
            className={`chip k-${k}`}
            aria-pressed={shown}
            data-kind={k}
            onClick={() => setView({ hiddenKinds: shown ? [...hidden, k] : hidden.filter((x) => x !== k) })}
          >
            <span className="swatch" aria-hidden="true" />
            {pick(lang, KIND_LABELS[k])} <span className="count">{counts.get(k)}</span>
          </button>
        );
      })}
    </div>
  );
}
