import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../schema';
import { TextView, applyEdits, mergeEdits } from './edits';

const kinds = ['pinyin', 'html', 'boilerplate', 'whitespace'] as const;

/** Random edit proposals against a text of length n (overlapping on purpose). */
const proposals = (n: number) =>
  fc.array(
    fc
      .tuple(
        fc.nat({ max: n }),
        fc.nat({ max: 6 }),
        fc.string({ unit: fc.constantFrom('x', 'y', '\n', '領'), maxLength: 3 }),
        fc.constantFrom(...kinds),
      )
      .map(([start, len, replacement, kind]): Edit => ({
        start,
        end: Math.min(n, start + len),
        replacement,
        kind,
      })),
    { maxLength: 12 },
  );

const textAndStages = fc
  .string({ unit: fc.constantFrom('a', 'b', '領', '(', ')', '\n', ' '), maxLength: 40 })
  .chain((text) => fc.tuple(fc.constant(text), fc.array(fc.nat(), { minLength: 1, maxLength: 3 })));

function assertSortedDisjoint(edits: readonly Edit[], length: number) {
  let pos = 0;
  for (const e of edits) {
    expect(e.start).toBeGreaterThanOrEqual(pos);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(length);
    pos = e.end;
  }
}

describe('mergeEdits', () => {
  it('returns sorted, non-overlapping edits that apply cleanly', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).chain((t) => fc.tuple(fc.constant(t), proposals(t.length))),
        ([text, props]) => {
          const merged = mergeEdits(props);
          assertSortedDisjoint(merged, text.length);
          expect(() => applyEdits(text, merged)).not.toThrow();
        },
      ),
    );
  });

  it('keeps the earlier proposal when two conflict', () => {
    const a: Edit = { start: 0, end: 3, replacement: '', kind: 'html' };
    const b: Edit = { start: 2, end: 5, replacement: '', kind: 'pinyin' };
    expect(mergeEdits([a, b])).toEqual([a]);
    expect(mergeEdits([b, a])).toEqual([b]);
  });
});

describe('TextView.lift', () => {
  it('maps edits made on a view back to the original so that applying them gives the same text', () => {
    fc.assert(
      fc.property(
        textAndStages.chain(([text, stages]) =>
          fc.tuple(
            fc.constant(text),
            fc.tuple(...stages.map(() => fc.infiniteStream(proposals(60)).map((s) => s.next().value as Edit[]))),
          ),
        ),
        ([text, stageProposals]) => {
          let view = new TextView(text, []);
          for (const props of stageProposals) {
            // clamp proposals to the current view length
            const n = view.text.length;
            const clamped = props.map((e) => ({ ...e, start: Math.min(e.start, n), end: Math.min(e.end, n) }));
            const merged = mergeEdits(clamped);
            const expected = applyEdits(view.text, merged);
            const lifted = view.lift(merged);
            assertSortedDisjoint(lifted, text.length);
            expect(applyEdits(text, lifted)).toBe(expected);
            view = new TextView(text, lifted);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps an earlier edit that a later one only borders', () => {
    const text = '領(lǐng)導(dǎo)';
    const first = new TextView(text, [
      { start: 1, end: 7, replacement: '', kind: 'pinyin' },
      { start: 8, end: 13, replacement: '', kind: 'pinyin' },
    ]);
    expect(first.text).toBe('領導');
    const lifted = first.lift([{ start: 1, end: 2, replacement: '导', kind: 'mojibake' }]);
    expect(lifted.map((e) => e.kind)).toEqual(['pinyin', 'mojibake', 'pinyin']);
    expect(applyEdits(text, lifted)).toBe('領导');
  });

  it('shows what a whitespace edit absorbed by the kind of the largest removal', () => {
    const text = '甲。</p>\n<p style="x">乙。';
    const first = new TextView(text, [
      { start: 2, end: 6, replacement: '\n', kind: 'html', note: 'tag </p>' },
      { start: 7, end: 20, replacement: '\n', kind: 'html', note: 'tag <p style="x">' },
    ]);
    expect(first.text).toBe('甲。\n\n\n乙。');
    const lifted = first.lift([{ start: 2, end: 5, replacement: '\n\n', kind: 'whitespace', note: 'break' }]);
    expect(lifted).toEqual([
      { start: 2, end: 20, replacement: '\n\n', kind: 'html', note: 'tag <p style="x">; break' },
    ]);
    expect(applyEdits(text, lifted)).toBe('甲。\n\n乙。');
  });

  it('leaves removals between blanks as they were when a later removal spans them', () => {
    // the footer went first; then the repeated paragraph and the blank edge of the text after it
    const text = '甲。\n\n甲。\n\n来源：某报\n\n往期推荐\n';
    const first = new TextView(text, [
      { start: 8, end: 14, replacement: '', kind: 'metadata', note: 'source line' },
      { start: 15, end: 20, replacement: '', kind: 'boilerplate', note: 'related links' },
    ]);
    expect(first.text).toBe('甲。\n\n甲。\n\n\n');
    const lifted = first.lift([
      { start: 2, end: 6, replacement: '', kind: 'duplicate', note: 'repeats 1' },
      { start: 6, end: 9, replacement: '', kind: 'whitespace', note: 'edge' },
    ]);
    expect(lifted.map((e) => [e.kind, text.slice(e.start, e.end)])).toEqual([
      ['duplicate', '\n\n甲。'],
      ['whitespace', '\n\n'],
      ['metadata', '来源：某报\n'],
      ['whitespace', '\n'],
      ['boilerplate', '往期推荐\n'],
    ]);
    expect(applyEdits(text, lifted)).toBe('甲。');
  });

  it('keeps the kind of an earlier edit that a later one works inside (pinyin in a misread run read back)', () => {
    const text = '浼氳(huì)璁';
    const first = new TextView(text, [
      { start: 0, end: 8, replacement: '会(huì)议', kind: 'mojibake', tag: 'repaired', note: 'read back' },
    ]);
    expect(first.text).toBe('会(huì)议');
    const lifted = first.lift([{ start: 1, end: 6, replacement: '', kind: 'pinyin', note: 'pinyin' }]);
    expect(lifted).toEqual([
      { start: 0, end: 8, replacement: '会议', kind: 'mojibake', tag: 'repaired', note: 'read back; pinyin' },
    ]);
  });

  it('takes pinyin inside a removed paragraph into the removal', () => {
    const text = '甲。\n\n領(lǐng)導。';
    const first = new TextView(text, [{ start: 5, end: 11, replacement: '', kind: 'pinyin' }]);
    const lifted = first.lift([{ start: 2, end: 7, replacement: '', kind: 'duplicate' }]);
    expect(lifted).toEqual([{ start: 2, end: 13, replacement: '', kind: 'duplicate' }]);
  });

  it('shows a tag that a later removal spans as html, not as a blank', () => {
    const text = '\n来源\n<br>\n甲。';
    const first = new TextView(text, [
      { start: 1, end: 4, replacement: '', kind: 'metadata' },
      { start: 4, end: 8, replacement: '\n', kind: 'html' },
    ]);
    expect(first.text).toBe('\n\n\n甲。');
    const lifted = first.lift([{ start: 0, end: 3, replacement: '', kind: 'whitespace', note: 'edge' }]);
    expect(lifted.map((e) => [e.kind, text.slice(e.start, e.end)])).toEqual([
      ['whitespace', '\n'],
      ['metadata', '来源\n'],
      ['html', '<br>\n'],
    ]);
    expect(applyEdits(text, lifted)).toBe('甲。');
  });
});
