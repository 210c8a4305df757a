import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../schema';
import { applyEdits } from '../../pipeline/edits';
import { processText } from '../../pipeline/process';
import { alignBlocks, blockSegments } from './align';

/** Every block, cleaned on its own, must give exactly its stretch of the cleaned text. */
function checkTiling(original: string, edits: Edit[]) {
  const clean = applyEdits(original, edits);
  const blocks = alignBlocks(original, clean, edits);
  expect(blocks[0]!.original[0]).toBe(0);
  expect(blocks.at(-1)!.original[1]).toBe(original.length);
  blocks.forEach((b, i) => {
    if (i > 0) expect(b.original[0]).toBe(blocks[i - 1]!.original[1]);
    const local = b.edits.map((k) => ({
      ...edits[k]!,
      start: edits[k]!.start - b.original[0],
      end: edits[k]!.end - b.original[0],
    }));
    const text = original.slice(b.original[0], b.original[1]);
    expect(applyEdits(text, local)).toBe(clean.slice(b.clean[0], b.clean[1]));
    const covered = blockSegments(b, edits)
      .map((s) =>
        s.kind === 'text' ? original.slice(s.start, s.end) : original.slice(edits[s.index]!.start, edits[s.index]!.end),
      )
      .join('');
    expect(covered).toBe(text);
  });
  expect(blocks.map((b) => b.paragraph).join('\n\n')).toBe(clean.replace(/\n{2,}/g, '\n\n'));
}

describe('paragraph alignment', () => {
  it('maps pinyin removals and paragraph breaks onto the original', () => {
    const original = '導航 首頁\n會議強調(qiáng diào)，要堅持。\n  各地領(lǐng)導要到位。';
    const at = (s: string) => original.indexOf(s);
    const edits: Edit[] = [
      { start: 0, end: 6, replacement: '', kind: 'boilerplate', note: 'site navigation' },
      { start: at('(qi'), end: at('，'), replacement: '', kind: 'pinyin' },
      { start: at('\n  '), end: at('各'), replacement: '\n\n', kind: 'whitespace' },
      { start: at('(l'), end: at('導要'), replacement: '', kind: 'pinyin' },
    ];
    const clean = applyEdits(original, edits);
    expect(clean).toBe('會議強調，要堅持。\n\n各地領導要到位。');
    const blocks = alignBlocks(original, clean, edits);
    expect(blocks.map((b) => original.slice(...b.original))).toEqual([
      '導航 首頁\n會議強調(qiáng diào)，要堅持。\n  ',
      '各地領(lǐng)導要到位。',
    ]);
    checkTiling(original, edits);
  });

  it('tiles the original for the bundled corpus', () => {
    // run the pipeline here rather than read public/data, which only exists after `npm run data`
    const dir = new URL('../../../data/raw/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = processText(f, f, readFileSync(new URL(f, dir), 'utf8'));
      checkTiling(r.original, r.edits);
    }
  });

  it('tiles the original for any edits', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '領', '\n', ' ', '。'), maxLength: 60 });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(60), fc.nat(6), fc.constantFrom('', '\n\n', 'x', '\n')), { maxLength: 8 }),
        (original, raw) => {
          const edits: Edit[] = [];
          let pos = 0;
          for (const [gap, len, replacement] of raw) {
            const start = Math.min(pos + (gap % 10), original.length);
            const end = Math.min(start + len, original.length);
            if (start === end && replacement === '') continue;
            edits.push({ start, end, replacement, kind: 'whitespace' });
            pos = end + 1;
            if (pos > original.length) break;
          }
          checkTiling(original, edits);
        },
      ),
    );
  });
});
