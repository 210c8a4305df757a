import type { Attendee, Directive } from '../../schema';
import { foldToSimplified } from '../script';
import type { ExtractContext } from './context';
import { nameEndAt, nameText, sceneClauseLength, SPEECH_AFTER_NAME, SPEECH_NAME_FOLLOWERS } from './names';
import { paragraphs, sentences, type Span } from './text';
import { titledSpeechAt } from './title-reference';
import { topicsOf } from './topics';

/** 会议强调，/ 会上要求： the meeting speaking as a body. */
const MEETING_CUE = /^(会议|会上|会议上|大会)[^,，。；;]{0,8}?(强调|指出|要求|提出|明确|认为|部署|号召)[,，:：]?/;
/**
 * 会议对下一步工作作了安排部署。: the meeting arranging what follows; the paragraphs after it say what it asked for,
 * with no cue of their own.
 */
const MEETING_ARRANGED =
  /^(会议|会上)(?:对|就)[^,，。；;]{0,30}?(?:作了|作出|进行了|进行)?(安排部署|部署|安排)[。,，:：]?/;
/** Sentences that close a speech: how the meeting ran, what happened afterwards, the byline. */
const NARRATIVE =
  /^(会议(以|听取|通报|传达|审议|研究|观看|学习|宣读|还|并|采取|由)|会前|会后|会上[,，]|与会|随后|当日|当天|当晚|此前|(\d{1,2}月)?\d{1,2}日|[^,，。]{0,16}(记者|编辑|通讯员))/;
/** A national leader's words relayed (国务院副总理某某在…时指出): no directive of this meeting. */
const NATIONAL_LEADER = /^(?:中共中央|党中央|国务院|中央)?[^,，。]{0,6}?(?:总书记|总理|副总理|委员长|国务委员)/;
/**
 * 副市长指出，with two deputy mayors present: someone speaks whom the report does not say; their words are
 * nobody's that can be told, and certainly not the previous speaker's.
 */
const UNRESOLVED_SPEAKER =
  /^[\u4e00-\u9fff]{0,10}?(?:书记|市长|县长|区长|州长|省长|主任|主席|部长|局长|组长|指挥长)(?:同志)?(?:在[^,，。:：]{0,8}?[中上时])?[,，]?(?:强调|指出|要求|表示)/;
/** Who attended: ends a speech unless the sentence itself says what must be done. */
const ATTENDANCE = /出席|参加会议|参会|列席|在主会场|在分会场/;
/** Words a directive is phrased with: it says what must be done. */
// 要 as a modal, not inside 主要/重要/要求
// 容不得, 巴不得 are no prohibitions
// 紧要关头, 必要, 首要, 需要解决的问题 are no modal; 应立即, 需在两天内 and 绝不允许 are
const MUST =
  /(?<![主重纲提摘概只紧必首显扼需])要(?![求点闻害素])|必须|务必|应当|(?<!必)须|坚持|确保|(?<![容巴舍怪由记见])不得|严禁|决不|绝不|不允许|(?<![相反供响适呼回对])应(?=立即|及时|严格|切实|全力|加强|做好|按照|主动|进一步|在|将|尽快)|需(?:要)?(?=立即|及时|严格|切实|全力|加强|做好|按照|主动|进一步|在|尽快)/;
/** A list marker opening a point: （一）, 1., 一、, 第一， — read past it to see how the point is phrased. */
const MARKER =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、)）]|[①-⑳]|——|第[一二三四五六七八九十]{1,3}[,，、])\s*/;
const unmarked = (text: string) => text.replace(MARKER, '');
const IMPERATIVE =
  /^(一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|第[一二三四五六七八九十]+[,，、]|首先|其次|同时|特别|尤其|加强|强化|严格|落实|做好|抓好|抓实|抓紧|推进|完善|健全|提高|优化|坚决|切实|全力|全面|进一步|持续|严防|严控|严把|严守|守好|关心|统筹|突出|狠抓|注重|深入|扎实|积极|着力|大力|加快|深化|规范|压实|筑牢|构建|建立|探索|倡导|引导|紧盯|把牢|依法|从严|从快|坚定|始终|时刻|及时|迅速|主动|精准|科学|有效|高效|全面|层层|进一步|保持|树牢|织密|加大|用好|发挥|动员|聚焦|围绕|对标|立足|保障|做实|做细|组织|充分|开展|合理|抓细|加紧|实行|实施|推动|督促|落细|守牢|坚守|严密|密切|巩固|增强|提升|夯实|细化|畅通|以)/;
