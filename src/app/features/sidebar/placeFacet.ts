import type { ReportSummary } from '../../../schema';
import { placeKey, provinceKey } from '../../lib/filters';

export interface FacetValue {
  key: string;
  name: string;
  count: number;
}

export interface ProvinceFacet extends FacetValue {
  places: FacetValue[];
}

/** Province → place counts, biggest first; names shown as first seen in the corpus. */
export function placeFacet(reports: readonly ReportSummary[]): ProvinceFacet[] {
  const provinces = new Map<string, ProvinceFacet & { byKey: Map<string, FacetValue> }>();
  for (const r of reports) {
    if (!r.place) continue;
    const pk = provinceKey(r.place.province);
    let p = provinces.get(pk);
    if (!p) {
      p = { key: pk, name: r.place.province, count: 0, places: [], byKey: new Map() };
      provinces.set(pk, p);
    }
    p.count++;
    if (r.place.level === 'province') continue;
    const key = placeKey(r.place);
    let v = p.byKey.get(key);
    if (!v) {
      v = { key, name: r.place.name, count: 0 };
      p.byKey.set(key, v);
      p.places.push(v);
    }
    v.count++;
  }
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.name.localeCompare(b.name, 'zh');
  return [...provinces.values()].map(({ byKey: _, ...p }) => ({ ...p, places: p.places.sort(byCount) })).sort(byCount);
}
