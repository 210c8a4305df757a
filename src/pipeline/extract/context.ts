import type { Edit, Script } from '../../schema';

/** What extractors read: the verbatim original, the cleaned body and the edits between them. */
export interface ExtractContext {
  readonly original: string;
  readonly clean: string;
  readonly edits: readonly Edit[];
  readonly script: Script;
  /** `clean` folded to Simplified character by character (same offsets), for matching lexicons. */
  readonly cleanSimplified: string;
}
