import type { ExtractContext } from './context';
import { foldToSimplified } from '../script';
import { FULL_DATE, fullDates, iso, NUMERAL_DATE, NUMERAL_LEAD_DATE, resolveLeadDate, type Ymd } from './dates';
import { nameEndAt, nameText, titledNameEndAt } from './names';
import { paragraphs } from './text';

export interface Metadata {
  title: string | null;
  subtitle: string | null;
  publishedAt: string | null;
  meetingDate: string | null;
  outlet: string | null;
  authors: string[];
  editor: string | null;
}

/**
 * Where the body starts: a dateline (桐庐新闻网讯, 本报1月22日讯, 新华社…电) or a lead opening with the day, in
 * digits or in numerals (二〇二二年八月十一日下午，). A dateline's 讯 ends a word: 视讯会议 in a headline is no dateline.
 */
const PART_OF_DAY = '(?:上午|下午|晚上|晚间|早上|中午|凌晨|晚)?';
const LEAD = new RegExp(
  '(?:^|[\\s)）])(?:[\\u4e00-\\u9fff]{2,10}讯(?![\\u4e00-\\u9fff])|[\\u4e00-\\u9fff]{0,10}\\d{1,2}月\\d{1,2}日(?:讯|电)' +
    // 11月27日至28日，: a meeting over days is dated by its first
    `|(?:\\d{4}年)?(?:\\d{1,2}月|本月)?\\d{1,2}日(?:[至到—-](?:\\d{1,2}月)?\\d{1,2}日)?${PART_OF_DAY}(?:[、和至](?:上午|下午|晚上|晚间))?[,，]` +
    `|${NUMERAL_LEAD_DATE.source}${PART_OF_DAY}[,，]` +
    '|(?:今天|昨天|今日|昨日|今晚|昨晚|日前|近日)[上下]?午?[,，]' +
    // 昨天（11月19日）下午，
    `|(?:今天|昨天|今日|昨日|前天)[（(](?:\\d{1,2}月)?\\d{1,2}日[)）]${PART_OF_DAY}[,，])`,
);
const HEADLINE_NOISE =
  /首页|新闻中心|当前位置|您的位置|来源[:：]|发布时间|发表时间|作者[:：]|编辑[:：]|字体|打印|字号|浏览|点击|>|›|»|\d{4}[-年/.]\d{1,2}/;
/** A breadcrumb up to its last label, when more text follows it on the line. */
const BREADCRUMB_BEFORE = /^.*(?:>|›|»)\s*[^\s>›»]{1,8}\s+(?=\S)/;
// 【权威发布】, and a WeChat column before a bar: 疫情防控 | 全市…会议召开, 聚焦丨…
const COLUMN_TAG = /^(?:[【[][^】\]]{1,8}[】\]]\s*|[^|｜丨\s]{2,8}\s*[|｜丨]\s*(?=[^|｜丨]{6,}$))/;
const TRAILING_FURNITURE = /(\s+(二维码|扫一扫|分享到?|打印|收藏|关闭|大|中|小|字号))+$/;
/** What a page's <title> appends to the headline: "_某市人民政府门户网站", " - 某某新闻", "-某某新闻网", "（图）". */
const SITE_SUFFIX =
  /(?:\s*(?:[_|｜丨]|\s[-–—]\s)\s*[^_|｜丨]{2,24}?(?:网|网站|门户网站|新闻|政府|日报|晚报|客户端|频道|在线|平台|融媒|中心|报)|[-–—][\u4e00-\u9fff]{2,16}?(?:网|网站|门户网站|日报|晚报|客户端)|\s*[(（【[](?:图|组图|视频|图文|附视频|附图)[)）】\]])$/;
