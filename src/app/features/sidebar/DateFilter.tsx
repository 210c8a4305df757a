import { useMemo, useState } from 'react';
import { useFilteredIndexSkipping } from '../../hooks/useFilteredIndex';
import { useT } from '../../hooks/useT';
import { useStore } from '../../store';
import { monthBuckets, monthEnd, monthStart } from './months';

const SKIP_DATES = { dates: true };

export function DateFilter() {
  const t = useT();
  const from = useStore((s) => s.filters.from);
  const to = useStore((s) => s.filters.to);
  const setFilters = useStore((s) => s.setFilters);

  return (
    <fieldset className="facet dates">
      <legend>{t('dates')}</legend>
      <div className="date-inputs">
        <label>
          <span>{t('from')}</span>
          <input
            type="date"
            value={from ?? ''}
            max={to ?? undefined}
            onChange={(e) => setFilters({ from: e.target.value || null })}
            data-testid="date-from"
          />
        </label>
        <label>
          <span>{t('to')}</span>
          <input
            type="date"
            value={to ?? ''}
            min={from ?? undefined}
            onChange={(e) => setFilters({ to: e.target.value || null })}
            data-testid="date-to"
          />
        </label>
      </div>
      <Timeline />
    </fieldset>
  );
}

/** Bars of reports per month; click a month, or drag across months, to set the range. */
function Timeline() {
  const t = useT();
  const reports = useFilteredIndexSkipping(SKIP_DATES);
  const buckets = useMemo(() => monthBuckets(reports), [reports]);
  const from = useStore((s) => s.filters.from);
  const to = useStore((s) => s.filters.to);
  const setFilters = useStore((s) => s.setFilters);
  const [drag, setDrag] = useState<{ anchor: number; over: number } | null>(null);
  // one bar is a tab stop (the arrow keys move between them), not every month
  const [focus, setFocus] = useState(0);

  if (buckets.length === 0) return null;
  const max = Math.max(...buckets.map((b) => b.count));
  const choose = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const range = { from: monthStart(buckets[lo]!.month), to: monthEnd(buckets[hi]!.month) };
    // the month already chosen, chosen again, clears the range
    const again = range.from === from && range.to === to;
    setFilters(again ? { from: null, to: null } : range);
  };
  const stop = Math.min(focus, buckets.length - 1);
  const move = (bar: HTMLElement, to: number) => {
    const next = Math.max(0, Math.min(buckets.length - 1, to));
    setFocus(next);
    (bar.parentElement?.children[next] as HTMLElement | undefined)?.focus();
  };
  const inRange = (i: number, month: string) => {
    if (drag) return i >= Math.min(drag.anchor, drag.over) && i <= Math.max(drag.anchor, drag.over);
    if (!from && !to) return false;
    return (!from || monthEnd(month) >= from) && (!to || monthStart(month) <= to);
  };

  return (
    <div className="timeline" role="group" aria-label={t('timeline')} onPointerLeave={() => setDrag(null)}>
      {buckets.map((b, i) => (
        <button
          key={b.month}
          type="button"
          className="bar"
          data-selected={inRange(i, b.month) || undefined}
          aria-pressed={inRange(i, b.month)}
          tabIndex={i === stop ? 0 : -1}
          onFocus={() => setFocus(i)}
          title={`${b.month}: ${b.count}`}
          aria-label={`${b.month}: ${b.count}`}
          onPointerDown={(e) => {
            e.preventDefault();
            setDrag({ anchor: i, over: i });
          }}
          onPointerEnter={() => setDrag((d) => (d ? { ...d, over: i } : d))}
          onPointerUp={() => {
            if (drag) choose(drag.anchor, i);
            setDrag(null);
          }}
          onKeyDown={(e) => {
            const step = { ArrowLeft: -1, ArrowRight: 1, Home: -i, End: buckets.length } as Record<string, number>;
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              choose(i, i);
            } else if (e.key in step) {
              e.preventDefault();
              move(e.currentTarget, i + step[e.key]!);
            }
          }}
        >
          <span style={{ height: `${Math.max(b.count ? 8 : 0, (b.count / max) * 100)}%` }} />
        </button>
      ))}
      <div className="timeline-axis" aria-hidden="true">
        <span>{buckets[0]!.month}</span>
        <span>{buckets.at(-1)!.month}</span>
      </div>
    </div>
  );
}
