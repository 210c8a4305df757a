/**
 * What a line or segment looks like, from general cues: sentence punctuation, length, labels, lexicon
 * words, dates. All tests take the Simplified, lower-cased fold of the text (see `foldForCues`).
 */
import { foldToSimplified } from '../script';
import { DISCLAIMER_WORDS, FURNITURE_CUES, LABELS, SUMMARY_LABEL, type Cue, type Label } from './furniture-lexicon';

/** Simplified fold with ASCII lower-cased; same length and offsets as the input. */
export function foldForCues(text: string): string {
  return foldToSimplified(text).replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

const CLAUSE_PUNCT = /[，,。；;！？]/g;
const SENTENCE_END = /[。！？][”’」』)）]?$/;

/** Reads like running text: ends a sentence, or carries several clauses. Titles and page labels do not. */
export function isProse(s: string): boolean {
  if (s.length < 12) return false;
  if (SENTENCE_END.test(s)) return true;
  const clauses = s.match(CLAUSE_PUNCT)?.length ?? 0;
  return clauses >= 2 || (clauses >= 1 && s.length >= 60);
}

export function labelOf(s: string): Label | undefined {
  return LABELS.find((l) => l.re.test(s));
}

export function furnitureCue(s: string): Cue | undefined {
  return FURNITURE_CUES.find((c) => c.re.test(s));
}

export function isSummary(s: string): boolean {
  return SUMMARY_LABEL.test(s);
}

/** Several disclaimer words in one passage: a site's legal notice, even without a label. */
export function isDisclaimer(s: string): boolean {
  const hits = s.match(DISCLAIMER_WORDS);
  return (hits ? new Set(hits).size : 0) >= 3;
}

/** Digits, separators and symbols only: counters, pagers and stray bars. */
export function isNoise(s: string): boolean {
  return /^[\d\s|｜·•・>»＞<«＜\-—_=*#~.,，。:：/\\()（）【】[\]]+$/.test(s);
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
  return /记者|通讯员|摄影|摄像|\/文|\/摄|\/图|供稿|撰文/.test(s);
}

/** A breadcrumb: navigation words among short pieces, or pieces joined by ">". */
export function isBreadcrumb(s: string, pieces: readonly string[]): boolean {
  if (/[>»＞]/.test(s) && pieces.length >= 2 && !isProse(s)) return true;
  return pieces.length >= 3 && pieces.every((p) => p.length <= 10) && /首页|主页|新闻中心|当前位置|您的位置/.test(s);
}