const LEAD_IN = /^(导读|摘要|提要|核心提示|编者按)[:：]/;
/** 标题：…, Title: … on a saved page or an export: the label is no part of the headline. */
const TITLE_LABEL = /^(?:标题|题目|title)\s*[:：]\s*/i;
/**
 * A newspaper's kicker (引题): 某某主持召开…会议时强调 over the headline that says what was stressed. Both lines are
 * one headline; the kicker alone names the meeting and so outscores the line it leads into.
 */
const KICKER = /(?:强调|指出|要求|表示|提出)$/;
const MEETING_WORDS = /召开|主持|会议|会$|调度会|部署|座谈会|视频会/;

interface Line {
  start: number;
  end: number;
}

/** What a report of a meeting (or of an inspection, a study session) says it is. */
const MEETING_WORD =
  /会议|[^社]会[上后前]|召开|主持|举行|调研|检查|督导|督查|视察|暗访|调度|部署|座谈|发布会|研究|学习|传达|收听收看/;

/** Title, dates, outlet and the people behind the report, read from the header lines and the byline. */
export function extractMetadata(ctx: ExtractContext): Metadata {
  const text = ctx.readable;
  const s = ctx.readableSimplified;
  const leadAt = findLead(s);
  const header = s.slice(0, leadAt);
  const { title, subtitle } = pickTitles(ctx, leadAt);
  const published = pickPublished(s, header);
  const ref = datelineDate(s, leadAt, published?.date ?? null) ?? published?.date ?? null;
  const leadText = leadSentence(s, leadAt);
  // a case bulletin (4月5日0—24时，新增本土确诊病例3例) or a notice dates no meeting
  const aboutMeeting = MEETING_WORD.test(leadText) || MEETING_WORD.test(foldToSimplified(title ?? ''));
  const meeting = !aboutMeeting
    ? null
    : (resolveLeadDate(leadText.replace(/^[^,，]{0,30}?(讯|电)/, ''), ref) ??
      datedClause(ctx.cleanSimplified.slice(0, ctx.cleanSimplified.search(/[。\n]|$/)), ref) ??
      datedClause(foldToSimplified(title ?? ''), ref));
  return {
    title: title ?? leadClauseTitle(text, s, leadAt),
    subtitle,
    publishedAt: published ? iso(published.date) + (published.time ? `T${published.time}` : '') : null,
    meetingDate: meeting ? iso(meeting) : null,
    outlet: pickOutlet(text, s, header) ?? siteInTitle(text, s, leadAt),
    authors: pickAuthors(ctx),
    editor: pickEditor(text, s),
  };
}

function findLead(s: string): number {
  const m = LEAD.exec(s);
  if (!m) return firstSentenceLine(s);
  return m.index + (/^[\s)）]/.test(m[0]) ? 1 : 0);
}

/**
 * No dateline and no day opening a line (连日来，我市各地…): the body starts at the first line that reads as
 * running text, so the lines above it are still the header the headline is looked for in.
 */
function firstSentenceLine(s: string): number {
  for (const m of s.matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    if (line.length >= 20 && /[。！？]/.test(line) && (line.match(/[，,]/g)?.length ?? 0) >= 1) return m.index;
  }
  return 0;
}