const ENUMERATION = /[一二三四五六七八九十]+(要|是)(?=[^,，。])/g;
const ENUMERATED = /^[一二三四五六七八九十]+[要是](?=[^,，。])/;

interface Unit extends Span {
  speaker: string | null;
  /** Right after 要求 (某某要求各地严格落实…): asked for, with or without a modal. */
  asked?: boolean;
  /** Under 指出 / 认为 / 表示, which may tell how things stand: only what has a modal directs. */
  strict?: boolean;
}

/** The statements issued by the meeting or by a named leader, one per directive. */
export function extractDirectives(ctx: ExtractContext, attendees: readonly Attendee[]): Directive[] {
  const s = ctx.cleanSimplified;
  const chair = attendees.find((a) => a.role === 'chair')?.name ?? null;
  const known = new Map(attendees.map((a) => [foldToSimplified(a.name), a.name]));
  const units: Unit[] = [];
  let speaker: string | null = null;
  let active = false;
  let strict = false;
  // 他强调 speaks for whoever opened the sentence before (郑晓峰就…提出要求。他强调，…), else the chair
  let subject: string | null = chair;
  let held: Unit | null = null;

  for (const para of paragraphs(s)) {
    const paraUnits: Unit[] = [];
    for (const sent of sentences(s, para)) {
      let start = sent.start;
      const text = s.slice(sent.start, sent.end);
      // 在县人民医院，王明要求，/ 12月7日，会议要求，: a clause may set the scene before the cue
      const scene = sceneClauseLength(text);
      const afterScene = { start: sent.start + scene, end: sent.end };
      const sceneCue = scene > 0 ? cueAt(ctx, s, afterScene, known, subject, attendees) : null;
      const arranged = MEETING_ARRANGED.exec(text);
      const cue =
        cueAt(ctx, s, sent, known, subject, attendees) ??
        (sceneCue && { ...sceneCue, length: scene + sceneCue.length }) ??
        lateMeetingCue(text) ??
        (arranged && { speaker: null, verb: arranged[2]!, length: arranged[0].length });
      subject = subjectOf(s, sent, known) ?? (scene > 0 ? subjectOf(s, afterScene, known) : null) ?? subject;
      if (cue) {
        active = true;
        speaker = cue.speaker;
        strict = cue.verb === '指出' || cue.verb === '认为' || cue.verb === '表示';
        start += cue.length;
      } else if (
        NARRATIVE.test(text) ||
        /^会议/.test(text) ||
        (ATTENDANCE.test(text) && !MUST.test(text)) ||
        UNRESOLVED_SPEAKER.test(text) ||
        NATIONAL_LEADER.test(text)
      ) {
        active = false;
      }
      if (!active) continue;
      const asked = cue?.verb === '要求';
      for (const piece of splitUnits(s, start, sent.end)) paraUnits.push({ ...piece, speaker, asked, strict });
    }
    // a heading set as a paragraph of its own (要备好备足隔离场所。) heads the paragraph that explains it, as one
    // inside a paragraph heads the sentences after it (a paragraph that opens with a cue of its own is no
    // explanation: the cue stands between them)
    // (and only an explanation that directs too: a paragraph of narrative or credits after it stays apart)
    const next = paraUnits[0] && unmarked(s.slice(paraUnits[0].start, paraUnits[0].end));
    if (held && !(next && (MUST.test(next) || IMPERATIVE.test(next)))) {
      units.push(held);
      held = null;
    }
    const merged = mergeHeadings(s, held ? [held, ...paraUnits] : paraUnits, strict);
    held = null;
    // the paragraph's one unit, left as it was (not taken into a heading held from before)
    const own = paraUnits.length === 1 && merged[merged.length - 1] === paraUnits[0] ? paraUnits[0] : undefined;
    // (the whole paragraph: 张建国强调，要压实四方责任。 is a directive of its own, whatever follows it)
    if (own && own.start === para.start && isHeading(s, own)) {
      held = own;
      merged.pop();
    }
    units.push(...merged);
  }
  if (held) units.push(held);

  const seen = new Set<string>();
  const out: Directive[] = [];
  for (const unit of units) {
    const u = withoutSituation(s, unit);
    const simp = s.slice(u.start, u.end);
    // 会议认为，…全县上下坚持人民至上，取得了阶段性成效: what was achieved is found, not asked for
    if (u.strict && ACHIEVED.test(simp) && !/要|必须|务必/.test(simp)) continue;
    // a numbered point under 强调 / 要求 directs whatever verb it opens with (一、做实核酸检测…)
    const listed = MARKER.test(simp) && !u.strict;
    if (!u.asked && !listed && !MUST.test(simp) && !IMPERATIVE.test(unmarked(simp))) continue;
    // 会议要求各地各部门：and then the points: who is asked is no directive of its own
    if (/[:：]$/.test(simp) && simp.length <= 16 && !MUST.test(simp)) continue;
    // 各镇要做好以下三项工作：announces the points that follow
    if (/(?:以下|如下|下列|几点|几项|[一二三四五六七八九十两]项)[^,，。]{0,8}[:：]$/.test(simp)) continue;
    const key = simp.replace(/\s/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: ctx.clean.slice(u.start, u.end), speaker: u.speaker, topics: topicsOf(simp) });
  }
  return out;
}

