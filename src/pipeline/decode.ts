import { COMMON_CHARS } from './data/common-chars';
import { HKSCS_PAIRS } from './data/hkscs';
import { foldToSimplified } from './script';

/**
 * Turns the bytes of a raw report into text, detecting UTF-8, GB18030/GBK and Big5 (and UTF-16 by its byte-order
 * mark, or without one by the byte order that reads as text). Uses the platform's WHATWG TextDecoder (Node with ICU, browsers, workers), so the core needs no Node APIs.
 */

export class InputError extends Error {}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';
}

/** Larger inputs are refused rather than risk freezing the worker or the CLI. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(`the file is too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  }
  // Windows saves "Unicode" text as UTF-16 with a byte-order mark; its zero bytes would read as binary
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text === null)
      throw new InputError(`the file starts as ${utf16.toUpperCase()} but is not valid ${utf16.toUpperCase()}`);
    return finish(text, utf16);
  }
  if (looksBinary(bytes)) {
    const bomless = bomlessUtf16(bytes);
    if (bomless) return finish(bomless.text, bomless.encoding);
    throw new InputError('the file is binary, not text');
  }

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');

  // Not UTF-8: GB18030 decodes almost any byte string, so compare how natural each reading is.
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => {
      const text = tryDecode(encoding, bytes);
      return { encoding, text: encoding === 'big5' && text !== null ? withHkscs(text) : text };
    })
    .filter((c): c is { encoding: 'gb18030' | 'big5'; text: string } => c.text !== null)
    .map((c) => ({ ...c, score: naturalness(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score >= 0.6) return finish(best.text, best.encoding);
  // UTF-8 with a few broken sequences (a page cut mid-character, a stray byte): the rest is worth reading, and
  // each bad byte shows as U+FFFD, which the damage pass marks for the reader
  const loose = new TextDecoder('utf-8').decode(bytes);
  const replaced = loose.match(/\ufffd/g)?.length ?? 0;
  if (replaced <= Math.max(MIN_TOLERATED, loose.length * TOLERATED_SHARE) && naturalness(loose) >= 0.6) {
    return finish(loose, 'utf-8');
  }
  throw new InputError('the encoding is not UTF-8, GB18030/GBK or Big5 (or the text is badly damaged)');
}

/** How many undecodable UTF-8 sequences a text may hold and still be read as UTF-8 (a share of its characters). */
const TOLERATED_SHARE = 0.01;
const MIN_TOLERATED = 4;

function finish(text: string, encoding: Decoded['encoding']): Decoded {
  if (text.trim() === '') throw new InputError('the file holds only white space');
  return { text, encoding };
}

let hkscs: Map<string, string> | undefined;

/**
 * Big5 as Hong Kong writes it (Big5-HKSCS: 啓, 峯, 羣, 衞): a platform decoder without those characters (Node's)
 * gives them as private-use code points, which read as damage and would be lost; a browser's reads them right.
 */
function withHkscs(text: string): string {
  if (!/[\ue000-\uf8ff]/.test(text)) return text;
  if (!hkscs) {
    const points = [...HKSCS_PAIRS];
    hkscs = new Map();
    for (let i = 0; i + 1 < points.length; i += 2) hkscs.set(points[i]!, points[i + 1]!);
  }
  const table = hkscs;
  return text.replace(/[\ue000-\uf8ff]/g, (c) => table.get(c) ?? c);
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 saved without its byte-order mark (some exporters do): the zero bytes of its ASCII make it look binary.
 * Taken only when one byte order reads as natural text with no control characters.
 */
function bomlessUtf16(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(encoding, bytes);
    if (text === null || hasControl(text)) continue;
    if (naturalness(text) >= 0.8) return { text, encoding };
  }
  return null;
}

const hasControl = (text: string) => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return true;
  }
  return false;
};

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / sample.length > 0.05;
}

/**
 * Share of characters that are plausible in Chinese news text: ASCII and CJK punctuation count
 * fully, ideographs only when they are among the most frequent ones. A wrong legacy decoding
 * scatters into rare ideographs and other blocks, so its share drops far below a right one's.
 */
function naturalness(text: string): number {
  const folded = foldToSimplified(text);
  let good = 0;
  let total = 0;
  for (const ch of folded) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20) continue;
    total++;
    if (c < 0x7f || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) {
      good++;
    } else if (COMMON_CHARS.has(ch)) {
      good += 2; // an ideograph carries more evidence than a punctuation mark
    }
  }
  return total === 0 ? 0 : good / total;
}
