import { useT } from '../../hooks/useT';
import { useStore } from '../../store';

export function SearchBox() {
  const t = useT();
  const query = useStore((s) => s.filters.query);
  const setFilters = useStore((s) => s.setFilters);
  return (
    <label className="search">
      <span className="visually-hidden">{t('searchLabel')}</span>
      <input
        id="search"
        type="search"
        value={query}
        placeholder={`${t('search')}  /`}
        onChange={(e) => setFilters({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
        }}
        data-testid="search"
      />
    </label>
  );
}