/** A clause that describes how things stand (当前疫情形势复杂严峻, 工作取得积极成效): no directive. */
const SITUATION =
  /^(但|而|然而)?(当前|目前|眼下|近期|近来|现阶段|前段时间|一段时间以来|.{0,12}以来|.{0,12}形势|.{0,20}(取得|成效|态势|好转)|.{0,12}(压力|风险)[^,，]{0,6}(加大|增大|上升|增加|较大|依然))/;

const ACHIEVED = /取得了?[^,，。；;]{0,8}(?:成效|成果|进展|胜利)|成效(?:明显|显著)/;

/**
 * A statement that opens with the situation (当前形势复杂严峻，全区上下务必保持清醒头脑) directs only from the
 * first clause that is not one: the situation is what the meeting found, not what it asks.
 */
function withoutSituation(s: string, u: Unit): Unit {
  let start = u.start;
  for (;;) {
    const comma = s.slice(start, u.end).search(/[,，]/);
    if (comma < 0) return { ...u, start };
    const clause = s.slice(start, start + comma);
    if (!SITUATION.test(clause) || MUST.test(clause) || IMPERATIVE.test(clause)) return { ...u, start };
    start += comma + 1;
  }
}

/** The attendee whose name opens a sentence, if any. */
function subjectOf(s: string, sent: Span, known: Map<string, string>): string | null {
  // the attendees first: 赵六说 would be read as a name 赵六说, and 乌力吉 has no family name to find
  for (const [simp, name] of known) if (s.startsWith(simp, sent.start)) return name;
  const end = nameEndAt(s, sent.start, undefined, sent.end);
  return end > 0 ? (known.get(nameText(s.slice(sent.start, end))) ?? null) : null;
}

