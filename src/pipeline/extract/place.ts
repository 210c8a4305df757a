import type { Place } from '../../schema';
import { aliases, byShortName, MAX_ALIAS_LENGTH, type Division, type DivisionLevel } from '../data/gazetteer';
import { HAS_SPAM_WORD } from '../passes/spam-lexicon';
import { foldToSimplified } from '../script';
import type { ExtractContext } from './context';
import type { Metadata } from './metadata';

type HostLevel = DivisionLevel | 'township';

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
  let best: { at: number; level: HostLevel } | null = null;
  for (const [re, level] of LEVEL_CUES) {
    const m = re.exec(s);
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

  const mentioned = new Set<Division>();
  const index = aliases();
  for (let i = 0; i < s.length; i++) {
    // longest form first, so 桐庐县委 is not also counted as 桐庐…
    for (let len = Math.min(MAX_ALIAS_LENGTH, s.length - i); len >= 2; len--) {
      const found = index.get(s.slice(i, i + len));
      if (!found) continue;
      for (const a of provincesFirst(found, (x) => (x.suffixed ? null : x.division))) {
        const w = a.suffixed ? 2 : 1;
        bump(a.division, w);
        mentioned.add(a.division);
        // a district supports its city and province, a city its province
        if (a.division.parent) bump(a.division.parent, w / 2);
        if (a.division.province && a.division.province !== a.division.parent) bump(a.division.province, w / 4);
      }
      i += len - 1;
      break;
    }
  }
  // the outlet usually carries the place's name (桐庐新闻网, 越秀区融媒体中心)
  for (const source of [meta.outlet, ...mediaCentres(s)]) {
    if (!source) continue;
    const simp = foldToSimplified(source);
    if (NATIONAL_MEDIA.test(simp)) continue;
    for (let len = Math.min(6, simp.length - 1); len >= 2; len--) {
      const ds = byShortName(simp.slice(0, len));
      if (ds.length === 0) continue;
      for (const d of provincesFirst(ds, (x) => x)) {
        bump(d, 4);
        // as a mention does: 天山网 speaks for 新疆 too, when the report is an autonomous region's
        if (d.parent) bump(d.parent, 2);
        if (d.province && d.province !== d.parent) bump(d.province, 1);
      }
      break;
    }
  }
  // 桐庐县委书记, 绵阳市委书记: the host named in front of the chair's title
  const lead = ctx.cleanSimplified.slice(0, 400);
  for (const m of lead.matchAll(/([\u4e00-\u9fff]{2,8}?)(省|市|县|区|自治县|州)委书记/g)) {
    for (const d of byShortName(m[1]!)) bump(d, 6);
  }

  const convener = host([foldToSimplified(meta.title ?? ''), ctx.cleanSimplified.slice(0, 200)]);
  if (convener) {
    // 鼓楼区 is in four cities: the one whose city and province the page names wins
    const support = (d: Division) =>
      (d.parent ? (score.get(d.parent) ?? 0) : 0) + (d.province ? (score.get(d.province) ?? 0) : 0);
    const best = [...convener.divisions].sort((a, b) => support(b) - support(a))[0]!;
    bump(best, 10);
  }
  // the convener's own suffix says its level better than 市委 in "传达学习市委精神" does
  // 我市收听收看全省…会议: the report's own first person names the host's level before any meeting it relays
  // (我区 is left out: a district's, or an autonomous region's)
  const own = /我(省|市|县|州|旗|盟)/.exec(foldToSimplified(meta.title ?? ''))?.[1];
  const level =
    (convener && levelOfName(convener.form)) ?? (own ? levelOfName(own) : null) ?? levelCue(lead) ?? levelCue(s);
  const ranked = [...score.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || depth(b[0]) - depth(a[0]));
  const pick = (level ? ranked.find(([d]) => fits(d, level)) : undefined) ?? ranked[0];
  if (!pick) return null;
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

/** 越秀区融媒体中心, 绵阳广播电视台: local media named after their place. */
function mediaCentres(s: string): string[] {
  return [...s.matchAll(/([\u4e00-\u9fff]{2,10}?)(融媒体中心|广播电视台|电视台|日报|晚报)/g)].map((m) => m[1]!);
}
