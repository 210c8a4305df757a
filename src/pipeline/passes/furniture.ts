/**
 * Page furniture and header metadata, decided line by line (and, on flattened pages, segment by segment).
 *
 * The report body is the stretch from the first to the last line of running text. Before it sit the
 * headline, deck and metadata (kind `metadata`, tagged) and navigation (`boilerplate`); after it, once
 * furniture starts, everything is page furniture except a reporter's credit. Inside the body only lines
 * that are furniture on their own (labels, short lines with furniture words, counters) go.
 */
import type { Edit, EditKind } from '../../schema';
import type { Pass } from '../pass';
import {
  foldForCues,
  furnitureCue,
  hasDate,
  isBreadcrumb,
  isByline,
  isDateline,
  isDisclaimer,
  isNoise,
  isProse,
  isSummary,
  isTime,
  labelOf,
  opensLead,
  TRAILING_NOTE,
} from './cues';
import {
  CAPTION,
  COMMENT_SECTION,
  ENGAGE_PROMPT,
  FOLLOW_PROMPT,
  FOOTER_SENTENCE,
  MAX_CAPTION,
  SHARE_PROMPT,
  type Cue,
  type Label,
} from './furniture-lexicon';
import { linesOf, segmentsOf, widenToLines, type Span } from './lines';

/** Lines further than this above the body are left alone unless they are furniture on their own. */
const MAX_HEAD_LINES = 10;

interface Line {
  readonly span: Span;
  readonly f: string;
  readonly prose: boolean;
  readonly label: Label | undefined;
  readonly cue: Cue | undefined;
  readonly summary: boolean;
  readonly disclaimer: boolean;
  readonly noise: boolean;
  /** A metadata label that a flattened page runs on into the lead: "发表时间:… 3月2日上午,…". */
  readonly leadsIntoProse: boolean;
}

interface Verdict {
  readonly kind: EditKind;
  readonly tag?: string;
  readonly note: string;
  /** A label whose value follows on the next line or segment ("原标题:" then the title). */
  readonly expectsValue?: boolean;
}

function describe(span: Span, folded: string): Line {
  const f = folded.slice(span.start, span.end);
  const label = labelOf(f);
  const leadsIntoProse =
    !!label &&
    label.role !== 'furniture' &&
    segmentsOf(span)
      .slice(1)
      .some((s) => isProse(folded.slice(s.start, s.end)));
  return {
    span,
    f,
    prose: isProse(f),
    label,
    leadsIntoProse,
    cue: furnitureCue(f),
    summary: isSummary(f),
    disclaimer: isDisclaimer(f),
    noise: isNoise(f),
  };
}

/** What a linked headline looks like: short, one sentence at most, a bullet or nothing before it. */
const linkTitle = (l: Line) => l.f.length <= 40 && !/[。；;]./.test(l.f) && (l.f.match(/[，,]/g)?.length ?? 0) <= 1;

/** A line of another language (a portal's English notice): no Chinese report has one as a paragraph. */
const isForeign = (f: string) => !/[\u3400-\u9fff]/.test(f) && (f.match(/[a-z]/g)?.length ?? 0) >= 40;

const isBody = (l: Line) => l.prose && !l.summary && !l.disclaimer && !isForeign(l.f) && (!l.label || l.leadsIntoProse);

function fromLabel(label: Label, f: string): Verdict {
  const expectsValue = f.replace(label.re, '').trim() === '';
  if (label.role === 'furniture') return { kind: 'boilerplate', note: label.note, expectsValue };
  return { kind: 'metadata', tag: label.role, note: label.note, expectsValue };
}

const cueVerdict = (cue: Cue): Verdict => ({ kind: 'boilerplate', note: cue.note });
const NOISE: Verdict = { kind: 'boilerplate', note: 'stray number or separator (counter, pager)' };

const cjkCount = (s: string) => s.match(/[\u3400-\u9fff]/g)?.length ?? 0;
const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