function leadSentence(s: string, at: number): string {
  const rest = s.slice(at, at + 300);
  const stop = rest.search(/[。！？\n]/);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

/** Header lines (and wide-space segments of a flattened header) before the lead. */
function headerPieces(s: string, leadAt: number): Line[] {
  const out: Line[] = [];
  for (const m of s.slice(0, leadAt).matchAll(/[^\n]+/g)) {
    const lineStart = m.index;
    // a header flattened into one line keeps its pieces apart with runs of spaces or single spaces between phrases
    for (const seg of m[0].matchAll(/\S+(?: \S+)*/g)) {
      // 当前位置：首页 >> 要闻 >> 正文 某市召开…: a flattened page runs the headline on after its breadcrumb
      const crumbs = BREADCRUMB_BEFORE.exec(seg[0])?.[0].length ?? 0;
      const start = lineStart + seg.index + crumbs;
      out.push({ start, end: lineStart + seg.index + seg[0].length });
    }
  }
  return out;
}

const DASH_SUBTITLE = /^(?:——|—|－－|--)/;

function pickTitles(ctx: ExtractContext, leadAt: number): { title: string | null; subtitle: string | null } {
  const s = ctx.readableSimplified;
  const scored: { line: Line; score: number; text: string; k: number }[] = [];
  const lines = headerPieces(s, leadAt);
  lines.forEach((line, k) => {
    const trimmed = s.slice(line.start, line.end).replace(TRAILING_FURNITURE, '').replace(SITE_SUFFIX, '');
    // 【聚焦】, 【权威发布】: the column a headline was filed under (looked for once the site is cut, so 标题 | 某某网
    // is never read as a column 标题 over the site's name)
    const label = TITLE_LABEL.exec(trimmed)?.[0].length ?? 0;
    const column = label + (COLUMN_TAG.exec(trimmed.slice(label))?.[0].length ?? 0);
    const end = line.start + trimmed.length;
    const simp = trimmed.slice(column);
    const cjk = (simp.match(/[\u4e00-\u9fff]/g) ?? []).length;
    if (cjk < 6 || simp.length > 90 || HEADLINE_NOISE.test(simp) || LEAD_IN.test(simp) || /讯$/.test(simp)) return;
    if (cjk / simp.replace(/\s/g, '').length < 0.6) return;
    const score = (MEETING_WORDS.test(simp) ? 3 : 0) + (/疫情|防控|新冠/.test(simp) ? 1 : 0) - k * 0.01;
    const start = line.start + column;
    scored.push({ line: { start, end }, score, text: ctx.readable.slice(start, end).trim(), k });
  });
  if (scored.length === 0) return { title: null, subtitle: null };
  const best = [...scored].sort((a, b) => b.score - a.score)[0]!;
  // 主题 on one line, ——副题 on the next: one headline in two lines, the dash line often the one naming the meeting
  const dashed = (c: (typeof scored)[number] | undefined) => !!c && DASH_SUBTITLE.test(c.text);
  const main = dashed(best) ? scored.find((c) => c.k === best.k - 1 && !dashed(c)) : best;
  const sub = main && scored.find((c) => c.k === main.k + 1 && dashed(c));
  if (main && sub) return { title: `${main.text}${sub.text}`, subtitle: null };
  if (dashed(best)) best.text = best.text.replace(DASH_SUBTITLE, '');
  const led = KICKER.test(foldToSimplified(best.text))
    ? scored.find((c) => c.k === best.k + 1 && c.text.length <= 40 && !/[,，。；;:：!！?？]/.test(c.text))
    : undefined;
  if (led) return { title: `${best.text} ${led.text}`, subtitle: null };
  const other = scored.find(
    (c) =>
      c !== best && c.text !== best.text && !best.text.includes(c.text) && !c.text.includes(best.text) && c.score > 0,
  );
  return { title: best.text, subtitle: other?.text ?? null };
}

/** 标题 - 红河州人民政府, 标题_某某网: the site a page's <title> names after the headline, when nothing else does. */
function siteInTitle(text: string, s: string, leadAt: number): string | null {
  for (const line of headerPieces(s, leadAt)) {
    const piece = s.slice(line.start, line.end).replace(TRAILING_FURNITURE, '');
    const m = SITE_SUFFIX.exec(piece);
    const site = m && /^\s*(?:[_|｜丨]|[-–—])/.test(m[0]) ? m[0].replace(/^\s*(?:[_|｜丨]|[-–—])\s*/, '') : '';
    if (site.length >= 2) return text.slice(line.start + piece.length - site.length, line.start + piece.length);
  }
  return null;
}

/** No headline on the page: the lead's meeting clause (省委书记李明主持召开全省疫情防控工作会议). */
function leadClauseTitle(text: string, s: string, leadAt: number): string | null {
  const lead = leadSentence(s, leadAt);
  const m = /[^,，;；:：)）]*?(主持召开|召开|主持)[^,，;；。]*/.exec(lead);
  if (!m) return null;
  const start = leadAt + m.index;
  return text.slice(start, start + m[0].length).trim() || null;
}

