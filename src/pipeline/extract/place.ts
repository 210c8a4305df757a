import type { Place } from '../../schema';
import {
  aliases,
  byShortName,
  MAX_ALIAS_LENGTH,
  type Alias,
  type Division,
  type DivisionLevel,
} from '../data/gazetteer';
import { HAS_SPAM_WORD } from '../passes/spam-lexicon';
import { foldToSimplified } from '../script';
import type { ExtractContext } from './context';
import type { Metadata } from './metadata';

type HostLevel = DivisionLevel | 'township';

/** Evidence a page needs to be placed: more than one bare mention (a suffixed name, an outlet, a host all give it). */
const MIN_EVIDENCE = 1.5;

/**
 * The level a meeting is held at, from who chairs it and how the report speaks (市委书记, 全县, 我省).
 * The first such cue in the lead is the one that names the host; later ones may be superiors.
 */
// 州/盟 (autonomous prefectures, leagues) rank as cities; 州疫情 is left out since 贵州疫情, 杭州疫情 read the same.
// A township or street (镇, 乡, 街道) has no division of its own in the gazetteer: it is placed in its county.
const LEVEL_CUES: readonly [RegExp, HostLevel][] = [
  // autonomous regions are provinces whose party committee is 区党委 and whose head is 主席, not 区委/区长
  [/省委|省政府|省长|全省|我省|省疫情|省新冠|自治区(?:党委|政府|主席|疫情|新冠)|区党委/, 'province'],
  [/市委|市政府|市长|全市|我市|市疫情|市新冠|州委|州政府|州长|全州|我州|盟委|盟行政公署|盟长|全盟/, 'city'],
  [/县委|县政府|县长|全县|我县|县疫情|县新冠|旗委|全旗/, 'county'],
  [/区委|区政府|区长|全区|我区|区疫情|区新冠/, 'district'],
  // a clause opened by the bare level and an organ: "8月8日，州新冠肺炎疫情防控工作领导小组召开…"
  [/(?:^|[，,。；\s）)])州(?=新冠|疫情|委|政府|领导小组|人大|政协)/, 'city'],
  [/(?<![各乡、])(?:街道|镇|乡)(?:党工委|党委|办事处|政府|人大)|全(?:镇|乡|街道)|我(?:镇|乡|街道)/, 'township'],
];

function levelCue(s: string): HostLevel | null {
  // 传达学习福州市疫情防控工作会议精神: the meeting relayed is a superior's, no cue of the host's level
  const own = s.replace(/(?:传达|贯彻|收听收看)[^，。；,;\n]*/g, (m) => ' '.repeat(m.length));
  let best: { at: number; level: HostLevel } | null = null;
  for (const [re, level] of LEVEL_CUES) {
    const m = re.exec(own);
    if (m && (!best || m.index < best.at)) best = { at: m.index, level };
  }
  return best?.level ?? null;
}

/** Whether a division can host a meeting described at this level (义乌市 is a county-level city with a 市委). */
function fits(d: Division, level: HostLevel): boolean {
  if (level === 'township') return d.level === 'county' || d.level === 'district';
  if (level === 'province') return d.level === 'province';
  if (level === 'city') return d.level === 'city' || d.countyCity || d.municipality;
  if (level === 'county') return d.level === 'county';
  return d.level === 'district' || (d.level === 'county' && /区$/.test(d.name));
}