/** Headline bookkeeping across the head: the first title-like piece is the headline, later ones decks. */
class Headlines {
  private readonly seen = new Set<string>();
  verdict(f: string): Verdict {
    const key = squash(f);
    if (this.seen.has(key)) return { kind: 'duplicate', tag: 'title', note: 'headline repeated' };
    const first = this.seen.size === 0;
    this.seen.add(key);
    return first
      ? { kind: 'metadata', tag: 'title', note: 'headline' }
      : { kind: 'metadata', tag: 'subtitle', note: 'subtitle or deck line' };
  }
}

/** What a piece of the header is; `prev` is the verdict of the piece before it on the same line. */
function headerPiece(f: string, prev: Verdict | undefined, titles: Headlines): Verdict {
  const label = labelOf(f);
  if (label) return fromLabel(label, f);
  if (prev?.expectsValue) return { ...prev, expectsValue: false };
  if (isTime(f) && prev) return prev;
  if (hasDate(f)) return { kind: 'metadata', tag: 'published', note: 'publication date' };
  if (isNoise(f)) return NOISE;
  const cue = furnitureCue(f);
  if (cue) return cueVerdict(cue);
  if (isDateline(f)) return { kind: 'metadata', tag: 'dateline', note: 'dateline' };
  // 2022年04月13日 星期三: the weekday belongs to the date
  if (prev?.tag === 'published' && /^(?:星期|周|礼拜)[一二三四五六日天]$/.test(f.trim())) return prev;
  if (prev?.tag === 'published' && cjkCount(f) <= 4) {
    return { kind: 'metadata', tag: 'byline', note: 'author named next to the date' };
  }
  if (f.length < 5) return { kind: 'boilerplate', note: 'short page label' };
  return titles.verdict(f);
}

function edit(start: number, end: number, v: Verdict): Edit {
  const e: Edit = { start, end, replacement: '', kind: v.kind, note: v.note };
  if (v.tag) e.tag = v.tag;
  return e;
}

/** Edits for header pieces, grouping neighbours with the same verdict; the last group runs up to `end`. */
function headerEdits(segs: readonly Span[], folded: string, titles: Headlines, end: number): Edit[] {
  const out: Edit[] = [];
  let prev: Verdict | undefined;
  let groupStart = 0;
  let group: Verdict | undefined;
  for (const seg of segs) {
    const v = headerPiece(folded.slice(seg.start, seg.end), prev, titles);
    if (group && (group.kind !== v.kind || group.tag !== v.tag || group.note !== v.note)) {
      out.push(edit(groupStart, seg.start, group));
      group = undefined;
    }
    if (!group) {
      group = v;
      groupStart = seg.start;
    }
    prev = v;
  }
  if (group) out.push(edit(groupStart, end, group));
  return out;
}

function headLine(l: Line, folded: string, titles: Headlines): Edit[] {
  const segs = segmentsOf(l.span);
  const pieces = segs.map((s) => folded.slice(s.start, s.end));
  if (isBreadcrumb(l.f, pieces))
    return [edit(l.span.start, l.span.end, { kind: 'boilerplate', note: 'navigation breadcrumb' })];
  return headerEdits(segs, folded, titles, l.span.end);
}

/**
 * The first body line of a flattened page still carries the header in front of the lead:
 * "发表时间:… 标题 副标题 3月2日上午,…". Cut the pieces before the first sentence, unless they are a dateline.
 */
function leadingHeader(l: Line, folded: string, titles: Headlines): Edit[] {
  const segs = segmentsOf(l.span);
  const pieces = segs.map((s) => folded.slice(s.start, s.end));
  const k = pieces.findIndex((p) => isProse(p) || isDateline(p) || opensLead(p));
  if (k <= 0) return [];
  const prefix = pieces.slice(0, k);
  const joined = prefix.join('');
  // "本报讯(记者 李明 通讯员 赵红)4月…": blanks inside a bracket belong to the lead itself
  const openBracket = (joined.match(/[(（]/g)?.length ?? 0) > (joined.match(/[)）]/g)?.length ?? 0);
  const headerLike =
    !openBracket &&
    (prefix.some((p) => labelOf(p) || hasDate(p) || furnitureCue(p) || isNoise(p)) ||
      (prefix.length >= 2 && prefix.every((p) => p.length >= 5)));
  if (!headerLike) return [];
  return headerEdits(segs.slice(0, k), folded, titles, segs[k]!.start);
}