function pickPublished(s: string, header: string): { date: Ymd; time: string | null } | null {
  // 发布时间 before 更新时间 when a page gives both: the report is dated by when it came out
  const cued = /(发布|发表|更新|时间|日期)[:：\s]*(?=\d{4}|[〇○零一二三四五六七八九]{4}年)/g;
  const stamps = [...s.matchAll(cued)]
    .map((m) => ({ m, found: fullDates(s.slice(m.index + m[0].length, m.index + m[0].length + 28))[0] }))
    .filter((c) => c.found?.index === 0);
  const stamp = stamps.find(
    (c) => !/^更新/.test(c.m[0]) && !/更新时间|更新日期/.test(s.slice(c.m.index - 2, c.m.index + 2)),
  );
  if (stamp ?? stamps[0]) return (stamp ?? stamps[0])!.found!;
  return fullDates(header)[0] ?? fullDates(s)[0] ?? null;
}

/**
 * 市委书记王明3月2日主持召开…, 钟佑文11日下午在指挥中心主持, 3月2日市委召开… (a headline): a day written right
 * before the meeting's verb (or the place it was held), when the lead does not open with one. A day followed by
 * anything else (3月1日以来) dates something else.
 */
function datedClause(text: string, ref: Ymd | null): Ymd | null {
  const m =
    /(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?<![\d月])\d{1,2}日|今天|今日|今晚|昨天|昨日|昨晚|前天|前日)(?:上午|下午|晚上|晚间|晚)?(?=[,，]?(?:在[^,，。]{1,20}?)?[^,，。]{0,8}?(?:主持|召开|举行|组织|收听|以视频))/.exec(
      text,
    );
  // (a bare day, 钟佑文11日主持, is read as a lead's 11日，is)
  return m ? resolveLeadDate(`${m[0]}，`, ref) : null;
}

/** 本报1月22日讯: the day the story was filed, which 今天 in the lead refers to. */
function datelineDate(s: string, leadAt: number, published: Ymd | null): Ymd | null {
  const m = /^[^,，。]{0,12}?(\d{1,2})月(\d{1,2})日(讯|电)/.exec(s.slice(leadAt, leadAt + 40));
  if (!m || !published) return null;
  return resolveLeadDate(`${m[1]}月${m[2]}日`, published);
}

const NO_OUTLET = /^(?:本站|本网|原创|网络|互联网|综合|未知|转载|网友|其他|不详)/;

const OUTLET_SUFFIX = '(?:网|报|日报|晚报|新闻网|电视台|广播电视台|融媒|融媒体中心|客户端|新闻|发布)';

