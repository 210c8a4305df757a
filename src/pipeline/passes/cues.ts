/**
 * What a line or segment looks like, from general cues: sentence punctuation, length, labels, lexicon
 * words, dates. All tests take the Simplified, lower-cased fold of the text (see `foldForCues`).
 */
import { foldToSimplified } from '../script';
import { HAS_SPAM_WORD } from './spam-lexicon';
import {
  DISCLAIMER_ANCHOR,
  DISCLAIMER_WORDS,
  FURNITURE_CUES,
  LABELS,
  SUMMARY_LABEL,
  type Cue,
  type Label,
} from './furniture-lexicon';

let table: Uint16Array | undefined;

/** foldToSimplified as a lookup table over the BMP, with ASCII capitals lower-cased: one array read a character. */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  // surrogates cannot stand alone in a string, and only BMP characters fold one to one
  let all = '';
  for (let c = 0x2e80; c < 0xd800; c++) all += String.fromCharCode(c);
  for (let c = 0xf900; c < 0x10000; c++) all += String.fromCharCode(c);
  const folded = foldToSimplified(all);
  for (let i = 0; i < all.length; i++) table[all.charCodeAt(i)] = folded.charCodeAt(i);
  return table;
}

let lastText: string | undefined;
let lastFold = '';

/**
 * Simplified fold with ASCII lower-cased; same length and offsets as the input. The passes of one stage
 * see the same text, so the last fold is kept rather than computed once per pass.
 */
export function foldForCues(text: string): string {
  if (text !== lastText) {
    const t = foldTable();
    const codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = t[text.charCodeAt(i)]!;
    let out = '';
    for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
    lastFold = out;
    lastText = text;
  }
  return lastFold;
}

const CLAUSE_PUNCT = /[，,。；;！？]/g;
const SENTENCE_END = /[。！？][”’」』)）]?$/;

/** Reads like running text: ends a sentence, or carries several clauses. Titles and page labels do not. */
export function isProse(s: string): boolean {
  // a short paragraph still ends its sentence ("近日，我市召开会议。"); headlines and labels do not
  if (SENTENCE_END.test(s)) return s.length >= 6;
  if (s.length < 12) return false;
  // 3月2日上午，市委召开…会议 with its full stop lost: a lead opens on the day, a headline hardly ever does
  if (/^\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|早上|凌晨)?[，,]/.test(s)) return true;
  const clauses = s.match(CLAUSE_PUNCT)?.length ?? 0;
  return clauses >= 2 || (clauses >= 1 && s.length >= 60);
}

export function labelOf(s: string): Label | undefined {
  // "【责任编辑：某某】", "[来源：某某]": the bracket is decoration
  const bare = s.replace(/^[【[〔（(]\s*/, '');
  return LABELS.find((l) => l.re.test(bare));
}

/** An editor or source note in brackets at the very end of the last paragraph: "…参加会议。（编辑：某某）". */
export const TRAILING_NOTE =
  /[（(【[〔]\s*(?:责任编辑|编辑|责编|审核|校对|来源|稿源)\s*[:：][^()（）【】[\]〔〕\n]{1,30}[)）】\]〕]$/;

export function furnitureCue(s: string): Cue | undefined {
  // a bar-separated spam block looks like a row of links: it is the spam pass's, and furniture must not start at
  // it (a reporter's credit after it still closes the report)
  if (HAS_SPAM_WORD.test(s)) return undefined;
  return FURNITURE_CUES.find((c) => c.re.test(s));
}

export function isSummary(s: string): boolean {
  return SUMMARY_LABEL.test(s);
}

/** Several disclaimer words in one passage: a site's legal notice, even without a label. */
export function isDisclaimer(s: string): boolean {
  const hits = s.match(DISCLAIMER_WORDS);
  return (hits ? new Set(hits).size : 0) >= 3 && hits!.some((h) => DISCLAIMER_ANCHOR.test(h));
}

/** Digits, separators and symbols only: counters, pagers and stray bars. */
export function isNoise(s: string): boolean {
  return /^[\d\s|｜·•・>»＞<«＜\-—_=*#~.,，。:：/\\()（）【】[\]↓↑←→▼▲▽△►◄▶◀★☆●○◆◇■□]+$/.test(s);
}

const DATE = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/;
export const hasDate = (s: string) => DATE.test(s);
export const isTime = (s: string) => /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/.test(s);

/** A dateline that opens the lead paragraph: "某某网讯", "新华社某地某日电", "(记者 某某)". */
export function isDateline(s: string): boolean {
  if (s.length > 24) return false;
  return /(?:讯|电)[)）]?$/.test(s) || /^[(（][^()（）]{0,20}记者[^()（）]{0,20}[)）]$/.test(s);
}

/** A piece that opens the lead with a dateline and a bracket: "本报讯(记者", "某某网讯（通讯员". */
export function opensLead(s: string): boolean {
  return /^[\u3400-\u9fff\d]{1,20}(?:讯|电)[(（]/.test(s);
}

/** An unlabelled reporter / photographer credit, which readers keep at the end of the report. */
export function isByline(s: string): boolean {
  if (s.length > 50 || isProse(s)) return false;
  // 文/某某 图/某某 as well as 某某/文
  return /记者|通讯员|摄影|摄像|\/文|\/摄|\/图|(?:^|[^\u3400-\u9fff])[文图摄]\/|供稿|撰文/.test(s);
}

/** A breadcrumb: navigation words among short pieces, or pieces joined by ">". */
export function isBreadcrumb(s: string, pieces: readonly string[]): boolean {
  if (/[>»＞]/.test(s) && pieces.length >= 2 && !isProse(s)) return true;
  return pieces.length >= 3 && pieces.every((p) => p.length <= 10) && /首页|主页|新闻中心|当前位置|您的位置/.test(s);
}
