import { useBodySearch } from '../../hooks/useBodySearch';
import { useFilteredIndex, useIndex } from '../../hooks/useFilteredIndex';
import { useT } from '../../hooks/useT';
import { hasFilters } from '../../lib/filters';
import { useStore } from '../../store';
import { DateFilter } from './DateFilter';
import { PlaceFacet } from './PlaceFacet';
import { ReportList } from './ReportList';
import { SearchBox } from './SearchBox';

export function Sidebar() {
  const t = useT();
  const total = useIndex().length;
  const shown = useFilteredIndex().length;
  const filtered = useStore((s) => hasFilters(s.filters));
  const clearFilters = useStore((s) => s.clearFilters);
  const body = useBodySearch();
  return (
    <div className="sidebar-inner">
      <div className="filters">
        <SearchBox />
        <details className="filter-group" open>
          <summary>{t('filters')}</summary>
          <PlaceFacet />
          <DateFilter />
        </details>
        <div className="filter-summary">
          <span
            role="status"
            data-testid="result-count"
            data-text-query={body.query || undefined}
            data-text-ms={body.ms === null ? undefined : Math.round(body.ms)}
          >
            {t('showing', { n: shown, total })}
          </span>
          <TextSearchStatus pending={body.pending} error={body.error} />
          {filtered && (
            <button type="button" className="link" onClick={clearFilters} data-testid="clear-filters">
              {t('clearFilters')}
            </button>
          )}
        </div>
      </div>
      <ReportList />
    </div>
  );
}

function TextSearchStatus({ pending, error }: { pending: boolean; error: string | null }) {
  const t = useT();
  if (error) return <span className="search-error small">{t('textSearchError', { message: error })}</span>;
  if (!pending) return null;
  return (
    <span className="muted small" data-testid="searching-text">
      <span className="spinner" aria-hidden="true" /> {t('searchingText')}
    </span>
  );
}
