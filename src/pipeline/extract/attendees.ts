import type { Attendee, Role } from '../../schema';
import { foldToSimplified } from '../script';
import type { ExtractContext } from './context';
import {
  NAME_FOLLOWERS,
  nameEndAt,
  nameText,
  sceneClauseLength,
  SPEECH_AFTER_NAME,
  SPEECH_NAME_FOLLOWERS,
} from './names';
import { peopleIn } from './people';
import { titledSpeechAt } from './title-reference';
import { paragraphs, sentences } from './text';

/** Verbs that put the people of a sentence at the meeting. */
const PRESENCE =
  /主持|出席|参加|参会|列席|陪同|讲话|发言|致辞|在[^，,。；;]{0,8}?[主分]会场|在[^，,。；;的]{0,30}?上(?:强调|指出|要求|讲话|表示)|收听收看|领学|深入|调研|检查|督导|督查|视察|暗访|调度|介绍|通报|汇报|传达|宣读|在会上|在讲话中|提出.{0,4}要求|作.{0,8}(?:部署|讲话|安排|总结|辅导|报告|解读)/;
const SPEAKS = /^(讲话|发言|强调|指出|要求|介绍|通报|汇报|传达|宣读|致辞|作.{0,6}部署|提出)/;

const JOINT_CHAIR = /共同主持|联合主持/;
/**
 * A press conference's roster (主持人：区委宣传部副部长 某某 / 发布人：副区长 某某, then further lines of title and
 * name set in under it): the role by the label, which holds for the lines under it.
 */
const ROSTER_LABEL =
  '主持人|主持|发布人|发言人|发布嘉宾|出席嘉宾|嘉宾|出席人员|参会人员|(?:出席|参加)会议的(?:[省市县区州]?领导|人员)?(?:还)?有?';
const ROSTER = new RegExp(`^\\s*(${ROSTER_LABEL})\\s*[:：]`);
/** …召开会议。出席会议的市领导：and the roster on the lines after it. */
const ROSTER_AFTER = new RegExp(`(?:^|[。；;])\\s*(${ROSTER_LABEL})\\s*[:：]\\s*$`);
const rosterRole = (label: string): Role =>
  label.startsWith('主持') ? 'chair' : /发布|发言|嘉宾/.test(label) && label !== '出席嘉宾' ? 'speaker' : 'attendee';
const EACH_SPOKE = /分别(?:讲话|发言|致辞|强调|汇报|介绍|通报|提出要求|作.{0,6}(?:部署|讲话|发言|汇报))/;

const RANK: Record<Role, number> = { chair: 3, speaker: 2, attendee: 1, other: 0 };

/** People present at the meeting, with the titles the report gives them and their role. */
export function extractAttendees(ctx: ExtractContext): Attendee[] {
  const s = ctx.cleanSimplified;
  const found = new Map<string, { name: string; titles: string[]; role: Role; order: number }>();
  let chairTaken = false;
  const add = (
    start: number,
    end: number,
    titles: readonly { start: number; end: number }[],
    role: Role,
    jointly = false,
  ) => {
    const key = nameText(s.slice(start, end));
    const name = nameText(ctx.clean.slice(start, end));
    let p = found.get(key);
    if (!p) {
      p = { name, titles: [], role: 'attendee', order: found.size };
      found.set(key, p);
    }
    for (const t of titles) {
      const title = ctx.clean.slice(t.start, t.end);
      if (!p.titles.includes(title)) p.titles.push(title);
    }
    if (role === 'chair') {
      if (chairTaken && p.role !== 'chair' && !jointly) role = 'speaker';
      chairTaken = true;
    }
    if (RANK[role] > RANK[p.role]) p.role = role;
  };

  const raise = (name: string, role: Role) => {
    const p = [...found.values()].find((x) => x.name === name);
    if (p && RANK[role] > RANK[p.role]) p.role = role;
  };

  let roster: Role | null = null;
  for (const para of paragraphs(s)) {
    const line = s.slice(para.start, para.end);
    const label = ROSTER.exec(line)?.[1];
    const people = label || roster ? peopleIn(s, para.start, para.end) : [];
    // a line of the roster holds its people and nothing that reads as a sentence
    if ((label || roster) && people.length > 0 && !/[，,。；;]/.test(line)) {
      roster = label ? rosterRole(label) : roster;
      for (const m of people) add(m.start, m.end, m.titles, roster!);
      continue;
    }
    const after = ROSTER_AFTER.exec(line)?.[1];
    roster = after ? rosterRole(after) : null;
    for (const sent of sentences(s, para)) {
      const text = s.slice(sent.start, sent.end);
      if (PRESENCE.test(text)) {
        // 市委书记甲，市长乙共同主持 / 分别讲话: everyone named before it chairs, or speaks
        const joint = JOINT_CHAIR.exec(text);
        const each = EACH_SPOKE.exec(text);
        for (const m of peopleIn(s, sent.start, sent.end)) {
          if (relayed(s, m.start, m.end, sent)) continue;
          const before = (x: RegExpExecArray | null) => x !== null && m.end <= sent.start + x.index;
          const chairs = before(joint);
          const role = chairs ? 'chair' : before(each) ? 'speaker' : roleAfter(s, m.end, sent.end);
          add(m.start, m.end, m.titles, role, chairs);
        }
      }
      // 李明强调，… opens a speech by someone present even when no attendance line names them; so does
      // 在县人民医院，李明要求，… after the clause that sets the scene
      const speech =
        speechOpening(s, sent.start, sent.end) ?? speechOpening(s, sent.start + sceneClauseLength(text), sent.end);
      const referred = speech ? null : titledSpeechAt(text, [...found.values()]);
      if (speech) add(speech.start, speech.end, [], 'speaker');
      // 王市长要求，: someone named before, now by family name and office
      else if (referred) raise(referred.name, 'speaker');
      // 扎西次仁就…作了具体安排: someone already named (a name no family-name rule finds) opening a sentence
      // (在旗人民医院，乌力吉要求，after the clause that sets the scene)
      else {
        for (const lead of new Set([0, sceneClauseLength(text)])) {
          const rest = text.slice(lead);
          const known = [...found.keys()].find(
            (k) =>
              rest.startsWith(k) &&
              (PRESENCE.test(text)
                ? NAME_FOLLOWERS.some((f) => rest.startsWith(f, k.length))
                : SPEECH_AFTER_NAME.test(rest.slice(k.length))),
          );
          if (!known) continue;
          const from = sent.start + lead;
          add(from, from + known.length, [], roleAfter(s, from + known.length, sent.end));
          break;
        }
      }
    }
  }
  // 区委书记张立新到指挥部调度…。张立新在听取汇报后指出: the titles come with a mention no verb of presence put
  // at the meeting; a speaker found by their words takes them from the first mention that has any
  const mentions = new Map<string, { titles: string[]; at: number }>();
  for (const para of paragraphs(s)) {
    for (const sent of sentences(s, para)) {
      for (const m of peopleIn(s, sent.start, sent.end)) {
        const key = nameText(s.slice(m.start, m.end));
        const seen = mentions.get(key);
        if (!seen) mentions.set(key, { titles: m.titles.map((t) => ctx.clean.slice(t.start, t.end)), at: m.start });
        else if (seen.titles.length === 0) seen.titles = m.titles.map((t) => ctx.clean.slice(t.start, t.end));
      }
    }
  }
  for (const [key, p] of found) if (p.titles.length === 0) p.titles = [...(mentions.get(key)?.titles ?? [])];
  if (!chairTaken) {
    // nobody 主持: the meeting is led by the principal leader who speaks (州长某某在会上强调), the one the report
    // names first when several do
    const firstAt = (key: string) => mentions.get(key)?.at ?? Infinity;
    const leader = [...found.entries()]
      .filter(([, p]) => p.role === 'speaker' && p.titles.some(isPrincipal))
      .sort(([a], [b]) => firstAt(a) - firstAt(b))[0]?.[1];
    if (leader) leader.role = 'chair';
  }
  return [...found.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ name, titles, role }) => ({ name, titles, role }));
}

