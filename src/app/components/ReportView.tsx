import { useStore } from '../store';
import { ErrorBox, Loading } from './Status';

export function ReportView() {
  const selectedId = useStore((s) => s.selectedId);
  const entry = useStore((s) => (s.selectedId ? s.reports[s.selectedId] : undefined));

  if (!selectedId) return <p className="status empty">Choose a report on the left to read it.</p>;
  if (!entry || entry.status === 'idle' || entry.status === 'loading') return <Loading what="the report" />;
  if (entry.status === 'error') return <ErrorBox title="This report could not be opened" message={entry.message} />;

  const report = entry.value;
  const lang = report.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
  return (
    <article className="report">
      <h2 lang={lang}>{report.title ?? report.id}</h2>
      <div className="panes">
        <section className="pane" aria-label="Original" data-testid="pane-original">
          <h3>Original</h3>
          <div className="pane-text original" lang={lang}>
            {report.original}
          </div>
        </section>
        <section className="pane" aria-label="Cleaned" data-testid="pane-clean">
          <h3>Cleaned</h3>
          <div className="pane-text" lang={lang}>
            {report.clean.split('\n\n').map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      </div>
    </article>
  );
}
