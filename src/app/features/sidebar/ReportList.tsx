import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useRef } from 'react';
import { ErrorBox, Loading } from '../../components/Status';
import { Highlighted } from '../../components/Highlighted';
import { useBodyHits } from '../../hooks/useBodySearch';
import { useConvert } from '../../hooks/useConvert';
import { useFilteredIndex } from '../../hooks/useFilteredIndex';
import { useT } from '../../hooks/useT';
import { reportDate } from '../../lib/filters';
import { placeLabel } from '../../lib/placeLabel';
import { langFor } from '../../lib/scriptConvert';
import { useStore } from '../../store';

const ROW_HEIGHT = 62;
/** Rows that matched in the text carry a line of it. */
const SNIPPET_ROW_HEIGHT = 92;

/** The filtered reports, virtualised: only the rows in view are in the DOM, so 50k scroll smoothly. */
export function ReportList() {
  const t = useT();
  const status = useStore((s) => s.index.status);
  const error = useStore((s) => (s.index.status === 'error' ? s.index.message : null));
  const total = useStore((s) => (s.index.status === 'ready' ? s.index.value.length : 0));
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const script = useStore((s) => s.script);
  const query = useDeferredValue(useStore((s) => s.filters.query));
  const reports = useDeferredValue(useFilteredIndex());
  const hits = useDeferredValue(useBodyHits());
  const convert = useConvert();
  const scroller = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to re-render the list
  const virtualizer = useVirtualizer({
    count: reports.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (hits?.has(reports[i]?.id ?? '') ? SNIPPET_ROW_HEIGHT : ROW_HEIGHT),
    overscan: 8,
  });
  // row heights depend on which rows carry a snippet
  useEffect(() => virtualizer.measure(), [hits, reports, virtualizer]);

  const selectedIndex = selectedId ? reports.findIndex((r) => r.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  if (status === 'idle' || status === 'loading') return <Loading what={t('loadingReports')} />;
  if (error !== null) return <ErrorBox title={t('corpusError')} message={error} />;
  if (total === 0) return <p className="status">{t('noReports')}</p>;
  if (reports.length === 0)
    return (
      <div className="status empty-state" data-testid="no-match">
        <p>{t('noMatch')}</p>
        <p className="muted small">{t('noMatchHint')}</p>
      </div>
    );

  return (
    <div className="list-scroller" ref={scroller} data-testid="list-scroller">
      <ul
        className="report-list"
        data-testid="report-list"
        aria-label={t('reports')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const r = reports[row.index]!;
          const title = convert(r.title ?? r.id);
          const snippet = hits?.get(r.id);
          return (
            <li key={r.id} style={{ transform: `translateY(${row.start}px)`, height: row.size }}>
              <button
                type="button"
                className="report-item"
                aria-current={r.id === selectedId ? 'true' : undefined}
                aria-setsize={reports.length}
                aria-posinset={row.index + 1}
                onClick={() => select(r.id)}
                data-id={r.id}
              >
                <span className="report-title" lang={langFor(script, r.script)} title={title}>
                  <Highlighted text={title} query={query} />
                </span>
                <span className="report-meta">
                  <span lang="zh">{r.place ? convert(placeLabel(r.place)) : '—'}</span> · {reportDate(r) ?? t('noDate')}
                </span>
                {snippet !== undefined && (
                  <span className="report-snippet" lang={langFor(script, r.script)} data-testid="snippet">
                    <Highlighted text={convert(snippet)} query={query} />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