function cueAt(
  ctx: ExtractContext,
  s: string,
  sent: Span,
  known: Map<string, string>,
  subject: string | null,
  attendees: readonly Attendee[],
): { speaker: string | null; verb: string; length: number } | null {
  const text = s.slice(sent.start, sent.end);
  const meeting = MEETING_CUE.exec(text);
  if (meeting) return { speaker: null, verb: meeting[2]!, length: meeting[0].length };
  // 他强调，/ 她在总结讲话时指出， speak as a name would
  const pronoun = /^[他她]/.test(text) ? SPEECH_AFTER_NAME.exec(text.slice(1)) : null;
  if (pronoun) return { speaker: subject, verb: pronoun[2]!, length: 1 + pronoun[0].length };
  // an attendee's name is known whatever its family name (虢, 禚 are missing from any list of common ones)
  for (const [simp, name] of known) {
    const verb = text.startsWith(simp) ? speechAfterKnownName(text.slice(simp.length)) : null;
    if (verb) return { speaker: name, verb: verb.verb, length: simp.length + verb[0].length };
  }
  // 吴书记指出，: someone already named, by family name and office
  const referred = titledSpeechAt(text, attendees);
  if (referred) return { speaker: referred.name, verb: referred.verb, length: referred.length };
  const end = nameEndAt(s, sent.start, SPEECH_NAME_FOLLOWERS, sent.end);
  if (end < 0) return titledSpeaker(s, sent, known);
  const verb = SPEECH_AFTER_NAME.exec(s.slice(end, sent.end));
  if (!verb) return null;
  const simpName = nameText(s.slice(sent.start, end));
  return {
    speaker: known.get(simpName) ?? nameText(ctx.clean.slice(sent.start, end)),
    verb: verb[2]!,
    length: end - sent.start + verb[0].length,
  };
}

/**
 * 会议听取了…的汇报，要求各地…: a sentence that tells what the meeting did and then, after a comma, what it asked.
 * Only a sentence about the meeting: its other clauses (听取, 传达) are no directives.
 */
const LATE_MEETING_CUE = /[,，](?:并|同时|会议)?(要求|强调|号召)[,，:：]?/;
function lateMeetingCue(text: string): { speaker: null; verb: string; length: number } | null {
  if (!/^会议/.test(text)) return null;
  const m = LATE_MEETING_CUE.exec(text);
  return m ? { speaker: null, verb: m[1]!, length: m.index + m[0].length } : null;
}

/**
 * What an attendee's name may be followed by before their words, the clause that puts them at the meeting
 * included: 主持召开全市疫情防控工作会议并强调，/ 在全市疫情防控工作会议上指出，. Only for names already known
 * as attendees: an unknown name with a long clause could be anyone's. 在讲话中对下一步工作提出四点要求：asks for
 * the points after the colon, 对做好下一步工作提出三点要求。for those in the sentences that follow.
 */
// (就近期重点工作作了具体部署，要求…; 就做好学校疫情防控工作提出要求，要…)
const SPEECH_IN_CLAUSE =
  /^[^,，。；;:：]{0,40}?(?:(?:并|时|上|中)[,，]?(强调|指出|要求|表示)|提出[^,，。；;:：]{0,8}?(要求|意见)(?=[:：。,，])|作[^,，。；;:：]{0,10}?(?:部署|安排)[,，](要求|强调|指出))[,，:：]?/;
/** The words that open a known attendee's speech, and the verb they speak with. */
function speechAfterKnownName(text: string): { 0: string; verb: string } | null {
  const plain = SPEECH_AFTER_NAME.exec(text);
  if (plain) return { 0: plain[0], verb: plain[2]! };
  const clause = SPEECH_IN_CLAUSE.exec(text);
  return clause ? { 0: clause[0], verb: clause[1] ?? clause[3] ?? '要求' } : null;
}

/**
 * 州委副书记、州长田德明在会上强调，…: an attendee behind their titles, at the start of the sentence or of a
 * clause after the date, speaking. Only names already known as attendees count, so no title list is needed.
 */
function titledSpeaker(
  s: string,
  sent: Span,
  known: Map<string, string>,
): { speaker: string | null; verb: string; length: number } | null {
  const text = s.slice(sent.start, sent.end);
  for (const [simp, name] of known) {
    const at = text.indexOf(simp);
    if (at <= 0) continue;
    const clause = text.slice(0, at).split(/[,，]/).pop()!;
    if (!/^[\u4e00-\u9fff、]{2,30}$/.test(clause) || !/(长|书记|主任|主席|委员)$/.test(clause)) continue;
    const verb = speechAfterKnownName(text.slice(at + simp.length));
    if (!verb) continue;
    return { speaker: name, verb: verb.verb, length: at + simp.length + verb[0].length };
  }
  return null;
}

