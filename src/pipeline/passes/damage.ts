import type { Edit, Script } from '../../schema';
import type { Pass } from '../pass';
import { detectScript } from '../script';
import { markupSpans } from './html';
import { FLAG_GAIN, findSuspectRuns } from '../repair/detect';
import { findLosses } from '../repair/lost-char';
import { repairConfidence, runShape } from '../repair/confidence';
import type { Corpus } from '../repair/corpus';
import { pageChars } from '../repair/page-chars';
import { pageWords } from '../repair/page-words';
import {
  COPIED_CONFIDENCE,
  copiedRepair,
  ECHO_CONFIDENCE,
  ECHO_CONTEXT,
  echoedReading,
  type Reading,
} from '../repair/echo';
import { type Conventions, judgeMojibake, writtenAs } from '../repair/mojibake';
import { toScript } from '../repair/script-forms';
import { straddleGain } from '../repair/straddle';

// A repair is applied when the confidence model (repair/confidence.ts) gives it at least this probability of
// being right: the threshold `npm run calibrate:repair` chose at 0.5% wrong repairs per damaged sentence of the
// made-up reports (so that the gold texts, never fitted on, stay under 1%).
const MIN_CONFIDENCE = 0.898;
// A surviving pinyin reading that the repaired character must have is hard evidence (the simulated damage the
// model is fitted on has none): a reading that beats the damaged text this much and the next reading by a
// little is enough.
const MIN_GAIN = 15;
const MIN_MARGIN_WITH_EVIDENCE = 2;
// A realignment this much more plausible than the text as it stands is itself evidence of damage.
const MARK_GAIN = 20;
// For a paragraph that ends one byte short of its closing mark, a realignment that restores the mark needs
// less: the line end already says something is missing (as a straddled word that passed its cheap test does,
// and a lone letter after a Han character).
const LINE_END_MARK_GAIN = 12;
// Without a convincing repair, a run is still marked when the evidence of damage alone is this strong and
// includes a character real prose never has (rare Han characters alone may be a name).
const MARK_SCORE = 6;
// A page full of odd characters must not take seconds: repair attempts per report are capped.
const MAX_ATTEMPTS = 12;
const MAX_WEAK_ATTEMPTS = 3;
const MAX_STRADDLE_ATTEMPTS = 4;
// A straddled word (repair/straddle.ts) must read this much better in place before a full search is worth it.
const STRADDLE_GAIN = 4;

/** Only U+FFFD: bytes the decoder could not place (broken UTF-8, an invalid GBK pair); no garbled text shows more. */
const UNDECODABLE = /^\ufffd+$/;

const confidenceOf = (margin: number) => Math.round((1 - Math.exp(-margin / 2)) * 100) / 100;

/**
 * How a page writes: its script, and whether it folds full-width punctuation; with its words and character
 * pairs, and the collection's other reports when there is one.
 */
export function conventions(text: string, script: Script, corpus?: Corpus): Conventions {
  const ascii = (text.match(/[\u4e00-\u9fff][,;:]/g) ?? []).length;
  const full = (text.match(/[，；：]/g) ?? []).length;
  let words: ReturnType<typeof pageWords> | undefined;
  let pairs: ReturnType<typeof pageChars> | undefined;
  let runs: ReturnType<typeof findSuspectRuns> | undefined;
  const damage = () => (runs ??= findSuspectRuns(text));
  return {
    toScript: (s) => toScript(s, script),
    // a page without a single full-width form has had them folded (the garbage's own `!` or `;` says so too)
    foldsFullWidth: ascii >= full && !/[\uff01-\uff5e]/.test(text),
    // a mirror drops the pairs GBK decodes to private-use characters or keeps them all
    keepsPrivateUse: /[\ue000-\uf8ff]/.test(text),
    // only a page with damage needs them: built on the first repair attempt, without the damage itself
    pageWords: () => (words ??= pageWords(text, damage(), corpus?.words)),
    pageChars: () => (pairs ??= pageChars(text, damage(), corpus?.chars)),
  };
}

// Next to a repair even a short stretch that re-reads better one byte off is a leftover of the damage.
const LEFTOVER_GAIN = 3;

/**
 * A repair that stops short leaves garbage behind it (the decoder stayed out of step further than the
 * repair reached): the repaired line must not look damaged any more around the repair. Only a stretch that
 * reaches past what the repair wrote counts: the repair's own words are what the search judged best, and true
 * prose re-reads well one byte off here and there (抓好春节: 好春).
 */
function leavesNoGarbage(text: string, v: { start: number; end: number; replacement: string }): boolean {
  const lineStart = text.lastIndexOf('\n', v.start - 1) + 1;
  let lineEnd = text.indexOf('\n', v.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, v.start) + v.replacement + text.slice(v.end, lineEnd);
  const from = v.start - lineStart;
  const to = from + v.replacement.length;
  // (a straddle is weaker evidence than what was just repaired: it does not veto a repair)
  return !findSuspectRuns(line, LEFTOVER_GAIN).some(
    (r) => !r.straddle && r.start < to + 12 && r.end > from - 4 && (r.start < from || r.end > to),
  );
}

/**
 * Marks GBK mojibake and `?` losses with kind `damage`, and repairs them (kind `mojibake` for realigned
 * runs, `damage` for restored characters) only when the evidence makes one reading clearly the best.
 * Runs on the original, so pinyin that survived next to the garbage is still there to check against.
 */
