/**
 * Runs the cleaning passes in stages. Passes within a stage all see the same text; a later stage sees
 * the text as the earlier stages left it (so lexicons match 領導, not 領(lǐng)導(dǎo)). Within a stage,
 * earlier passes win conflicts. All edits end up against the original.
 */
import type { Edit, Script } from '../schema';
import { TextView, mergeEdits } from './edits';
import type { Pass, PassContext } from './pass';
import type { Corpus } from './repair/corpus';
import { damagePass } from './passes/damage';
import { duplicatePass } from './passes/duplicate';
import { furniturePass } from './passes/furniture';
import { htmlPass } from './passes/html';
import { paragraphsPass } from './passes/paragraphs';
import { pinyinPass } from './passes/pinyin';
import { hardWrapPass } from './passes/hardwrap';
import { misreadPass } from './passes/misread';
import { runOnPass } from './passes/runon';
import { spamPass } from './passes/spam';

export const STAGES: readonly (readonly Pass[])[] = [
  // what the page says, where its UTF-8 was read as GBK or Windows-1252
  [misreadPass],
  // character level: damage first, since it reads pinyin that survived next to garbage as evidence;
  // run-on paragraphs are split, and hard-wrapped ones joined, here so the line-level passes see one paragraph per
  // line
  [damagePass, htmlPass, pinyinPass, runOnPass, hardWrapPass],
  // line level: spam first, so a keyword block after the body is reported as spam, not as page furniture
  [spamPass, furniturePass],
  // paragraph level: repeats of what survived
  [duplicatePass],
  // layout last, so removed lines leave no holes
  [paragraphsPass],
];

/** How many stages lead up to the readable text: the character-level repairs, before any line is removed. */
export const CHARACTER_LEVEL = 2;

export interface Cleaned {
  clean: string;
  edits: Edit[];
  /** The text after the character-level stages only: header and footer lines still there, readable. */
  readable: string;
}

/** `corpus`: the collection's other reports, as evidence for repairing damage (repair/corpus.ts). */
export function cleanText(original: string, script: Script, stages = STAGES, corpus?: Corpus): Cleaned {
  const ctx: PassContext = { original, script, corpus };
  let view = new TextView(original, []);
  let readable = original;
  stages.forEach((stage, i) => {
    const proposals = stage.flatMap((pass) => pass.run(view.text, ctx));
    const merged = mergeEdits(proposals);
    if (merged.length > 0) view = new TextView(original, view.lift(merged));
    if (i === CHARACTER_LEVEL - 1) readable = view.text;
  });
  return { clean: view.text, edits: [...view.edits], readable };
}
