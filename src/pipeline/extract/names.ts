/**
 * Where a person's name is in Simplified text: a family name from the surname list, one or two given
 * characters, and then something that can follow a name (a separator, 主持, 出席…). The follower is
 * what decides between 周立 and 周立和 in 周立和市直部门负责同志.
 */
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../data/surnames';
import { TITLE_HEADS } from '../data/titles';
import { isCjk } from './text';

/** Characters that do not occur in given names but do in titles and grammar around them. */
const NOT_IN_NAMES = new Set([
  // 长 is left out: it is common in given names (万长青) and a title's 长 never follows a family name directly
  ...'市县区省委员会议书记主任席部局厅处组党政府人大常协领导等和及与在了的是为对将把被向各全有关主要负责出参加讲话调指出求介绍召开持视频上下午晚今昨日月年时间号这那其也都还并就从到于以以所由该此个们位名陪',
]);

/** What may come right after a name in reports of meetings. */
export const NAME_FOLLOWERS: readonly string[] = [
  ...'、,，;；。:：(（)）/ \n\t',
  '和',
  '及',
  '以及',
  '与',
  '同',
  '等',
  '在',
  '主持',
  '共同',
  '联合',
  '出席',
  '参加',
  '参会',
  '列席',
  '讲话',
  '发言',
  '介绍',
  '强调',
  '指出',
  '要求',
  '表示',
  '说',
  '通报',
  '汇报',
  '连续',
  '先后',
  '分别',
  '亲自',
  '专门',
  '再次',
  '一同',
  '一起',
  '还',
  '也',
  '都',
  '并',
  '率',
  '带队',
  '同志',
  '作',
  '对',
  '就',
  '深入',
  // 市委常委、秘书长某某陪同; 听取了区委书记某某关于…的汇报
  '陪同',
  '关于',
  // 副主任某某一行出席 / 某某带领督导组…
  '一行',
  '带领',
  // 区委书记某某到指挥部调度…, 赴一线检查…
  '到',
  '赴',
  '前往',
  '来到',
  '调研',
  '召开',
  '传达',
  '宣读',
  '部署',
  '总结',
  '提出',
  '点评',
  '书记',
  '致辞',
  // 宣传部长某某领学了…: who reads out at a study session
  '领学',
  // 市委书记某某11日主持 / 日前主持 / 昨天下午主持: when the meeting was, between the name and what they did
  ...'0123456789０１２３４５６７８９',
  '日前',
  '近日',
  '昨天',
  '昨日',
  '今天',
  '今日',
  '前天',
  '当天',
  '当日',
  '上午',
  '下午',
  '晚上',
  '于',
  // 市长某某以视频形式主持, 通过视频连线出席
  '以视频',
  '以线上',
  '以电视电话',
  '通过',
];

/** What follows the name of someone speaking: 李明强调，/ 王刚在总结讲话时指出，/ 赵军同志最后要求： */
// (还强调, 特别强调, 再次强调, 明确要求: an adverb may stand between the name and the verb)
export const SPEECH_AFTER_NAME =
  /^(?:同志)?(在[^,，。:：]{0,8}?[中上时]|最后)?[,，]?(?:还|也|又|同时|特别|再次|进一步|明确|专门|着重|重点)*(强调|指出|要求|表示|提出|说)[,，:：]?/;
/**
 * What may set the scene before a speaker's name (在县人民医院，王明要求 / 调研中，/ 3月2日，/ 随后，): the length of
 * that clause with its comma, or 0. Only ever read past when a name and the words of speech follow it.
 */
export function sceneClauseLength(text: string): number {
  return SCENE_CLAUSE.exec(text)?.[0].length ?? 0;
}
const SCENE_CLAUSE =
  /^(?:(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚)?|(?:在|针对|对于|就)[^,，。；;:：]{1,24}|[^,，。；;:：]{1,16}?(?:期间|时|中|上|后)|随后|最后|其间|同日|当天|当日|同时)[,，]/;

/** Where the name ends in such an opening: what SPEECH_AFTER_NAME can start with. */
export const SPEECH_NAME_FOLLOWERS: readonly string[] = [
  '同志',
  '在',
  '最后',
  '还',
  '也',
  '又',
  '同时',
  '特别',
  '再次',
  '进一步',
  '明确',
  '专门',
  '着重',
  '重点',
  '强调',
  '指出',
  '要求',
  '表示',
  '提出',
  '说',
];

export function surnameAt(s: string, i: number): number {
  const two = s.slice(i, i + 2);
  if (COMPOUND_SURNAMES.includes(two)) return 2;
  return SINGLE_SURNAMES.has(s[i] ?? '') ? 1 : 0;
}

const givenOk = (ch: string | undefined) => isCjk(ch) && !NOT_IN_NAMES.has(ch!);
// Some of those are common in given names too (张和平, 李为民, 王向东, 刘有才, 朱是西, 陈大文, 李书华, 王常青). They are
// taken when the name is closed by punctuation or by what a person does at a meeting (作 included: 欧阳明月作部署),
// never by a one-character word (周立和市直部门).
// (so are 绍, 开, 加, 从, 人, 任: 左绍华, 王开明, 杨加林, 林从军, 王人杰, 吕任远)
const ALSO_GIVEN = new Set('和为有向政全其时会是以于年月日大书常绍开加从人任');
const givenOkWhenClosed = (ch: string | undefined) => givenOk(ch) || ALSO_GIVEN.has(ch ?? '');
const closesFirmly = (f: string) => f.length > 1 || /[、,，;；。:：(（)）/\s作]/.test(f);