/** "…参加会议。（编辑：某某）": the bracketed note goes, the paragraph stays. */
function trailingNote(l: Line): Edit[] {
  const note = TRAILING_NOTE.exec(l.f);
  if (!note || note.index === 0) return [];
  return [edit(l.span.start + note.index, l.span.end, fromLabel(labelOf(note[0])!, note[0]))];
}

/** On a flattened page the last body line may run on into furniture: cut from the first furniture piece. */
function trailingFurniture(l: Line, folded: string): Edit[] {
  const note = trailingNote(l);
  if (note.length) return note;
  const segs = segmentsOf(l.span);
  if (segs.length < 2) return [];
  const pieces = segs.map((s) => folded.slice(s.start, s.end));
  for (let j = 1; j < pieces.length; j++) {
    const p = pieces[j]!;
    if (isProse(p) || isByline(p)) continue;
    const label = labelOf(p);
    const cue = furnitureCue(p);
    if (!label && !cue) continue;
    if (pieces.slice(j + 1).some(isProse)) return [];
    return [edit(segs[j]!.start, l.span.end, label ? fromLabel(label, p) : cueVerdict(cue!))];
  }
  return [];
}

const footerSentence = (l: Line) => l.f.length <= 80 && FOOTER_SENTENCE.test(l.f);

/** A short line that reads like a sentence but asks to be followed, or captions a photo. */
const promptOrCaption = (l: Line) =>
  l.f.length <= MAX_CAPTION && (FOLLOW_PROMPT.test(l.f) || ENGAGE_PROMPT.test(l.f) || CAPTION.test(l.f));
const promptNote = (f: string) =>
  CAPTION.test(f) ? 'photo caption' : ENGAGE_PROMPT.test(f) ? 'prompt to like or share' : 'prompt to follow the site';

/** 一、 / （二） / 3. / 第四，: a numbered heading of the report, whatever words it has (二、畅通投诉举报渠道). */
const NUMBERED =
  /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．](?!\d)|第[一二三四五六七八九十]{1,3}[，、])/;

/** A line inside the body: only furniture that stands on its own goes. */
function bodyVerdict(l: Line): Verdict | undefined {
  if (l.label) return fromLabel(l.label, l.f);
  if (l.disclaimer) return { kind: 'boilerplate', note: 'copyright or disclaimer' };
  if (l.noise) return NOISE;
  if (!l.prose && l.cue && !NUMBERED.test(l.f)) return cueVerdict(l.cue);
  if (isForeign(l.f)) return { kind: 'boilerplate', note: "a portal's notice in another language" };
  if (promptOrCaption(l)) {
    return { kind: 'boilerplate', note: promptNote(l.f) };
  }
  return undefined;
}

/** A newspaper's continuation mark, （下转第2版） / （上接第1版）: the page it jumps to is no part of the text. */
const CONTINUATION = /[(（](?:下转|上接|转|接)第?[\d一二三四五六七八九十]{1,3}版[)）]/g;

function continuationMarks(text: string): Edit[] {
  return [...text.matchAll(CONTINUATION)].map((m) =>
    edit(m.index, m.index + m[0].length, { kind: 'boilerplate', note: "newspaper's continuation mark" }),
  );
}

