/** One facet: its values with counts (against the other filters), as checkboxes. */
import { useId, useState } from 'react';
import { useTableT } from './labels';
import { useTablesStore, type TableId } from './tableStore';

interface Props {
  table: TableId;
  facet: string;
  legend: string;
  counts: ReadonlyMap<string, number>;
  /** The value as shown (converted, translated). */
  labelOf(key: string): string;
  lang?: string;
}

const FEW = 8;
const NONE: string[] = [];

export function FacetPanel({ table, facet, legend, counts, labelOf, lang }: Props) {
  const t = useTableT();
  const id = useId();
  const selected = useTablesStore((s) => s.views[table].facets[facet] ?? NONE);
  const toggle = useTablesStore((s) => s.toggleFacet);
  const [all, setAll] = useState(false);
  // selected values stay listed even when no row has them any more, so they can be unticked
  const keys = [...new Set([...selected, ...counts.keys()])].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const shown = all ? keys : keys.slice(0, FEW);
  if (keys.length === 0) return null;
  return (
    <fieldset className="facet" data-testid={`facet-${facet}`}>
      <legend id={id}>{legend}</legend>
      <ul>
        {shown.map((k) => (
          <li key={k}>
            <label>
              <input type="checkbox" checked={selected.includes(k)} onChange={() => toggle(table, facet, k)} />
              <span className="facet-value" lang={lang}>
                {labelOf(k)}
              </span>
              <span className="facet-count">{counts.get(k) ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      {keys.length > FEW && (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-describedby={id}>
          {all ? t('showFewer') : t('showAll', { n: keys.length })}
        </button>
      )}
    </fieldset>
  );
}