/** A sentence split at enumeration markers (一要…二要…) and at semicolons; trailing punctuation dropped. */
function splitUnits(s: string, start: number, end: number): Span[] {
  const cuts = new Set<number>([start]);
  for (const m of s.slice(start, end).matchAll(ENUMERATION)) if (m.index > 0) cuts.add(start + m.index);
  for (let i = start; i < end; i++) if (s[i] === ';' || s[i] === '；') cuts.add(i + 1);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  points.forEach((a, k) => {
    let b = k + 1 < points.length ? points[k + 1]! : end;
    let from = a;
    while (from < b && /[\s,，:：]/.test(s[from]!)) from++;
    while (b > from && /[\s;；。，,]/.test(s[b - 1]!)) b--;
    if (b - from >= 4) out.push({ start: from, end: b });
  });
  return out;
}

/** A new point of a list: a marker, 二要/三是, 一方面, 首先… */
const opensListedPoint = (text: string) =>
  MARKER.test(text) || /^([一二三四五六七八九十]+[要是]|一方面|另一方面|首先|其次|再次|此外)/.test(text);
const opensPoint = (text: string) => opensListedPoint(text) || /^要/.test(text);

/** A short statement that may head what follows: 要备好备足隔离场所。, or （一）织密外防输入防线 on a line of its own. */
function isHeading(s: string, x: Span): boolean {
  if (x.end - x.start > 24) return false;
  return s[x.end] === '。' || (MARKER.test(s.slice(x.start, x.end)) && /^[^\S\n]*(?:\n|$)/.test(s.slice(x.end)));
}

/**
 * A short statement followed by its explanation (要备好备足隔离场所。全力开展…) is one directive; a short
 * sentence that is no directive itself (当前，我省疫情防控到了关键阶段) is dropped, not merged.
 */
function mergeHeadings(s: string, units: Unit[], strict: boolean): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const text = s.slice(u.start, u.end);
    const next = units[k + 1];
    const heading = isHeading(s, u);
    const directive = MUST.test(text) || (!strict && IMPERATIVE.test(unmarked(text)));
    const joins = (x: Unit | undefined, after: Unit, opens: (text: string) => boolean): x is Unit =>
      !!x &&
      x.speaker === after.speaker &&
      /^[。\s]*$/.test(s.slice(after.end, x.start)) &&
      !opens(s.slice(x.start, x.end));
    const follows = (x: Unit | undefined, after: Unit) => joins(x, after, opensPoint);
    // （一）要全力开展核酸筛查。科学划定…。: a numbered point owns every sentence up to the next point, those
    // phrased with 要 too (二、全力做好医疗救治。要加强发热门诊建设。); so does 一要强化监测预警。发挥哨点作用…
    const inPoint = (x: Unit | undefined, after: Unit) => joins(x, after, opensListedPoint);
    if (heading && directive && (MARKER.test(text) || ENUMERATED.test(text)) && inPoint(next, u)) {
      let last = next;
      while (inPoint(units[k + 2], last)) {
        last = units[k + 2]!;
        k++;
      }
      out.push({ ...u, end: last.end });
      k++;
      continue;
    }
    // a statement that does not open as a point (疫情防控是一场硬仗，全市上下务必…) heads nothing: the next
    // sentence with its own modal (各级党委要切实履行…) is a directive of its own
    const ownModal = (x: Unit) => MUST.test(s.slice(x.start, x.end).split(/[,，;；]/)[0]!);
    const opensAsPoint = opensPoint(text) || IMPERATIVE.test(unmarked(text));
    if (heading && directive && follows(next, u) && !isHeading(s, next) && (opensAsPoint || !ownModal(next))) {
      out.push({ ...u, end: next.end });
      k++;
      continue;
    }
    if (strict && !MUST.test(text)) continue;
    out.push(u);
  }
  return out;
}