function pickOutlet(text: string, s: string, header: string): string | null {
  const verbatim = (i: number, len: number) => text.slice(i, i + len);
  // 来源：本站 / 网络 / 综合 names no outlet; the other cues may still find one
  // (来源 娄底日报: a blank may stand for the colon)
  const sources = [
    ...s.matchAll(
      /(?:(?:来源|稿源|出处|Source)\s*[:：丨｜]|来源[ \u3000]+(?=[\u4e00-\u9fff]))\s*([^\s|｜丨<>()（）【】[\],，]{2,20})/gi,
    ),
  ].filter((m) => !NO_OUTLET.test(m[1]!));
  // 来源：融媒体中心 in the header, （来源：石门县融媒体中心） at the end: the fuller name of the same outlet
  const source =
    sources.find((m) => !sources.some((o) => o[1]!.length > m[1]!.length && o[1]!.endsWith(m[1]!))) ?? sources[0];
  if (source) {
    // 人民网-吉林频道: the outlet, not its regional channel
    const name = source[1]!.replace(/[-－—_·][\u4e00-\u9fff]{1,10}频道$/, '');
    return verbatim(source.index + source[0].length - source[1]!.length, name.length);
  }
  const from = /本文来自[“"「]([^”"」]{2,20})[”"」]/.exec(s);
  if (from) return verbatim(from.index + from[0].indexOf(from[1]!), from[1]!.length);
  // 新华社长沙3月5日电, 湖南日报北京3月5日电: an agency's or paper's dateline names it before the city
  const agency =
    /(?:^|[\s>])((?!本报|本台|本网)[\u4e00-\u9fff]{1,6}?(?:社|网|报|台))[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日电/m.exec(
      s,
    );
  if (agency) return verbatim(agency.index + agency[0].indexOf(agency[1]!), agency[1]!.length);
  const dateline = new RegExp(`(?:^|[\\s>])((?!本报|本台)[\\u4e00-\\u9fff]{1,10}?${OUTLET_SUFFIX})讯`, 'm').exec(s);
  if (dateline) return verbatim(dateline.index + dateline[0].indexOf(dateline[1]!), dateline[1]!.length);
  // 【绵阳日报】3月2日，/ 央视网消息：/ 据绵阳日报消息，: the lead names where it comes from
  const credited = new RegExp(
    `(?:^|[\\s>])(?:【(?<bracketed>[\\u4e00-\\u9fff]{1,10}?${OUTLET_SUFFIX})】|据?(?<told>(?!本报|本台|本网)[\\u4e00-\\u9fff]{1,10}?${OUTLET_SUFFIX})(?:消息|报道)[:：,，])`,
    'm',
  ).exec(s);
  const creditedName = credited?.groups?.bracketed ?? credited?.groups?.told;
  if (credited && creditedName)
    return verbatim(credited.index + credited[0].indexOf(creditedName), creditedName.length);
  const stamped = new RegExp(`([\\u4e00-\\u9fff]{1,10}?${OUTLET_SUFFIX})\\s*\\d{4}[-年]`).exec(header);
  if (stamped) return verbatim(stamped.index, stamped[1]!.length);
  // 2022年11月03日 19:42 黄冈日报 (or · 澎湃新闻): the outlet after the date stamp, alone up to the line's end or a space
  const after = new RegExp(
    `(?:\\d{4}[-年/.]\\d{1,2}[-月/.]\\d{1,2}日?|${NUMERAL_DATE.source})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*[·•|｜]\\s*|\\s+)(?<outlet>[\\u4e00-\\u9fff]{1,10}?${OUTLET_SUFFIX})(?=\\s|$)`,
    'm',
  ).exec(header);
  const outlet = after?.groups?.outlet;
  if (after && outlet) return verbatim(after.index + after[0].length - outlet.length, outlet.length);
  return null;
}

// 文/某某 图/某某: a credit slash only after a non-character, so 全文/ or 附图/ inside prose do not count
// 文/图 stands alone before a name (文/图 龙淑芬) as well as with a slash (文/图/龙淑芬); 文/ and 图/ need theirs
const AUTHOR_CUE =
  /(记者|通讯员|实习生|摄影|摄像|撰稿|作者|(?<![\u3400-\u9fff])(?:文字|视频)(?=[:：])|(?<![\u3400-\u9fff])(?:(?:文\/图|图\/文)(?=[/:：\s])\/?|[文图摄]\/|[文图摄](?=\s*[丨｜])))[:：｜|丨/]?\s*/g;
const AUTHOR_FOLLOWERS = [
  ' ',
  '|',
  '｜',
  '\u3000',
  '、',
  ',',
  '，',
  ')',
  '）',
  '/',
  '\n',
  '报道',
  '摄',
  '文',
  '通讯员',
  '记者',
  '实习生',
];

function pickAuthors(ctx: ExtractContext): string[] {
  const out: string[] = [];
  const add = (n: string) => {
    if (!out.includes(n)) out.push(n);
  };
  const read = (text: string, s: string) => {
    for (const m of s.matchAll(AUTHOR_CUE)) {
      let i = m.index + m[0].length;
      for (let guard = 0; guard < 8; guard++) {
        // set apart from its cue by a space or colon (记者 阿依努尔), a name needs no family name: 记者获悉 is no
        // byline; after another name, only a transcribed one with its dot (记者 李文静 阿依古丽·买买提)
        const loose =
          guard === 0
            ? /[\s:：丨｜]$/.test(m[0])
            : /\s$/.test(s.slice(0, i)) && /^[\u4e00-\u9fff]{1,8}·/.test(s.slice(i));
        const end = loose ? titledNameEndAt(s, i, AUTHOR_FOLLOWERS) : nameEndAt(s, i, AUTHOR_FOLLOWERS);
        if (end < 0) break;
        add(nameText(text.slice(i, end)));
        i = end;
        const tail = /^(\/(文|摄|图)|(报道|摄影|摄))?[\s、,，\u3000]*/.exec(s.slice(i))![0];
        if (tail === '') break;
        i += tail.length;
      }
    }
  };
  read(ctx.readable, ctx.readableSimplified);
  // (方磊) or (方磊 陈丽) closing a paragraph is the reporters' signature; so is a line of names that credits
  // them (方磊 陈丽 报道, 方磊/文 陈丽/图)
  for (const p of paragraphs(ctx.readableSimplified)) {
    const para = ctx.readableSimplified.slice(p.start, p.end);
    // (a page flattened into one line ends the paragraph with a wide gap instead)
    for (const m of para.matchAll(
      /[(（]([\u4e00-\u9fff]{2,4}(?:[ \u3000、][\u4e00-\u9fff]{2,4}){0,3})[)）](?=$|\s{2,})/g,
    )) {
      const signed = namesOnly(m[1]!);
      if (signed) for (const n of signed) add(nameAt(ctx.readable, p.start + m.index + 1, n));
    }
    const credited = /(?:报道|[/／](?:文|图|摄|摄影))$/.test(para) ? namesOnly(para) : null;
    if (credited) for (const n of credited) add(nameAt(ctx.readable, p.start, n));
    // a header line "2022-12-30 09:05 方磊": date and the reporter's name
    const stamp = new RegExp(`^${FULL_DATE.source}\\s+([\\u4e00-\\u9fff]{2,4})$`).exec(para);
    const name = stamp?.[6];
    if (name && nameEndAt(name, 0) === name.length) add(ctx.readable.slice(p.end - name.length, p.end));
  }
  return out;
}

/**
 * The names of a line that holds nothing else but credits (方磊 陈丽, 方磊/文 陈丽/图, 方磊 陈丽 报道), as spans
 * from the line's start; null when anything else is there.
 */
function namesOnly(line: string): { start: number; end: number }[] | null {
  const names: { start: number; end: number }[] = [];
  for (const m of line.matchAll(/[^ \u3000、/／]+/g)) {
    if (/^(?:报道|文|图|摄|摄影)$/.test(m[0])) continue;
    if (m[0].length > 4 || nameEndAt(m[0], 0) !== m[0].length) return null;
    names.push({ start: m.index, end: m.index + m[0].length });
  }
  return names.length > 0 ? names : null;
}

const nameAt = (text: string, from: number, n: { start: number; end: number }) =>
  nameText(text.slice(from + n.start, from + n.end));

function pickEditor(text: string, s: string): string | null {
  const m = /(责任编辑|责编|编辑)\s*[:：丨｜]\s*([\u4e00-\u9fff]{2,4})/.exec(s);
  if (!m) return null;
  const start = m.index + m[0].length - m[2]!.length;
  return text.slice(start, start + m[2]!.length);
}
