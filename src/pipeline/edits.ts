/**
 * The edit model. Cleaning never rewrites text in place: every pass proposes edits against the text it
 * sees, and this module merges, applies and maps them back to the original so `clean` is always
 * `applyEdits(original, edits)` exactly.
 */
import type { Edit } from '../schema';

export type { Edit };

const byPosition = (a: Edit, b: Edit) => a.start - b.start || a.end - b.end;

/**
 * Sorts proposals and drops the ones that overlap an already accepted edit. Proposals are ranked by
 * the order they are given in (callers list higher-priority passes first), so a conflict always
 * resolves the same way. Two insertions at the same point keep the first; an insertion strictly
 * inside a replaced range is dropped.
 */
export function mergeEdits(proposals: readonly Edit[]): Edit[] {
  // kept sorted as it grows: accepted edits never overlap, so their ends rise with their starts and only
  // the few around a proposal's position can conflict with it (pages carry hundreds of pinyin edits)
  const accepted: Edit[] = [];
  for (const e of proposals) {
    if (e.end < e.start) continue;
    if (e.start === e.end && e.replacement === '') continue;
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (accepted[mid]!.end < e.start) lo = mid + 1;
      else hi = mid;
    }
    let conflict = false;
    for (let i = lo; i < accepted.length && accepted[i]!.start <= e.end; i++) {
      if (overlaps(accepted[i]!, e)) {
        conflict = true;
        break;
      }
    }
    if (conflict) continue;
    let at = lo;
    while (at < accepted.length && byPosition(accepted[at]!, e) <= 0) at++;
    accepted.splice(at, 0, e);
  }
  return accepted;
}

function overlaps(a: Edit, b: Edit): boolean {
  const aIns = a.start === a.end;
  const bIns = b.start === b.end;
  if (aIns && bIns) return a.start === b.start;
  if (aIns) return a.start > b.start && a.start < b.end;
  if (bIns) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Applies sorted, non-overlapping edits. Throws if they are not. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos || e.end > text.length || e.end < e.start) {
      throw new Error(`edits overlap or are out of range at ${e.start}-${e.end}`);
    }
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * A view of the original after some edits: `text` is what later passes see. `lift` maps edits made
 * against `text` back onto the original, folding any earlier edit they touch into one edit.
 */
export class TextView {
  readonly text: string;
  /** Where each earlier edit's replacement begins in `text`. */
  private readonly viewStart: number[];

  constructor(
    readonly original: string,
    readonly edits: readonly Edit[],
  ) {
    this.text = applyEdits(original, edits);
    this.viewStart = [];
    let delta = 0;
    for (const e of edits) {
      this.viewStart.push(e.start + delta);
      delta += e.replacement.length - (e.end - e.start);
    }
  }

  /** Index of the first earlier edit whose replacement ends at or after view position v. */
  private firstEndingAtOrAfter(v: number): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.viewStart[mid]! + this.edits[mid]!.replacement.length < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Original position for a view position. A position inside an earlier replacement widens to that
   * edit's edge; at a removed range, a start maps after it and an end before it, so neighbouring
   * edits stay separate.
   */
  private locate(v: number, mode: 'start' | 'end'): { orig: number; view: number } {
    let i = this.firstEndingAtOrAfter(v);
    let delta = i > 0 ? this.edits[i - 1]!.end - (this.viewStart[i - 1]! + this.edits[i - 1]!.replacement.length) : 0;
    for (; i < this.edits.length; i++) {
      const e = this.edits[i]!;
      const vs = this.viewStart[i]!;
      const ve = vs + e.replacement.length;
      if (vs > v) break;
      if (vs === ve) {
        if (mode === 'end') return { orig: e.start, view: v };
        delta = e.end - ve;
        continue;
      }
      if (v === vs) return { orig: e.start, view: vs };
      if (v === ve) {
        if (mode === 'end') return { orig: e.end, view: ve };
        delta = e.end - ve;
        continue;
      }
      return mode === 'start' ? { orig: e.start, view: vs } : { orig: e.end, view: ve };
    }
    return { orig: v + delta, view: v };
  }

