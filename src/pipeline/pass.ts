import type { Edit, Script } from '../schema';
import type { Corpus } from './repair/corpus';

/** What every pass may know besides the text it is given. */
export interface PassContext {
  /** The raw text exactly as decoded; passes in later stages see an already-edited view instead. */
  readonly original: string;
  readonly script: Script;
  /** The other reports of the collection, as evidence for repairing damage (repair/corpus.ts). */
  readonly corpus?: Corpus;
}

/** A cleaning pass: a pure function from the text it sees to edits against that same text. */
export interface Pass {
  readonly name: string;
  run(text: string, ctx: PassContext): Edit[];
}
