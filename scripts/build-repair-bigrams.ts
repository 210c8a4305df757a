/**
 * Derives the word-pair table the damage repair ranks readings with (src/pipeline/repair/data/word-pairs.ts)
 * from libpinyin's language model: a word-bigram model of modern written Chinese (GPL-3.0-or-later,
 * Debian package `libpinyin-data`). Run, on Debian:
 *   apt-get install libpinyin-data db5.3-util
 *   npx tsx scripts/build-repair-bigrams.ts [/usr/lib/x86_64-linux-gnu/libpinyin/data]
 *
 * libpinyin keeps its phrases in "sub phrase index" files (gb_char.bin, …): after an 8-byte chunk header,
 * the total frequency, three offsets and `#`-separated sections, the second an offset per phrase token and
 * the third the phrase items (length, pronunciation count, unigram frequency, UCS-4 characters, …). Its
 * bigrams are a Berkeley DB hash (bigram.db) from a phrase token to its total and (token, count) pairs,
 * read here through `db5.3_dump`. Tokens carry the index of their phrase file in the top byte.
 *
 * What is kept is not the model itself but how much a word pair is likelier than its second word alone,
 * log(P(w2 | w1) / P(w2)) with P(w2 | w1) smoothed toward P(w2), for the pairs that matter most (count times
 * that gain), with the unigram frequencies of its words of up to four characters.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2] ?? '/usr/lib/x86_64-linux-gnu/libpinyin/data';
const KEEP = 150_000;
// weight of the pair's own estimate against the second word's unigram
const LAMBDA = 0.6;
const MIN_GAIN = 0.5;
// rarer words of two or more characters are left to the single characters
const MIN_WORD_FREQ = 3;

function phrases(file: string, index: number, into: Map<number, [string, number]>) {
  const b = readFileSync(`${dir}/${file}`).subarray(8);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const [i1, i2, i3] = [v.getUint32(4, true), v.getUint32(8, true), v.getUint32(12, true)];
  if (b[16] !== 0x23 || b[i2 - 1] !== 0x23 || b[i3 - 1] !== 0x23) throw new Error(`${file}: not a phrase index`);
  const n = (i2 - 1 - i1) / 4;
  for (let k = 1; k < n; k++) {
    const at = v.getUint32(i1 + 4 * k, true);
    if (at === 0 || i2 + at >= i3 - 1) continue;
    const o = i2 + at;
    const len = b[o]!;
    if (len === 0) continue;
    const freq = v.getUint32(o + 2, true);
    const cps: number[] = [];
    for (let j = 0; j < len; j++) cps.push(v.getUint32(o + 6 + 4 * j, true));
    into.set((index << 24) | k, [String.fromCodePoint(...cps), freq]);
  }
}

const tokens = new Map<number, [string, number]>();
// the phrase files in table.conf's order: 1 GB, 2 GBK, 3 open-gram
phrases('gb_char.bin', 1, tokens);
phrases('gbk_char.bin', 2, tokens);
phrases('opengram.bin', 3, tokens);
const unigram = new Map<string, number>();
let total = 0;
for (const [w, f] of tokens.values()) {
  unigram.set(w, (unigram.get(w) ?? 0) + f);
  total += f;
}

const usable = (w: string) => /^[\u4e00-\u9fff]{1,4}$/.test(w);

const dump = execFileSync('db5.3_dump', [`${dir}/bigram.db`], { maxBuffer: 1 << 30, encoding: 'latin1' }).split('\n');
const pairs = new Map<string, number>();
const left = new Map<string, number>();
const le = (hex: string) => {
  const out: number[] = [];
  for (let i = 0; i + 8 <= hex.length; i += 8) out.push(Buffer.from(hex.slice(i, i + 8), 'hex').readUInt32LE(0));
  return out;
};
for (let i = dump.indexOf('HEADER=END') + 1; i + 1 < dump.length && dump[i]!.startsWith(' '); i += 2) {
  const w1 = tokens.get(le(dump[i]!.trim())[0]!)?.[0];
  if (!w1) continue;
  const [, ...rest] = le(dump[i + 1]!.trim());
  for (let j = 0; j + 1 < rest.length; j += 2) {
    const w2 = tokens.get(rest[j]!)?.[0];
    if (!w2) continue;
    left.set(w1, (left.get(w1) ?? 0) + rest[j + 1]!);
    const key = `${w1} ${w2}`;
    pairs.set(key, (pairs.get(key) ?? 0) + rest[j + 1]!);
  }
}

const scored: Array<[number, string, number]> = [];
for (const [key, c] of pairs) {
  const [w1, w2] = key.split(' ') as [string, string];
  if (!usable(w1) || !usable(w2)) continue;
  const pu = (unigram.get(w2) ?? 1) / total;
  const gain = Math.log((LAMBDA * c) / left.get(w1)! + (1 - LAMBDA) * pu) - Math.log(pu);
  if (gain < MIN_GAIN) continue;
  scored.push([c * gain, key, gain]);
}
scored.sort((a, b) => b[0] - a[0]);
// one line per first word: `word1 word2 gain word2 gain …`, gains in tenths of a nat
const byFirst = new Map<string, string[]>();
for (const [, key, gain] of scored.slice(0, KEEP)) {
  const [w1, w2] = key.split(' ') as [string, string];
  (byFirst.get(w1) ?? byFirst.set(w1, []).get(w1)!).push(`${w2} ${Math.round(gain * 10)}`);
}
const body = [...byFirst]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([w1, rest]) => `${w1} ${rest.sort().join(' ')}`)
  .join('\n');
const words = [...unigram]
  .filter(([w, f]) => usable(w) && (w.length === 1 || f >= MIN_WORD_FREQ))
  .map(([w, f]) => `${w} ${f}`)
  .sort()
  .join('\n');
const out = new URL('../src/pipeline/repair/data/word-pairs.ts', import.meta.url);
writeFileSync(
  out,
  `// Generated by scripts/build-repair-bigrams.ts from libpinyin's language model (libpinyin-data 2.8.1,\n` +
    `// GPL-3.0-or-later, Copyright 2006-2023 Peng Wu and others). Do not edit.\n` +
    `// WORDS: "word frequency" lines (total ${total}). PAIRS: "word1 word2 gain word2 gain …" lines, gain = ln P(word2 | word1)\n` +
    `// - ln P(word2) in tenths of a nat, smoothed, for the ${Math.min(KEEP, scored.length)} pairs that matter most.\n` +
    `export const TOTAL = ${total};\n` +
    `export const WORDS = ${JSON.stringify(words)};\n` +
    `export const PAIRS = ${JSON.stringify(body)};\n`,
);
console.log(`${pairs.size} pairs read, ${scored.length} usable, ${Math.min(KEEP, scored.length)} kept`);
