/**
 * Finds people with their titles in one sentence of Simplified text: a title phrase ending in a known
 * head (…组长, …主任) followed by a name, or a bare name in a list (市领导A、B、C出席会议). Titles of one
 * person are joined by 、 (县委副书记、县长方晓东); people are separated by 、，和及.
 */
import { aliases } from '../data/gazetteer';
import { BYLINE_CUES, GROUP_HEADS, NATIONAL_TITLES, TITLE_HEADS } from '../data/titles';
import { nameEndAt, titledNameEndAt } from './names';
import type { Span } from './text';

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  /** Title phrases as spans of the text, in order. */
  readonly titles: readonly Span[];
}

const RESET = new Set([...',，;；:：(（)）《》“”"\n']);
const JOINERS = ['和', '及', '与', '同'];
const HEADS = [...TITLE_HEADS, ...GROUP_HEADS];

// 领导小组（指挥部）组长（指挥长）: a short alternative in brackets belongs to the title around it
const ALTERNATIVE = /[(（][\u4e00-\u9fff]{1,6}[)）]/y;
const TRAILING_ALTERNATIVE = /[(（][\u4e00-\u9fff]{1,6}[)）]$/;
const BRACKETED_TITLE = /^[(（]([^()（）、，,。]{2,24})[)）]/;
const endsWithAny = (s: string, list: readonly string[]) => {
  const bare = s.replace(TRAILING_ALTERNATIVE, '');
  return list.some((h) => bare.endsWith(h));
};

/** People in `s` between `from` and `to`. */
export function peopleIn(s: string, from: number, to: number): PersonMention[] {
  const out: PersonMention[] = [];
  let segStart = from;
  let lastEnd = -1;
  let lastTitles: readonly Span[] = [];
  for (let i = from; i < to; i++) {
    const ch = s[i]!;
    // …after a title or a body only: 常委会（扩大）会议由… is a meeting's name, and the bracket still ends it
    if (ch === '（' || ch === '(') {
      const before = s.slice(segStart, i);
      ALTERNATIVE.lastIndex = i;
      if ((endsWithAny(before, HEADS) || /(?:小组|指挥部|[部委局办])$/.test(before)) && ALTERNATIVE.test(s)) {
        i = ALTERNATIVE.lastIndex - 1;
        continue;
      }
    }
    if (RESET.has(ch)) {
      segStart = i + 1;
      continue;
    }
    if (i === segStart && JOINERS.includes(ch)) {
      segStart = i + 1;
      continue;
    }
    if (i === segStart && s.startsWith('以及', i)) {
      segStart = i + 2;
      i++;
      continue;
    }
    let prefix = s.slice(segStart, i);
    // 会议由市委副书记、市长某某主持: the passive 由 opens the title phrase; so does what someone did to the person
    // (钱某听取了区委书记李明关于…的汇报, 在市委常委孙华陪同下): the title starts after the last such word
    const lead =
      /^(?:[^、]{0,6}?由|[^、]{0,16}(?:了|听取|会见|看望|慰问|带领|率领|邀请|会同|在)(?=[^、]{2})|(?:出席|参加|列席)(?:会议|活动)?的(?:还)?有|[、\s]*)/.exec(
        prefix,
      )![0].length;
    // 市领导 彭立新 罗晓梅: some pages set names apart with spaces
    prefix = prefix.slice(lead).trimEnd();
    const titled = prefix !== '' && endsWithAny(prefix, HEADS);
    if (prefix !== '' && !titled) continue;
    if (endsWithAny(prefix, BYLINE_CUES)) continue;
    // the next name of a 、 list needs no family name either (州领导降初、益西达瓦): the list vouches for it
    const listed = prefix === '' && lastEnd === i - 1 && s[lastEnd] === '、';
    const end = titled || listed ? titledNameEndAt(s, i, undefined, to) : nameEndAt(s, i, undefined, to);
    if (end < 0) continue;
    const name = s.slice(i, end);
    if (aliases().has(name)) continue; // 绵阳、德阳 are cities reporting, not people
    // 某某副总理: a national leader whose instructions are relayed, not a participant
    if (startsWithAny(s, end, NATIONAL_TITLES)) {
      segStart = end;
      continue;
    }
    const continuesList = lastEnd >= 0 && /^[、,，\s]$/.test(s.slice(lastEnd, i));
    // 吴雪梅（市卫健委主任）、彭志刚（市公安局局长）: the title in brackets after the name
    const bracket = titled ? null : BRACKETED_TITLE.exec(s.slice(end, to));
    const after = bracket && endsWithAny(bracket[1]!, TITLE_HEADS) ? bracket : null;
    if (!titled && !after && !continuesList && !bareNameContext(s, i, end, from)) continue;
    let titles: readonly Span[] = titled
      ? titleSpans(s, segStart + lead, i)
      : after
        ? titleSpans(s, end + 1, end + 1 + after[1]!.length)
        : [];
    // 副县长孙菁菁，黄旺，回彬: names listed right after a titled one share its title
    if (titles.length === 0 && continuesList && lastTitles.length > 0) {
      titles = lastTitles;
    }
    out.push({ start: i, end, titles });
    const past = after ? end + after[0].length : end;
    lastEnd = past;
    lastTitles = titles;
    segStart = past;
    i = past - 1;
  }
  return out;
}

function startsWithAny(s: string, at: number, list: readonly string[]): boolean {
  return list.some((t) => s.startsWith(t, at));
}

/** A bare name must sit in a list or right before what people do at a meeting. */
function bareNameContext(s: string, start: number, end: number, from: number): boolean {
  const before = s[start - 1] ?? '';
  const after = s[end] ?? '';
  const inList = before === '、' || after === '、' || JOINERS.includes(after) || after === '等';
  const acting = /^(在|主持|出席|参加|参会|列席|讲话|发言|介绍|强调|指出|要求|通报|连续|先后|分别|一同|还|也|并)/.test(
    s.slice(end),
  );
  // right after another name (孙立平连续主持) is the rest of a sentence, not a new person
  const separated =
    start === from || before === '、' || JOINERS.includes(before) || RESET.has(before) || /\s/.test(before);
  return (inList || acting) && separated;
}

function titleSpans(s: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (a: number, b: number) => {
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    const t = s.slice(a, b);
    if (t && endsWithAny(t, TITLE_HEADS) && !GROUP_HEADS.some((g) => t === g || /^[省市县区]领导$/.test(t))) {
      out.push({ start: a, end: b });
    }
  };
  for (let i = from; i < to; i++) {
    if (s[i] === '、') {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, to);
  return out;
}
