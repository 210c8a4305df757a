import { useMemo, useState } from 'react';
import { useConvert } from '../../hooks/useConvert';
import { useFilteredIndexSkipping } from '../../hooks/useFilteredIndex';
import { useT } from '../../hooks/useT';
import { useStore } from '../../store';
import { placeFacet } from './placeFacet';

const SKIP_PLACES = { places: true };

/** Province → city/county checkboxes with counts against the other filters. */
export function PlaceFacet() {
  const t = useT();
  const convert = useConvert();
  const reports = useFilteredIndexSkipping(SKIP_PLACES);
  const selected = useStore((s) => s.filters.places);
  const setFilters = useStore((s) => s.setFilters);
  const facet = useMemo(() => placeFacet(reports), [reports]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const toggle = (key: string) =>
    setFilters({ places: selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key] });

  return (
    <fieldset className="facet" data-testid="place-facet">
      <legend>{t('places')}</legend>
      {facet.length === 0 && <p className="muted small">{t(reports.length === 0 ? 'noPlacesMatch' : 'noPlaces')}</p>}
      <ul className="facet-list">
        {facet.map((p) => {
          const expanded = open.has(p.key) || p.places.some((v) => selected.includes(v.key));
          return (
            <li key={p.key}>
              <div className="facet-row">
                {p.places.length > 0 ? (
                  <button
                    type="button"
                    className="disclosure"
                    aria-expanded={expanded}
                    aria-label={`${p.name}…`}
                    onClick={() =>
                      setOpen((o) => {
                        const n = new Set(o);
                        if (n.has(p.key)) n.delete(p.key);
                        else n.add(p.key);
                        return n;
                      })
                    }
                  >
                    {expanded ? '▾' : '▸'}
                  </button>
                ) : (
                  <span className="disclosure" />
                )}
                <label>
                  <input type="checkbox" checked={selected.includes(p.key)} onChange={() => toggle(p.key)} />
                  <span lang="zh">{convert(p.name)}</span>
                  <span className="count">{p.count}</span>
                </label>
              </div>
              {expanded && (
                <ul className="facet-sub">
                  {p.places.map((v) => (
                    <li key={v.key}>
                      <label>
                        <input
                          type="checkbox"
                          checked={selected.includes(v.key)}
                          onChange={() => toggle(v.key)}
                          data-place={v.key}
                        />
                        <span lang="zh">{convert(v.name)}</span>
                        <span className="count">{v.count}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
