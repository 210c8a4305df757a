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
  return (
    <div className="sidebar-inner">
      <div className="filters">
        <SearchBox />
        <details className="filter-group" open>
          <summary>
            {t('places')} · {t('dates')}
          </summary>
          <PlaceFacet />
          <DateFilter />
        </details>
        <div className="filter-summary">
          <span role="status" data-testid="result-count">
            {t('showing', { n: shown, total })}
          </span>
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