/** Where the meeting was held, from mentions of divisions in the whole page and the host's level. */
export function extractPlace(ctx: ExtractContext, meta: Metadata): Place | null {
  // a spam line (澳门新葡京…) names places that have nothing to do with the meeting
  const s = ctx.readableSimplified.replace(/[^\n]+/g, (line) =>
    HAS_SPAM_WORD.test(line) ? ' '.repeat(line.length) : line,
  );
  const score = new Map<Division, number>();
  const bump = (d: Division, w: number) => score.set(d, (score.get(d) ?? 0) + w);
  // a district supports its city and province, a city its province
  const bumpWithParents = (d: Division, w: number) => {
    bump(d, w);
    if (d.parent) bump(d.parent, w / 2);
    if (d.province && d.province !== d.parent) bump(d.province, w / 4);
  };

  const mentioned = new Set<Division>();
  // a name that several divisions bear (鼓楼, 通州) is read after the rest, as the one the page otherwise names
  const ambiguous: (readonly Alias[])[] = [];
  const index = aliases();
  let previous = { end: -1, divisions: [] as readonly Division[] };
  // how much the page says of where it is: a mention (a chain of names, 海南三亚, is one), 2 for a suffixed one
  let evidence = 0;
  for (let i = 0; i < s.length; i++) {
    // longest form first, so 桐庐县委 is not also counted as 桐庐…
    for (let len = Math.min(MAX_ALIAS_LENGTH, s.length - i); len >= 2; len--) {
      const found = index.get(s.slice(i, i + len));
      if (!found) continue;
      let candidates = provincesFirst(found, (x) => (x.suffixed ? null : x.division));
      // 舟山市普陀区: a name right after its city's is the one in that city
      if (previous.end === i) {
        const above = previous.divisions;
        const under = candidates.filter((a) => isUnder(a.division, above));
        if (under.length > 0) candidates = under;
      }
      for (const a of candidates) mentioned.add(a.division);
      const weight = candidates.some((a) => a.suffixed) ? 2 : 1;
      evidence = previous.end === i ? Math.max(evidence, weight) : evidence + weight;
      if (new Set(candidates.map((a) => a.division)).size > 1) ambiguous.push(candidates);
      else for (const a of candidates) bumpWithParents(a.division, a.suffixed ? 2 : 1);
      previous = { end: i + len, divisions: candidates.map((a) => a.division) };
      i += len - 1;
      break;
    }
  }
  // the outlet usually carries the place's name (桐庐新闻网, 越秀区融媒体中心, 南通市通州区人民政府)
  // (an outlet's name goes on after its place's, 绵阳日报; a media centre's is given without its kind)
  const sources = [
    ...(meta.outlet ? [{ name: meta.outlet, within: meta.outlet.length - 1 }] : []),
    ...mediaCentres(s).map((name) => ({ name, within: name.length })),
  ];
  for (const source of sources) {
    const simp = foldToSimplified(source.name);
    if (NATIONAL_MEDIA.test(simp)) continue;
    const named = divisionChain(simp, source.within).chain.at(-1);
    // as a mention does: 天山网 speaks for 新疆 too, when the report is an autonomous region's
    for (const d of named ? provincesFirst(named, (x) => x) : []) bumpWithParents(d, 4);
    if (named) evidence += 4;
  }
  // 桐庐县委书记, 舟山市普陀区委书记: the host named in front of the chair's title
  const lead = ctx.cleanSimplified.slice(0, 400);
  for (const m of lead.matchAll(/([\u4e00-\u9fff]{2,12}?)(省|市|县|区|自治县|州)委书记([^，。；：,;:\n]{0,40})/g)) {
    // 州委常委、西昌市委书记某某出席: a subordinate present names no host; the one who presides does
    if (!/主持|召开|强调|指出|调研|督导|检查/.test(m[3]!) || /出席|参加|列席/.test(m[3]!)) continue;
    const host = trailingChain(m[1]!);
    for (const d of host) bump(d, 6);
    if (host.length > 0) evidence += 6;
  }
  // 鼓楼区 is in four cities: a mention of it goes to the one whose city and province the page names otherwise
  const support = (d: Division) =>
    (d.parent ? (score.get(d.parent) ?? 0) : 0) + (d.province ? (score.get(d.province) ?? 0) : 0);
  const resolved = ambiguous.map((candidates) => {
    const best = Math.max(...candidates.map((a) => support(a.division)));
    const top = candidates.filter((a) => support(a.division) === best);
    return best > 0 && top.length < candidates.length ? top : candidates;
  });
  for (const a of resolved.flat()) bumpWithParents(a.division, a.suffixed ? 2 : 1);

  const convener = host([foldToSimplified(meta.title ?? ''), ctx.cleanSimplified.slice(0, 200)]);
  if (convener) {
    const best = [...convener.divisions].sort((a, b) => support(b) - support(a))[0]!;
    bump(best, 10);
    evidence += 10;
  }
  // the convener's own suffix says its level better than 市委 in "传达学习市委精神" does
  // 我市收听收看全省…会议: the report's own first person names the host's level before any meeting it relays
  // (我区 is left out: a district's, or an autonomous region's)
  const own = /我(省|市|县|州|旗|盟)/.exec(foldToSimplified(meta.title ?? ''))?.[1];
  // 东街街道召开…, 兴隆镇召开…: a township or street, which the gazetteer has no division for, convenes
  const township = [foldToSimplified(meta.title ?? ''), ctx.cleanSimplified.slice(0, 200)].some((t) =>
    /[\u4e00-\u9fff](?:街道|镇|乡)(?:党工委|党委|人民政府|政府|办事处)?(?:召开|举行|组织召开)/.test(t),
  );
  const level =
    (convener && levelOfName(convener.form)) ??
    (township ? 'township' : null) ??
    (own ? levelOfName(own) : null) ??
    levelCue(lead) ??
    levelCue(s);
  const ranked = [...score.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || depth(b[0]) - depth(a[0]));
  const pick = (level ? ranked.find(([d]) => fits(d, level)) : undefined) ?? ranked[0];
  // 北京冬奥会即将开幕, 海南三亚等地疫情严峻: one bare mention of a place is what the report speaks of, not where
  // the meeting was
  if (!pick || evidence < MIN_EVIDENCE) return null;
  let d = pick[0];
  // 桐庐县：…淳安县：…建德市：… a city's report on its counties, none of which convened it, is the city's
  const siblings = [...mentioned].filter((x) => x.parent && x.parent === d.parent && x.level !== 'city').length;
  if (!convener && level === 'city' && d.parent && d.level !== 'city' && siblings >= 3) d = d.parent;
  const outLevel: Place['level'] =
    level && level !== 'township' && fits(d, level)
      ? d.municipality && level === 'city'
        ? 'province'
        : level
      : d.level;
  return {
    name: d.short,
    province: (d.province ?? d).short,
    level: outLevel === 'city' && d.level === 'county' && !d.countyCity ? 'county' : outLevel,
    code: d.code,
  };
}