  /** Index of the first earlier edit that starts at or after original position p. */
  private firstStartingAtOrAfter(p: number): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.edits[mid]!.start < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Maps sorted, non-overlapping edits against `text` to edits against the original. Earlier edits
   * that a new edit touches are absorbed (their effect stays inside the new replacement); new edits
   * that touch the same earlier edit become one. The other earlier edits are kept as they are.
   */
  lift(viewEdits: readonly Edit[]): Edit[] {
    type Span = { edits: Edit[]; a: { orig: number; view: number }; b: { orig: number; view: number } };
    const spans: Span[] = [];
    for (const ve of viewEdits) {
      const a = this.locate(ve.start, 'start');
      // an insertion inside an earlier replacement widens to both of its edges; elsewhere it stays a point
      const b = ve.start === ve.end && a.view === ve.start ? a : this.locate(ve.end, 'end');
      const last = spans[spans.length - 1];
      if (last && (a.view < last.b.view || a.orig < last.b.orig)) {
        last.edits.push(ve);
        if (b.view > last.b.view) last.b = b;
      } else {
        spans.push({ edits: [ve], a, b });
      }
    }

    const out: { edit: Edit; view: number }[] = [];
    const absorbed = new Set<number>();
    for (const { edits, a, b } of spans) {
      let replacement = this.text.slice(a.view, edits[0]!.start);
      edits.forEach((ve, k) => {
        const next = edits[k + 1];
        replacement += ve.replacement + this.text.slice(ve.end, next ? next.start : b.view);
      });
      const notes = edits.map((e) => e.note).filter(Boolean);
      const edit: Edit = { ...edits[0]!, start: a.orig, end: b.orig, replacement };
      if (edits.length > 1 && notes.length > 0) edit.note = notes.join('; ');
      const inside: { old: Edit; i: number }[] = [];
      for (let i = this.firstStartingAtOrAfter(a.orig); i < this.edits.length; i++) {
        const old = this.edits[i]!;
        if (old.start > b.orig) break;
        const vs = this.viewStart[i]!;
        const covered =
          old.replacement.length > 0
            ? a.view <= vs && vs + old.replacement.length <= b.view
            : old.end <= b.orig && a.orig < b.orig;
        if (covered) inside.push({ old, i });
      }
      const whitespaceOnly = edits.every((e) => e.kind === 'whitespace');
      // a removal that spans earlier removals (a repeated paragraph and the blank edge after it, where the
      // footer was) leaves them as they were, each with its own kind, and removes only what lies between
      // (only removals that stood between blanks: pinyin inside a repeated paragraph goes with the paragraph)
      const blankAt = (v: number) => v <= a.view || v >= b.view || /\s/.test(this.text[v]!);
      const kept =
        replacement === ''
          ? inside.filter(
              ({ old, i }) =>
                old.replacement === '' &&
                old.kind !== 'whitespace' &&
                old.end > old.start &&
                blankAt(this.viewStart[i]! - 1) &&
                blankAt(this.viewStart[i]!),
            )
          : [];
      for (const x of inside) if (!kept.includes(x)) absorbed.add(x.i);
      // each piece between them shows what it removes: a blank is whitespace, a tag the blank stood for is html
      const piece = (start: number, end: number): Edit => {
        const part: Edit = { ...edit, start, end, replacement: '' };
        if (whitespaceOnly) return keptKind(part, absorbedWithin(start, end));
        if (/\S/.test(this.original.slice(start, end))) return part;
        return { kind: 'whitespace', start, end, replacement: '', note: 'blank lines between removed blocks' };
      };
      const absorbedWithin = (start: number, end: number) =>
        inside.filter((x) => !kept.includes(x) && x.old.start >= start && x.old.end <= end).map((x) => x.old);
      if (kept.length > 0) {
        let from = a.orig;
        for (const { old } of kept) {
          if (old.start > from) out.push({ edit: piece(from, old.start), view: a.view });
          from = old.end;
        }
        if (b.orig > from) out.push({ edit: piece(from, b.orig), view: a.view });
        continue;
      }
      // a later pass that works inside what an earlier one wrote (the pinyin of a misread run read back, a
      // character it left unknown) refines that edit: its kind and what it says stay, the notes join
      const host = inside.length === 1 && inside[0]!.old.replacement !== '' ? inside[0]!.old : undefined;
      const within = host && host.start === a.orig && host.end === b.orig ? [host] : [];
      const kindFrom = whitespaceOnly ? absorbedWithin(a.orig, b.orig) : within;
      out.push({ edit: keptKind(edit, kindFrom), view: a.view });
    }
    this.edits.forEach((edit, i) => {
      if (!absorbed.has(i)) out.push({ edit, view: this.viewStart[i]! });
    });
    return out
      .sort((x, y) => x.edit.start - y.edit.start || x.view - y.view || x.edit.end - y.edit.end)
      .map((x) => x.edit);
  }
}

/**
 * Tidying the space around a removal (a paragraph break after a leaked `</p>`, the blank edge left by a header
 * taken out) folds that removal into the whitespace edit. The reader should still see what was removed: the
 * edit takes the kind of the largest removal it absorbed, and its note first. So does an edit made inside what an
 * earlier one wrote (the pinyin of a misread run read back): it refines that edit.
 */
function keptKind(edit: Edit, absorbed: readonly Edit[]): Edit {
  const removal = absorbed
    .filter((e) => e.kind !== 'whitespace')
    .reduce<Edit | undefined>((best, e) => (!best || e.end - e.start > best.end - best.start ? e : best), undefined);
  if (!removal) return edit;
  // kind and what goes with it (a repair's tag and confidence) come from the removal; the span from the edit
  const { start: _s, end: _e, replacement: _r, note: removalNote, ...what } = removal;
  const note = [removalNote, edit.note].filter(Boolean).join('; ');
  return { ...edit, ...what, ...(note ? { note } : {}) };
}
