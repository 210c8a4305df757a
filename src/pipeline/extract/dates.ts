/** Dates as reports write them, resolved to ISO strings. */

const pad = (n: number) => String(n).padStart(2, '0');

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const iso = ({ y, m, d }: Ymd) => `${y}-${pad(m)}-${pad(d)}`;

const valid = (y: number, m: number, d: number) => y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

/**
 * Full dates with an optional time: 2022-03-03 14:17, 2022年01月29日, 2021年01月23日13:29, 2022/3/3,
 * 2022-03-03T14:17:00+08:00, 2022年3月3日 14时17分.
 */
// the weekday may stand between the day and the time (2022年4月18日 星期一 09:30)
export const FULL_DATE =
  /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?(?:(?:\s*(?:(?:星期|周|礼拜)[一二三四五六日天]\s*)?|T)(\d{1,2})(?:[:：]|时)(\d{2}))?/g;

export interface FoundDate {
  readonly index: number;
  readonly date: Ymd;
  readonly time: string | null;
}

/** A date in Chinese numerals, as WeChat accounts and official documents write it: 二〇二二年十一月二十日. */
const NUMERAL_YEAR = '([〇○零一二三四五六七八九]{4})年';
const NUMERAL_MONTH_DAY = '([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日';
export const NUMERAL_DATE = new RegExp(NUMERAL_YEAR + NUMERAL_MONTH_DAY, 'g');

/** The same in a lead, where the year may be left out: 十一月二十日上午. */
export const NUMERAL_LEAD_DATE = new RegExp(`(?:${NUMERAL_YEAR})?${NUMERAL_MONTH_DAY}`, 'g');

const DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二二 → 2022 (digit by digit); 十一 → 11, 二十 → 20, 三十一 → 31 (with 十 as tens). */
export function numeralValue(s: string): number {
  if (!s.includes('十')) return Number([...s].map((c) => DIGIT[c] ?? NaN).join(''));
  const [tens, ones] = s.split('十') as [string, string];
  return (tens === '' ? 1 : (DIGIT[tens] ?? NaN)) * 10 + (ones === '' ? 0 : (DIGIT[ones] ?? NaN));
}

export function fullDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) continue;
    const hh = m[4] !== undefined ? Number(m[4]) : NaN;
    const time = hh >= 0 && hh < 24 ? `${pad(hh)}:${m[5]}` : null;
    out.push({ index: m.index, date: { y, m: mo, d }, time });
  }
  for (const m of text.matchAll(NUMERAL_DATE)) {
    const [y, mo, d] = [numeralValue(m[1]!), numeralValue(m[2]!), numeralValue(m[3]!)];
    if (valid(y, mo, d)) out.push({ index: m.index, date: { y, m: mo, d }, time: null });
  }
  return out.sort((a, b) => a.index - b.index);
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** A month and day without a year, placed in the year that puts it at or just before `ref` (年 rollover in January). */
export function monthDayBefore(m: number, d: number, ref: Ymd): Ymd | null {
  if (!valid(ref.y, m, d)) return null;
  const y = m > ref.m + 1 ? ref.y - 1 : ref.y;
  return { y, m, d };
}

/** A day of the month alone (25日上午): the latest such day not after `ref`. */
export function dayBefore(d: number, ref: Ymd): Ymd | null {
  if (d < 1 || d > 31) return null;
  if (d <= ref.d) return { y: ref.y, m: ref.m, d };
  return ref.m === 1 ? { y: ref.y - 1, m: 12, d } : { y: ref.y, m: ref.m - 1, d };
}

const RELATIVE: Record<string, number> = {
  今天: 0,
  今日: 0,
  今晚: 0,
  今晨: 0,
  当天: 0,
  当日: 0,
  当晚: 0,
  昨天: -1,
  昨日: -1,
  昨晚: -1,
  昨夜: -1,
  前天: -2,
  前日: -2,
};

/**
 * The first date expression of a (Simplified) lead sentence, resolved against `ref`: 1月28日下午,
 * 25日上午, 今天, 昨天, 2022年3月2日.
 */
export function resolveLeadDate(lead: string, ref: Ymd | null): Ymd | null {
  lead = lead.replace(NUMERAL_LEAD_DATE, (whole, y?: string, mo?: string, d?: string) => {
    const [yy, mm, dd] = [y ? numeralValue(y) : NaN, numeralValue(mo!), numeralValue(d!)];
    if ([mm, dd].some(Number.isNaN) || (y && Number.isNaN(yy))) return whole;
    return `${y ? `${yy}年` : ''}${mm}月${dd}日`;
  });
  // 昨天（11月19日）: the day in brackets says it outright; 本月2日 is 2日
  lead = lead.replace(/(?:今天|今日|昨天|昨日|前天|前日)[（(]((?:\d{1,2}月)?\d{1,2}日)[)）]/, '$1');
  lead = lead.replace(/本月(?=\d{1,2}日)/g, '');
  // 近日，…听取3月1日以来…: the lead says the meeting was lately, and a day it names is something else's
  if (/^(?:近日|日前|近期|前不久)/.test(lead)) return null;
  // 3月1日以来 / 至今 dates a period, not the meeting
  lead = lead.replace(/(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?=以来|至今|起)/g, (m) => ' '.repeat(m.length));
  const re =
    /(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{1,2})月(\d{1,2})日|(?<![\d月])(\d{1,2})日(?=上午|下午|晚|早|中午|凌晨|[,，、])|(今天|今日|今晚|今晨|当天|当日|当晚|昨天|昨日|昨晚|昨夜|前天|前日)/;
  const m = re.exec(lead);
  if (!m) return null;
  if (m[1]) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? { y, m: mo, d } : null;
  }
  if (!ref) return null;
  if (m[4]) return monthDayBefore(Number(m[4]), Number(m[5]), ref);
  if (m[6]) return dayBefore(Number(m[6]), ref);
  return addDays(ref, RELATIVE[m[7]!] ?? 0);
}
