/** Script conversion for repaired text: a repair must read in the script of the text around it. */
import * as OpenCC from 'opencc-js';
import type { Script } from '../../schema';
import { foldToSimplified } from '../script';

let toTraditional: ((s: string) => string) | undefined;

export function toScript(text: string, script: Script): string {
  if (script === 'hans') return foldToSimplified(text);
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}