/**
 * 传达贯彻省委书记某某在全省会议上的讲话精神: a superior whose speech elsewhere is relayed, not someone present.
 * Told by the verb of relaying in the person's clause, or by the speech being placed at another meeting.
 */
function relayed(s: string, start: number, end: number, sent: { start: number }): boolean {
  const clauseStart = Math.max(sent.start, ...[...'，,;；:：'].map((c) => s.lastIndexOf(c, start - 1) + 1));
  // (书面听取: a report read in writing; 通报表扬: people commended, not present)
  if (/传达|学习|贯彻|落实|按照|根据|遵照|书面|表扬|表彰/.test(s.slice(clauseStart, start))) return true;
  // 副省长某某日前在我市调研时提出: a visit before the meeting
  if (
    /^(?:日前|近日|此前|前不久|前期)?在我[省市县区州旗盟][^，,。；;]{0,12}?(?:调研|检查|督导|视察)时/.test(
      s.slice(end, end + 30),
    )
  )
    return true;
  return /^(在[^，,。；;]{1,30}上的|的)(重要)?(讲话|批示|指示|部署)/.test(s.slice(end, end + 40));
}

/** The name that opens speech at `start` (李明强调，), if one does. */
function speechOpening(s: string, start: number, limit: number): { start: number; end: number } | null {
  const end = nameEndAt(s, start, SPEECH_NAME_FOLLOWERS, limit);
  return end > 0 && SPEECH_AFTER_NAME.test(s.slice(end, limit)) ? { start, end } : null;
}

/** A title that heads its body (书记, 市长, 组长), not a deputy's. */
// (a bureau's 党委书记 or 党组书记 heads the bureau, not the meeting)
const isPrincipal = (title: string) =>
  !foldToSimplified(title).includes('副') &&
  /(?:^|[省市县区州盟旗]委|工委)书记$|(省长|市长|县长|区长|州长|盟长|旗长|主席|组长|指挥长)$/.test(
    foldToSimplified(title),
  );

/** The role a sentence gives someone: what they do up to the next comma (a list shares its verb). */
function roleAfter(s: string, from: number, to: number): Role {
  let clause = s.slice(from, to);
  const stop = clause.search(/[,，;；。]/);
  if (stop >= 0) clause = clause.slice(0, stop);
  const verbs = clause.replace(/^[^主出参列讲发介强指要通传宣致作提汇]*/, '');
  if (/主持/.test(clause)) return 'chair';
  if (
    SPEAKS.test(verbs) ||
    /并?(讲话|发言|致辞)|[上时并](强调|指出|要求|表示)|提出.{0,4}要求|作.{0,8}(部署|讲话|安排|总结|辅导|报告|解读)/.test(
      clause,
    )
  )
    return 'speaker';
  return 'attendee';
}
