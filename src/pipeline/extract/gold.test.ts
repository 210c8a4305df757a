/** Scorer-like checks of all extractors on the gold clean texts, so they do not depend on the cleaning work. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../script';
import { extractAttendees } from './attendees';
import { buildContext } from './context';
import { extractDirectives } from './directives';
import { extractMetadata } from './metadata';
import { extractPlace } from './place';

interface Gold {
  title_contains: string[];
  publishedDate: string;
  meetingDate: string;
  place: { name: string; province: string; level: string };
  outlet?: string;
  authors: string[];
  chair: string;
  attendees: string[];
  attendees_optional?: string[];
  not_attendees?: string[];
  titles: Record<string, string[]>;
  directive_keys: string[];
  not_directive_keys: string[];
}

const shared = new URL('../../../../shared/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('gold/seeds.gold.json', shared), 'utf8')) as Record<string, Gold>;
const S = foldToSimplified;

describe.each(Object.entries(gold))('gold report %s', (id, g) => {
  const original = readFileSync(new URL(`seeds/${id}.txt`, shared), 'utf8');
  const clean = readFileSync(new URL(`gold/${id}.clean.txt`, shared), 'utf8');
  const ctx = buildContext(original, clean);
  const meta = extractMetadata(ctx);
  const attendees = extractAttendees(ctx);
  const directives = extractDirectives(ctx, attendees);

  it('reads the metadata', () => {
    for (const t of g.title_contains) expect(S(meta.title ?? '')).toContain(S(t));
    expect(meta.publishedAt?.startsWith(g.publishedDate)).toBe(true);
    expect(meta.meetingDate).toBe(g.meetingDate);
    if (g.outlet) expect(S(meta.outlet ?? '')).toBe(S(g.outlet));
    expect(meta.authors.map(S)).toEqual(expect.arrayContaining(g.authors.map(S)));
  });

  it('places the meeting', () => {
    const place = extractPlace(ctx, meta);
    expect(place?.name).toBe(g.place.name);
    expect(place?.province).toBe(g.place.province);
    expect(place?.level).toBe(g.place.level);
    expect(place?.code).toMatch(/^\d{6}$/);
  });

  it('finds exactly the people present, the chair and their titles', () => {
    const names = attendees.map((a) => S(a.name));
    const allowed = new Set([...g.attendees, ...(g.attendees_optional ?? [])].map(S));
    expect(names).toEqual(expect.arrayContaining(g.attendees.map(S)));
    expect(names.filter((n) => !allowed.has(n))).toEqual([]);
    expect(attendees.filter((a) => a.role === 'chair').map((a) => S(a.name))).toEqual([S(g.chair)]);
    for (const [name, titles] of Object.entries(g.titles)) {
      const p = attendees.find((a) => S(a.name) === S(name));
      for (const t of titles) expect(p?.titles.some((x) => S(x).includes(S(t)))).toBe(true);
    }
    for (const a of attendees) expect(clean).toContain(a.name);
  });

  it('extracts the directives once each, and nothing else', () => {
    const texts = directives.map((d) => S(d.text));
    for (const k of g.directive_keys)
      expect(
        texts.some((t) => t.includes(S(k))),
        k,
      ).toBe(true);
    for (const k of g.not_directive_keys)
      expect(
        texts.some((t) => t.includes(S(k))),
        k,
      ).toBe(false);
    expect(new Set(texts).size).toBe(texts.length);
    for (const d of directives) expect(clean).toContain(d.text);
  });

  it('does not double directives or people when the page repeats its body', () => {
    const doubled = clean + '\n\n' + clean;
    const ctx2 = buildContext(original, doubled);
    const people2 = extractAttendees(ctx2);
    expect(people2.length).toBe(attendees.length);
    expect(extractDirectives(ctx2, people2).length).toBe(directives.length);
  });
});
