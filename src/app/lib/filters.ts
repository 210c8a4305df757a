/**
 * The filters shared by the report list and the tables. Pure functions, so they are unit-tested
 * and can be memoised by the hooks that use them.
 */
import type { Place, ReportSummary } from '../../schema';
import type { Filters } from '../store';
import { toSearchForm } from './normalizeSearch';

/** Place names may carry an administrative suffix ("邯郸市"); keys use the short form. */
function shortName(name: string): string {
  return name.length > 2 ? name.replace(/[省市县區区縣]$/u, '') : name;
}

/** Facet key of a place: `province/name`, e.g. `河北/邯郸`; a whole province is `河北/*`. */
export function placeKey(place: Pick<Place, 'province' | 'name'>): string {
  return `${shortName(toSimplifiedKey(place.province))}/${shortName(toSimplifiedKey(place.name))}`;
}

export function provinceKey(province: string): string {
  return `${shortName(toSimplifiedKey(province))}/*`;
}

/** Keys are Simplified so a Traditional place name and its Simplified twin are one facet value. */
function toSimplifiedKey(s: string): string {
  return toSearchForm(s.trim());
}

/** The date a report is filed under: the meeting, else the day it was published. */
export function reportDate(r: Pick<ReportSummary, 'meetingDate' | 'publishedAt'>): string | null {
  return r.meetingDate ?? r.publishedAt?.slice(0, 10) ?? null;
}

/** Text a query is matched against, in search form; cached per summary object. */
const searchText = new WeakMap<ReportSummary, string>();
function haystack(r: ReportSummary): string {
  let s = searchText.get(r);
  if (s === undefined) {
    s = toSearchForm(
      [r.title ?? '', r.place?.province ?? '', r.place?.name ?? '', r.outlet ?? '', r.id].join('\u0000'),
    );
    searchText.set(r, s);
  }
  return s;
}

export function matchesPlaces(r: ReportSummary, places: readonly string[]): boolean {
  if (places.length === 0) return true;
  if (!r.place) return false;
  const key = placeKey(r.place);
  const province = provinceKey(r.place.province);
  return places.includes(key) || places.includes(province);
}

export function matchesDates(r: ReportSummary, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const d = reportDate(r);
  if (!d) return false;
  return (!from || d >= from) && (!to || d <= to);
}

export function matchesQuery(r: ReportSummary, query: string): boolean {
  return matchesFolded(r, toSearchForm(query.trim()));
}

/** Same with the query already in search form (folded once for a whole list, not once per report). */
function matchesFolded(r: ReportSummary, q: string): boolean {
  return q === '' || haystack(r).includes(q);
}

/** Which filters to skip: a facet counts values as if its own selection were not applied. */
export type Skip = { places?: boolean; dates?: boolean };

/**
 * `bodyHits` are the reports whose cleaned text matches the query (from the search worker); a report
 * matches the query through its title, place, outlet or its text.
 */
export function filterIndex(
  index: readonly ReportSummary[],
  f: Filters,
  skip: Skip = {},
  bodyHits: ReadonlyMap<string, unknown> | null = null,
): ReportSummary[] {
  const q = toSearchForm(f.query.trim());
  return index.filter(
    (r) =>
      (skip.places || matchesPlaces(r, f.places)) &&
      (skip.dates || matchesDates(r, f.from, f.to)) &&
      (matchesFolded(r, q) || (bodyHits?.has(r.id) ?? false)),
  );
}

export function hasFilters(f: Filters): boolean {
  return f.places.length > 0 || f.from !== null || f.to !== null || f.query.trim() !== '';
}
