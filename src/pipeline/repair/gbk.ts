/**
 * GBK code tables, read once from the platform's own decoder (TextDecoder('gbk') exists in browsers,
 * workers and Node), so no hand-made table can drift from what a real page decoder produces.
 */

/** A two-byte GBK code as lead * 256 + trail. */
export type Code = number;

export interface GbkTables {
  /** Every valid two-byte code and the character it decodes to (user-defined area included). */
  readonly decode: ReadonlyMap<Code, string>;
  /** The code of each character (the first one, for the few characters with two). */
  readonly encode: ReadonlyMap<string, Code>;
  /** Codes of each lead byte and of each trail byte, for searching a character with one byte lost. */
  readonly byLead: ReadonlyMap<number, readonly Code[]>;
  readonly byTrail: ReadonlyMap<number, readonly Code[]>;
}

export const isLeadByte = (b: number) => b >= 0x81 && b <= 0xfe;
export const isTrailByte = (b: number) => b >= 0x40 && b <= 0xfe && b !== 0x7f;
/** Private-use characters: what a misaligned pair in the user-defined rows decodes to. */
export const isPrivateUse = (ch: string) => ch >= '\ue000' && ch <= '\uf8ff';

let tables: GbkTables | undefined;

export function gbk(): GbkTables {
  if (tables) return tables;
  // One decode call over all pairs, each followed by a newline that a pair can never swallow.
  const pairs: Code[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead * 256 + trail);
  }
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach((code, i) => {
    bytes[i * 3] = code >> 8;
    bytes[i * 3 + 1] = code & 0xff;
    bytes[i * 3 + 2] = 0x0a;
  });
  const decoded = new TextDecoder('gbk').decode(bytes).split('\n');
  const decode = new Map<Code, string>();
  const encode = new Map<string, Code>();
  const byLead = new Map<number, Code[]>();
  const byTrail = new Map<number, Code[]>();
  pairs.forEach((code, i) => {
    const ch = decoded[i];
    if (ch === undefined || ch.length !== 1 || ch === '\ufffd') return;
    decode.set(code, ch);
    if (!encode.has(ch)) encode.set(ch, code);
    push(byLead, code >> 8, code);
    push(byTrail, code & 0xff, code);
  });
  tables = { decode, encode, byLead, byTrail };
  return tables;
}

function push(map: Map<number, Code[]>, key: number, code: Code) {
  const list = map.get(key);
  if (list) list.push(code);
  else map.set(key, [code]);
}

/** The GBK bytes of one character: one byte for ASCII, two for the rest, undefined if GBK lacks it. */
export function encodeChar(ch: string): number[] | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return [cp];
  const code = gbk().encode.get(ch);
  return code === undefined ? undefined : [code >> 8, code & 0xff];
}

export function decodeCode(code: Code): string | undefined {
  return gbk().decode.get(code);
}