export const furniturePass: Pass = {
  name: 'furniture',
  run(text) {
    const folded = foldForCues(text);
    const lines = linesOf(text)
      .filter((s) => s.end > s.start)
      .map((s) => describe(s, folded));
    const edits: Edit[] = [];
    // a sentence-like share prompt or welcome above or below the text must not pass for its first or last paragraph
    const bodyLike = (l: Line) =>
      isBody(l) && !(l.f.length < 25 && SHARE_PROMPT.test(l.f)) && !promptOrCaption(l) && !footerSentence(l);
    const bodyStart = lines.findIndex(bodyLike);
    let bodyEnd = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (bodyLike(lines[i]!)) {
        bodyEnd = i;
        break;
      }
    }

    // readers' comments below the report read like sentences: the body ends before their section
    const comments = lines.findIndex((l, i) => i > bodyStart && COMMENT_SECTION.test(l.f.trim()));
    if (comments > 0 && comments <= bodyEnd) {
      bodyEnd = comments - 1;
      while (bodyEnd > bodyStart && !bodyLike(lines[bodyEnd]!)) bodyEnd--;
    }

    // 往期推荐 / 相关阅读 and then the titles it links to: a linked headline may end like a sentence (重要通告！),
    // so the body ends before the block's heading
    for (let i = bodyEnd; i > bodyStart && linkTitle(lines[i]!); i--) {
      const heading = lines[i - 1]!;
      if (!heading.prose && heading.cue?.note === 'related-links block') {
        bodyEnd = i - 2;
        break;
      }
    }
    if (bodyEnd < bodyStart) bodyEnd = bodyStart;

    // No running text at all: nothing marks where a header ends, so only remove what is furniture on its own.
    if (bodyStart < 0) {
      for (const l of lines) {
        const v = bodyVerdict(l);
        if (v) edits.push(edit(l.span.start, l.span.end, v));
      }
      return widenToLines(text, [...edits, ...continuationMarks(text)]);
    }

    const titles = new Headlines();
    for (let i = 0; i < bodyStart; i++) {
      const l = lines[i]!;
      if (l.summary) continue; // left for the duplicate pass, which knows whether it repeats the lead
      if (i === bodyStart - 1 && isDateline(l.f)) continue;
      if (i < bodyStart - MAX_HEAD_LINES) {
        const v = bodyVerdict(l);
        if (v) edits.push(edit(l.span.start, l.span.end, v));
        continue;
      }
      edits.push(...headLine(l, folded, titles));
    }
    edits.push(...leadingHeader(lines[bodyStart]!, folded, titles));

    let pending: Verdict | undefined; // a label still waiting for its value on the next line
    let inLinks = false;
    for (let i = bodyStart + 1; i <= bodyEnd; i++) {
      const l = lines[i]!;
      let v = bodyVerdict(l);
      if (!v && !l.prose && pending) v = { ...pending, expectsValue: false, note: `${pending.note} (its value)` };
      if (!v && !l.prose && inLinks) v = { kind: 'boilerplate', note: 'related-links block' };
      pending = v?.expectsValue ? v : undefined;
      inLinks = v ? inLinks || v.note === 'related-links block' : false;
      if (v) edits.push(edit(l.span.start, l.span.end, v));
    }
    edits.push(...trailingFurniture(lines[bodyEnd]!, folded));

    // After the body: a reporter's credit may stay; from the first furniture on, everything goes.
    let started = false;
    for (let i = bodyEnd + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (!started && !l.label && !l.cue && isByline(l.f)) continue;
      if (!started && !l.label && !l.cue && !l.noise && !l.disclaimer && l.f.length > 12) {
        edits.push(...trailingNote(l));
        continue;
      }
      started = true;
      let v = bodyVerdict(l);
      if (!v && pending) v = { ...pending, expectsValue: false, note: `${pending.note} (its value)` };
      v ??= l.cue ? cueVerdict(l.cue) : { kind: 'boilerplate', note: 'page furniture after the end of the report' };
      pending = v.expectsValue ? v : undefined;
      edits.push(edit(l.span.start, l.span.end, v));
    }
    return widenToLines(text, [...edits, ...continuationMarks(text)]);
  },
};
