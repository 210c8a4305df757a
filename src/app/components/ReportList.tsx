import { useStore } from '../store';
import { ErrorBox, Loading } from './Status';

export function ReportList() {
  const index = useStore((s) => s.index);
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);

  if (index.status === 'idle' || index.status === 'loading') return <Loading what="reports" />;
  if (index.status === 'error') return <ErrorBox title="The corpus could not be loaded" message={index.message} />;
  if (index.value.length === 0) return <p className="status">No reports in the corpus.</p>;

  return (
    <ul className="report-list" data-testid="report-list">
      {index.value.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            className="report-item"
            aria-current={r.id === selectedId ? 'true' : undefined}
            onClick={() => select(r.id)}
          >
            <span className="report-title">{r.title ?? r.id}</span>
            <span className="report-meta">
              {r.place ? `${r.place.province} · ${r.place.name}` : '—'} · {r.meetingDate ?? r.publishedAt ?? 'no date'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