/**
 * 浦东新区召开…, 昆山市举行…: a division named with its suffix right before the meeting verb convenes it; so does a
 * bare name opening the headline (`texts[0]`).
 */
function host(texts: readonly string[]): { divisions: readonly Division[]; form: string } | null {
  const index = aliases();
  for (const t of texts) {
    for (const m of t.matchAll(/召开|举行|组织召开/g)) {
      for (let len = Math.min(MAX_ALIAS_LENGTH, m.index); len >= 3; len--) {
        const form = t.slice(m.index - len, m.index);
        const found = index.get(form)?.filter((a) => a.suffixed);
        if (found?.length) return { divisions: found.map((a) => a.division), form };
      }
    }
  }
  // 吉林召开…, 绵阳召开…: a headline may open with the bare name of the place that convenes
  const title = texts[0] ?? '';
  const verb = /^([\u4e00-\u9fff]{2,8}?)(?:召开|举行|组织召开)/.exec(title);
  const bare = verb ? index.get(verb[1]!) : undefined;
  return verb && bare?.length ? { divisions: bare.map((a) => a.division), form: verb[1]! } : null;
}

/**
 * A bare name that is a province's is the province's: 河北日报, 发布于河北 say nothing of 天津's 河北区 (which a
 * report names with its suffix). `division` gives the division a match stands for when bare, else null.
 */
function provincesFirst<T>(found: readonly T[], division: (x: T) => Division | null): readonly T[] {
  const provinces = found.filter((x) => division(x)?.level === 'province');
  return provinces.length > 0 ? [...provinces, ...found.filter((x) => division(x) === null)] : found;
}

function levelOfName(form: string): DivisionLevel | null {
  if (/(省|自治区)$/.test(form)) return 'province';
  if (/(市|州|盟|地区)$/.test(form)) return 'city';
  if (/(县|旗)$/.test(form)) return 'county';
  if (/区$/.test(form)) return 'district';
  return null;
}

const depth = (d: Division) => (d.level === 'province' ? 0 : d.level === 'city' ? 1 : 2);

/**
 * National media whose names begin like a division (新华网 is no 新华区, 光明日报 no 光明区, 东方网 no 东方市): they
 * say nothing of where the meeting was.
 */
const NATIONAL_MEDIA = /^(?:新华|光明|东方|人民|中国|中新|央视|央广|环球|经济|法治|法制|工人|农民|科技|中青|澎湃)/;

/** 越秀区融媒体中心, 绵阳广播电视台, a national site's 湖南频道: local media named after their place. */
function mediaCentres(s: string): string[] {
  return [...s.matchAll(/([\u4e00-\u9fff]{2,10}?)(融媒体中心|广播电视台|电视台|日报|晚报|频道)/g)].map((m) => m[1]!);
}

function isUnder(d: Division, above: readonly Division[]): boolean {
  return (d.parent !== null && above.includes(d.parent)) || (d.province !== null && above.includes(d.province));
}

/** The divisions a name at `s[i]` may stand for, suffixed or bare and of any level, longest form first. */
function namesAt(s: string, i: number, maxEnd: number): { len: number; divisions: readonly Division[] } | null {
  const index = aliases();
  for (let len = Math.min(MAX_ALIAS_LENGTH, maxEnd - i); len >= 2; len--) {
    const form = s.slice(i, i + len);
    const divisions = [...(index.get(form)?.map((a) => a.division) ?? []), ...(len <= 6 ? byShortName(form) : [])];
    if (divisions.length > 0) return { len, divisions: [...new Set(divisions)] };
  }
  return null;
}

/**
 * 南通市通州区, 长春朝阳: a name and then names of its own subdivisions, as an outlet or a title writes them; each
 * name is read as the one under the name before it. The divisions each name may be, outermost first; the chain
 * ends at the first name that is no subdivision of the one before (or no name), and by `maxEnd`.
 */
function divisionChain(s: string, maxEnd: number): { chain: (readonly Division[])[]; end: number } {
  const chain: (readonly Division[])[] = [];
  let i = 0;
  while (i < maxEnd) {
    const found = namesAt(s, i, maxEnd);
    if (!found) break;
    const above = chain.at(-1);
    const divisions = above ? found.divisions.filter((d) => isUnder(d, above)) : found.divisions;
    if (divisions.length === 0) break;
    if (above) chain[chain.length - 1] = above.filter((a) => divisions.some((d) => isUnder(d, [a])));
    chain.push(divisions);
    i += found.len;
  }
  return { chain, end: i };
}

/** 会议由桐庐, 舟山市普陀: the innermost division named by the longest chain of names that ends the text. */
function trailingChain(s: string): readonly Division[] {
  for (let k = 0; k + 2 <= s.length; k++) {
    const tail = s.slice(k);
    const { chain, end } = divisionChain(tail, tail.length);
    if (chain.length > 0 && end === tail.length) return chain.at(-1)!;
  }
  return [];
}