export const damagePass: Pass = {
  name: 'damage',
  run(text, ctx) {
    const script = ctx.script ?? detectScript(text);
    const edits: Edit[] = [];
    for (const loss of findLosses(text)) {
      const damaged = text.slice(loss.start, loss.end);
      if (loss.char) {
        const char = toScript(loss.char, script);
        const why = loss.echo
          ? `its reading (${loss.reading}) survived, and the extra garbled character read ${loss.echo} is exactly what the bytes of the character before and of ${char} give when read one byte off`
          : `its reading (${loss.reading}) survived and ${char} fits the words around it best`;
        edits.push({
          start: loss.start,
          end: loss.end,
          replacement: char,
          kind: 'damage',
          tag: 'repaired',
          confidence: loss.echo ? 0.95 : confidenceOf(loss.margin),
          note: `lost character: "${damaged}" → "${char}"; ${why}`,
        });
      } else {
        edits.push({
          start: loss.start,
          end: loss.end,
          replacement: '?',
          kind: 'damage',
          tag: 'unrepaired',
          note: `lost character read ${loss.reading}, left as "?"; candidates: ${loss.alternatives.join(' ') || 'none'}`,
        });
      }
    }
    const conv = conventions(text, script, ctx.corpus);
    // `/></` of a leaked tag is the html pass's: punctuation there is markup, not folded garbage
    const markup = markupSpans(text);
    const inMarkup = (a: number, b: number) => markup.some((m) => m.start < b && a < m.end);
    const taken = (a: number, b: number) => edits.some((e) => e.start < b && a < e.end);
    let attempts = 0;
    let weakAttempts = 0;
    let straddleAttempts = 0;
    for (const run of findSuspectRuns(text)) {
      if (taken(run.start - 2, run.end) || inMarkup(run.start, run.end)) continue;
      // a lone capital after a Han character and nothing else (A级, B超) is weak evidence: only a few such runs
      // per page get a search
      // (and a character straddling a common word before ASCII text is no better: names do it too)
      if (run.straddle) {
        if (straddleAttempts >= MAX_STRADDLE_ATTEMPTS || straddleGain(text, run.start) < STRADDLE_GAIN) continue;
        straddleAttempts++;
      } else if (run.strong === 0 && run.score < FLAG_GAIN && weakAttempts++ >= MAX_WEAK_ATTEMPTS) continue;
      const copied = copiedRepair(text, run.start, conv, ctx.corpus);
      if (copied && !taken(copied.start, copied.end)) {
        edits.push({
          ...copied,
          kind: 'mojibake',
          tag: 'repaired',
          confidence: COPIED_CONFIDENCE,
          note:
            `GBK mojibake (a lost byte shifted the decoding): "${text.slice(copied.start, copied.end)}" → ` +
            `"${copied.replacement}", re-made from a copy: another report of the collection has the words before it ` +
            `and these, which, one byte lost, read exactly as the damaged text`,
        });
        continue;
      }
      const v = attempts++ < MAX_ATTEMPTS ? judgeMojibake(text, run.start, conv, run.end) : undefined;
      const confidence = v ? repairConfidence(v, runShape(run)) : 0;
      const byEvidence = v?.evidence !== undefined && v.gain >= MIN_GAIN && v.margin >= MIN_MARGIN_WITH_EVIDENCE;
      // a verbatim copy in another report outweighs the model, not the page's own surviving pinyin
      const echo = v && !byEvidence ? echoedReading(text, v, conv, ctx.corpus) : undefined;
      const chosen: Reading | undefined = echo ?? v;
      if (
        v &&
        chosen &&
        (confidence >= MIN_CONFIDENCE || byEvidence || echo) &&
        !taken(chosen.start, chosen.end) &&
        !inMarkup(chosen.start, chosen.end) &&
        leavesNoGarbage(text, chosen)
      ) {
        const sure = echo ? ECHO_CONFIDENCE : byEvidence ? Math.max(confidence, confidenceOf(v.margin)) : confidence;
        const undecodable = UNDECODABLE.test(text.slice(chosen.start, chosen.end));
        edits.push({
          start: chosen.start,
          end: chosen.end,
          replacement: chosen.replacement,
          kind: undecodable ? 'damage' : 'mojibake',
          tag: 'repaired',
          confidence: Math.round(sure * 100) / 100,
          note:
            (undecodable
              ? `undecodable bytes: "${text.slice(chosen.start, chosen.end)}" → "${chosen.replacement}"`
              : `GBK mojibake (a lost byte shifted the decoding): "${text.slice(chosen.start, chosen.end)}" → ` +
                `"${chosen.replacement}", re-read one byte off`) +
            (echo
              ? `; another report of the collection has these words, with ${ECHO_CONTEXT} characters either side, ` +
                `and none of the other readings`
              : v.evidence
                ? `; ${v.evidence}`
                : '') +
            `; next best: ${
              v.alternatives
                .filter((a) => writtenAs(conv, a) !== chosen.replacement)
                .slice(0, 2)
                .join(' / ') || 'none'
            }`,
        });
      } else if (
        (run.score >= MARK_SCORE && run.strong > 0) ||
        run.score >= FLAG_GAIN ||
        (v && v.gain >= (run.lineEnd || run.straddle || run.lone ? LINE_END_MARK_GAIN : MARK_GAIN))
      ) {
        edits.push({
          start: run.start,
          end: run.end,
          replacement: text.slice(run.start, run.end),
          kind: 'damage',
          tag: 'unrepaired',
          note:
            `${UNDECODABLE.test(text.slice(run.start, run.end)) ? 'undecodable bytes' : 'looks like GBK mojibake'} ` +
            `("${text.slice(run.start, run.end)}"), not repaired: no reading is clearly best` +
            (v ? `; candidates: ${v.alternatives.join(' / ')}` : ''),
        });
      }
    }
    return edits.sort((a, b) => a.start - b.start);
  },
};
