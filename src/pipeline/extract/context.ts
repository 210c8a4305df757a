import type { Edit, Script } from '../../schema';
import { CHARACTER_LEVEL, cleanText, STAGES } from '../clean';
import { detectScript, foldToSimplified } from '../script';

/** What extractors read: the verbatim original, the cleaned body and the edits between them. */
export interface ExtractContext {
  readonly original: string;
  readonly clean: string;
  readonly edits: readonly Edit[];
  readonly script: Script;
  /** `clean` folded to Simplified character by character (same offsets), for matching lexicons. */
  readonly cleanSimplified: string;
  /**
   * The whole original after the character-level repairs only (pinyin, HTML, damage): header lines,
   * datelines and footers are still there, readable. Title, dates and outlet are read from it.
   */
  readonly readable: string;
  /** `readable` folded to Simplified (same offsets). */
  readonly readableSimplified: string;
}

/**
 * Builds the context from an original and its cleaned text. `readable` comes from the cleaning run when the
 * caller has it (the pipeline does); otherwise the first cleaning stage is run again to derive it.
 */
export function buildContext(
  original: string,
  clean: string,
  edits: readonly Edit[] = [],
  script?: Script,
  readableText?: string,
): ExtractContext {
  const s = script ?? detectScript(original);
  const readable = readableText ?? cleanText(original, s, STAGES.slice(0, CHARACTER_LEVEL)).clean;
  return {
    original,
    clean,
    edits,
    script: s,
    cleanSimplified: foldToSimplified(clean),
    readable,
    // a Windows line end is a line end to every rule (吴彪\r\n closes a name as 吴彪\n does); same offsets
    readableSimplified: foldToSimplified(readable).replace(/\r/g, '\n'),
  };
}
