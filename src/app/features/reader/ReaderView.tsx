import { useMemo, useRef } from 'react';
import type { Report } from '../../../schema';
import { ErrorBox, Loading } from '../../components/Status';
import { useConvert, useConvertLarge } from '../../hooks/useConvert';
import { usePassageFocus } from '../../hooks/usePassageFocus';
import { useT } from '../../hooks/useT';
import { alignBlocks } from '../../lib/align';
import { langFor } from '../../lib/scriptConvert';
import { useStore } from '../../store';
import { CleanPane } from './CleanPane';
import { KindLegend } from './KindLegend';
import { OriginalPane } from './OriginalPane';
import { ReportHeader } from './ReportHeader';
import { useChangeNavigation } from './useChangeNavigation';
import { useSyncScroll } from './useSyncScroll';

export function ReaderView() {
  const t = useT();
  const selectedId = useStore((s) => s.selectedId);
  const entry = useStore((s) => (s.selectedId ? s.reports[s.selectedId] : undefined));

  if (!selectedId) return <p className="status empty">{t('choose')}</p>;
  if (!entry || entry.status === 'idle' || entry.status === 'loading') return <Loading what={t('loadingReport')} />;
  if (entry.status === 'error') return <ErrorBox title={t('reportError')} message={entry.message} />;
  return <ReportReader report={entry.value} />;
}

function ReportReader({ report }: { report: Report }) {
  const t = useT();
  const script = useStore((s) => s.script);
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const convert = useConvert();
  // the panes may be long: converted in a worker when they are
  const convertClean = useConvertLarge(script, report.clean.length);
  const convertOriginal = useConvertLarge(view.convertOriginal ? script : 'published', report.original.length);
  const root = useRef<HTMLDivElement>(null);

  const blocks = useMemo(() => alignBlocks(report.original, report.clean, report.edits), [report]);
  const visibleBlocks = useMemo(
    () =>
      blocks.map((b) => !view.changesOnly || b.edits.some((i) => !view.hiddenKinds.includes(report.edits[i]!.kind))),
    [blocks, report, view.changesOnly, view.hiddenKinds],
  );
  const cleanLang = langFor(script, report.script);
  const originalLang = view.convertOriginal ? cleanLang : langFor('published', report.script);

  useSyncScroll(root, `${report.id}|${view.changesOnly}|${view.hiddenKinds.join()}`);
  useChangeNavigation(root);
  usePassageFocus(root, report.id, convertClean, `${view.changesOnly}|${view.hiddenKinds.join()}`);

  return (
    <article className="report" ref={root} data-testid="report">
      <ReportHeader report={report} convert={convert} lang={cleanLang} />
      <div className="toolbar">
        <KindLegend report={report} />
        <div className="options">
          <Toggle checked={view.changesOnly} onChange={(v) => setView({ changesOnly: v })} label={t('changesOnly')} />
          <Toggle
            checked={view.convertOriginal}
            onChange={(v) => setView({ convertOriginal: v })}
            label={t('convertOriginal')}
          />
          <Toggle checked={view.showMarks} onChange={(v) => setView({ showMarks: v })} label={t('marks')} />
        </div>
      </div>
      <div className="panes">
        <section className="pane" aria-labelledby="pane-original-h" data-testid="pane-original">
          <h3 id="pane-original-h">{t('original')}</h3>
          <OriginalPane
            report={report}
            blocks={blocks}
            visibleBlocks={visibleBlocks}
            convert={convertOriginal}
            lang={originalLang}
          />
        </section>
        <section className="pane" aria-labelledby="pane-clean-h" data-testid="pane-clean">
          <h3 id="pane-clean-h">
            {t('cleaned')}
            {view.showMarks && (report.attendees.length > 0 || report.directives.length > 0) && (
              <span className="mark-legend">
                <span className="mk-attendee">{t('attendee')}</span>
                <span className="mk-directive">{t('directive')}</span>
              </span>
            )}
          </h3>
          <CleanPane
            report={report}
            blocks={blocks}
            visibleBlocks={visibleBlocks}
            convert={convertClean}
            lang={cleanLang}
          />
        </section>
      </div>
      <p className="keys-hint muted small">{t('keys')}</p>
    </article>
  );
}

function Toggle({ checked, onChange, label }: { checked: boolean; onChange: (v: boolean) => void; label: string }) {
  return (
    <label className="toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
