/**
 * Paragraph alignment of a report's original with its cleaned text. Each cleaned paragraph is mapped
 * back through the edits to the stretch of the original it came from; everything removed between
 * two paragraphs belongs to the block of the paragraph that follows it (the first block also takes
 * whatever precedes the first paragraph, the last whatever trails the last).
 */
import type { Edit } from '../../schema';

export interface Block {
  /** Cleaned paragraph text (without the separator). */
  paragraph: string;
  /** Where the paragraph starts in `clean`. */
  paragraphStart: number;
  /** Range in `clean` this block produces (its paragraph plus the separator next to it). */
  clean: [number, number];
  /** Range of `original` this block covers; blocks tile the original without gaps. */
  original: [number, number];
  /** Indices into the report's edits that fall in this block. */
  edits: number[];
}

/** Start offsets in `clean` of each paragraph, with the paragraph text. */
function paragraphs(clean: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const re = /\n{2,}/g;
  let pos = 0;
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    out.push({ start: pos, text: clean.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  out.push({ start: pos, text: clean.slice(pos) });
  return out;
}

/**
 * Original offset of a cleaned offset that starts a paragraph: inside a replacement it widens to
 * the replacement's start, and at a removal it stays before the removed text.
 */
function toOriginal(edits: readonly Edit[], c: number): number {
  let delta = 0;
  for (const e of edits) {
    const cs = e.start + delta;
    const ce = cs + e.replacement.length;
    if (c < cs) break;
    if (c < ce || (c === cs && e.replacement.length === 0)) return e.start;
    delta += e.replacement.length - (e.end - e.start);
  }
  return c - delta;
}

export function alignBlocks(original: string, clean: string, edits: readonly Edit[]): Block[] {
  const paras = paragraphs(clean);
  const splits = paras.map((p, i) => (i === 0 ? 0 : toOriginal(edits, p.start)));
  const blocks: Block[] = paras.map((p, i) => ({
    paragraph: p.text,
    paragraphStart: p.start,
    clean: [0, 0],
    original: [splits[i]!, splits[i + 1] ?? original.length],
    edits: [],
  }));
  let b = 0;
  let delta = 0;
  edits.forEach((e, i) => {
    const cleanEnd = e.start + delta + e.replacement.length;
    while (b < blocks.length - 1) {
      const next = blocks[b + 1]!;
      const atSplit = e.start === next.original[0];
      // an insertion at a split that only adds the separator stays with the paragraph before it
      const staysBefore = atSplit && e.start === e.end && cleanEnd <= paras[b + 1]!.start;
      if (e.start < next.original[0] || staysBefore) break;
      b++;
    }
    blocks[b]!.edits.push(i);
    delta += e.replacement.length - (e.end - e.start);
  });
  let pos = 0;
  for (const block of blocks) {
    let length = block.original[1] - block.original[0];
    for (const i of block.edits) length += edits[i]!.replacement.length - (edits[i]!.end - edits[i]!.start);
    block.clean = [pos, pos + length];
    pos += length;
  }
  return blocks;
}

/** A run of original text: unchanged, or covered by one edit. */
export type Segment = { kind: 'text'; start: number; end: number } | { kind: 'edit'; index: number };

/** The segments of one block, in order. */
export function blockSegments(block: Block, edits: readonly Edit[]): Segment[] {
  const out: Segment[] = [];
  let pos = block.original[0];
  for (const i of block.edits) {
    const e = edits[i]!;
    if (e.start > pos) out.push({ kind: 'text', start: pos, end: e.start });
    out.push({ kind: 'edit', index: i });
    pos = e.end;
  }
  if (block.original[1] > pos) out.push({ kind: 'text', start: pos, end: block.original[1] });
  return out;
}