/** A blank typesetters put inside two-character names to line them up with three-character ones (王\u3000刚). */
const NAME_BLANK = /[ \u3000]/;

/**
 * Whether the blank at `i` (Simplified text) sits inside a two-character name set out by a typesetter (王\u3000刚主持):
 * a family name before it, one given character after it, and a firm follower after that. Only the full-width
 * blank counts here: an ASCII space between pieces of a flattened header (张明 图/李强) is far more often a seam.
 */
export function isBlankInName(s: string, i: number): boolean {
  return s[i] === '\u3000' && i >= 1 && nameEndAt(s, i - 1) === i + 2;
}

/** A name as it should be given: without the typesetter's blank inside it (王\u3000刚 → 王刚). */
export const nameText = (s: string) => s.replace(/[ \u3000]/g, '');

/**
 * The end of a name starting at `i`, or -1. Longer names are tried first, and a name is only taken
 * when what follows it is in `followers` (or the text ends). A two-character name may hold one blank (王\u3000刚
 * 主持), when a firm follower closes it; the caller gives it as `nameText`.
 */
export function nameEndAt(
  s: string,
  i: number,
  followers: readonly string[] = NAME_FOLLOWERS,
  limit = s.length,
): number {
  const sl = surnameAt(s, i);
  if (sl === 0) return -1;
  if (sl === 1 && NAME_BLANK.test(s[i + 1] ?? '') && givenOk(s[i + 2]) && i + 3 <= limit) {
    const end = i + 3;
    if (end === limit || followers.some((f) => s.startsWith(f, end) && closesFirmly(f))) return end;
  }
  for (const given of [2, 1]) {
    const end = i + sl + given;
    if (end > limit) continue;
    let strict = true;
    let loose = true;
    for (let k = i + sl; k < end; k++) {
      if (!givenOk(s[k])) strict = false;
      if (!givenOkWhenClosed(s[k])) loose = false;
    }
    if (!loose) continue;
    if (end === limit || followers.some((f) => s.startsWith(f, end) && (strict || closesFirmly(f)))) return end;
  }
  return -1;
}

const LOOSE_CLOSERS: readonly string[] = [
  ...'、,，;；。:：(（)）/ \n\t',
  '等',
  '同志',
  '主持',
  '出席',
  '参加',
  '讲话',
  '强调',
  '指出',
  '要求',
  '和',
  '及',
  '以及',
  // 州长尼玛泽仁作表态发言: 作 never starts a name the loose match could take
  '作',
  '一行',
  '带领',
  // 旗委书记乌力吉深入巴彦镇调研: what a leader does on an inspection
  '深入',
  '调研',
  '检查',
  '督导',
];

/** Characters of transcribed minority names (扎西次仁, 艾尔肯·吐尼亚孜), which have no family name to anchor on. */
const isNameChar = (ch: string | undefined) => givenOk(ch) || ch === '·' || ch === '•';
// Transcription uses a few characters that are grammar elsewhere (阿不都, 努尔加帕, 其其格); a name joined by · may
// hold them, since the dot already says this is a transcribed name.
const TRANSCRIBED = new Set('都加其');
const isDottedNameChar = (ch: string | undefined) => isNameChar(ch) || TRANSCRIBED.has(ch ?? '');
// Mongolian and Yi names without a dot use a few of them too (其其格, 乌云其木格, 那仁高娃, 阿牛史日); 日 only inside a
// name, so that 县长日前主持 gives no person 日前.
const isUndottedNameChar = (ch: string | undefined, first: boolean) =>
  isNameChar(ch) || ch === '其' || ch === '那' || (!first && ch === '日');
// Undotted transcribed names run to six characters (额尔敦毕力格, 宝音德力格尔); dotted ones further.
const MAX_UNDOTTED = 6;

/**
 * The end of a name right after a title (市长扎西次仁, 主任洛桑): a family name when there is one, else any
 * run of two to four name characters (or two parts joined by ·) that a name may be followed by.
 */
export function titledNameEndAt(
  s: string,
  i: number,
  followers: readonly string[] = NAME_FOLLOWERS,
  limit = s.length,
): number {
  const end = nameEndAt(s, i, followers, limit);
  if (end >= 0) return end;
  // 市长深入调研: a word that closes names never starts one; 市长助理蒋文斌: nor does the rest of a longer title
  if (
    !(isDottedNameChar(s[i]) || isUndottedNameChar(s[i], true)) ||
    LOOSE_CLOSERS.some((f) => f.length > 1 && s.startsWith(f, i)) ||
    TITLE_HEADS.some((t) => t.length > 1 && s.startsWith(t, i))
  )
    return -1;
  let run = i;
  while (run < limit && run - i < 12 && isDottedNameChar(s[run])) run++;
  const dotted = /[·•]/.test(s.slice(i, run));
  if (!dotted) for (run = i; run < limit && run - i < 12 && isUndottedNameChar(s[run], run === i);) run++;
  // without a family name only a list separator or a verb of attending may close the name, so that
  // 县长作具体部署 does not yield a person 作具体
  const closers = followers.filter((f) => LOOSE_CLOSERS.includes(f));
  for (let e = Math.min(run, i + (dotted ? 12 : MAX_UNDOTTED)); e >= i + 2; e--) {
    if (/[·•]$/.test(s.slice(i, e))) continue;
    if (e === limit || closers.some((f) => s.startsWith(f, e))) return e;
  }
  return -1;
}
