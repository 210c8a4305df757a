/**
 * Dumps sunpinyin's binary Chinese language model (Debian `sunpinyin-data`: lm_sc.t3g, a "threaded" back-off word
 * trigram model, plus pydict_sc.bin, the pinyin-trie lexicon that holds the word string for every word id) as plain
 * text. Data: open-gram, CC BY-SA 3.0. No dependencies. Run:
 *   node scripts/sunpinyin-dump.mjs <lm_sc.t3g> <pydict_sc.bin> <outdir>
 * Writes <outdir>/words.tsv, bigrams.tsv, bows.tsv, trigrams.tsv (all probabilities as natural logs) and prints a
 * summary. The loaders and `condLnProb` are exported for reuse (importing this module does not run the dump).
 *
 * Format (sunpinyin src/slm/slm.{h,cpp}, src/slm/tslminfo/tslminfo.cpp, src/lexicon/pytrie.{h,cpp}), little-endian:
 *   t3g: u32 N (=3), u32 useLogPr (0 here: tables hold direct probabilities, not -ln p), u32 levelSize[N+1] (each
 *     level ends with a pseudo tail node, so real entries = size - 1), f32 prTable[65536], f32 bowTable[16384], then
 *     levels 0..N-1 of 12-byte TNode {wid:18, bow:14 | pr:16, ch_lo:16 | bon:23, bol:2, ch_hi:7} and level N of 8-byte
 *     TLeaf {wid:18, pr_lo:14 | bon:23, bol:2, pr_hi:2}. pr/bow are indices into the tables (so values are quantized).
 *     Node i's children in the next level are [ch(i), ch(i+1)), sorted by wid. Level 0 is the single root (its pr is
 *     the uniform 0-gram probability used for words without a unigram; its bow is the back-off weight to it).
 *     (bol, bon) is a back-off state (level, index): for a TNode (n-gram w1..wn) it is the node of w2..wn, where a
 *     lookup continues after multiplying by bow; for a TLeaf (trigram w1 w2 w3) it is the history state for the next
 *     word: bigram (w2 w3) if that node has children, else unigram w3 if it has children, else the root.
 *   pydict: u32 wordCount, u32 nodeCount, u32 stringOffset; at stringOffset, wordCount NUL-terminated UCS-4LE strings,
 *     the i-th being the string of word id i (ids without a word have the empty string).
 * Special ids (src/portability.h): 0 = SIM_ID_NOT_WORD, which mmseg emits for a run of characters not in the lexicon
 *   (consecutive ones merged), so in this model it is an "unknown/non-lexicon text" token; 2 unknown CN, 10 sentence
 *   token, 20 digit, 21 symbol, 69 = ID_NOT_WORD (the IME transfers it to the root at no cost); 70-79 are the
 *   punctuation marks ，。；？！：“”、…; real Chinese words start at 100. Of ids < 70 only 0 occurs in this model.
 */
import { readFileSync, createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import process from 'node:process';

export const UNK_TOKEN = '<unk>'; // printed for wid 0

export function loadLexicon(path) {
  const b = readFileSync(path);
  const wordCount = b.readUInt32LE(0);
  let off = b.readUInt32LE(8);
  const words = new Array(wordCount);
  for (let i = 0; i < wordCount; i++) {
    let s = '';
    for (let c = b.readUInt32LE(off); c !== 0; c = b.readUInt32LE(off)) {
      s += String.fromCodePoint(c);
      off += 4;
    }
    off += 4;
    words[i] = s;
  }
  if (off !== b.length) throw new Error(`lexicon string table ends at ${off}, file is ${b.length} bytes`);
  return words;
}

export function loadSlm(path) {
  const b = readFileSync(path);
  const u32 = (o) => b.readUInt32LE(o);
  const N = u32(0);
  const useLogPr = u32(4);
  if (N < 1 || N > 8) throw new Error(`unexpected N=${N}`);
  const sizes = [];
  for (let l = 0; l <= N; l++) sizes.push(u32(8 + 4 * l));
  let off = 8 + 4 * (N + 1);
  const prTable = new Float64Array(1 << 16);
  for (let i = 0; i < prTable.length; i++, off += 4) prTable[i] = b.readFloatLE(off);
  const bowTable = new Float64Array(1 << 14);
  for (let i = 0; i < bowTable.length; i++, off += 4) bowTable[i] = b.readFloatLE(off);
  const toLn = (v) => (useLogPr ? -v : Math.log(v));
  const lnPr = prTable.map(toLn);
  const lnBow = bowTable.map(toLn);

  const levels = [];
  for (let l = 0; l <= N; l++) {
    const n = sizes[l];
    const leaf = l === N;
    const lv = { wid: new Uint32Array(n), pr: new Uint32Array(n), bon: new Uint32Array(n), bol: new Uint8Array(n) };
    if (!leaf) Object.assign(lv, { bow: new Uint16Array(n), ch: new Uint32Array(n) });
    for (let i = 0; i < n; i++) {
      const w0 = u32(off);
      const w1 = u32(off + 4);
      lv.wid[i] = w0 & 0x3ffff;
      if (leaf) {
        lv.pr[i] = ((w1 >>> 25) & 0x3) * 0x4000 + (w0 >>> 18);
        lv.bon[i] = w1 & 0x7fffff;
        lv.bol[i] = (w1 >>> 23) & 3;
        off += 8;
      } else {
        const w2 = u32(off + 8);
        lv.bow[i] = w0 >>> 18;
        lv.pr[i] = w1 & 0xffff;
        lv.ch[i] = (w2 >>> 25) * 0x10000 + (w1 >>> 16);
        lv.bon[i] = w2 & 0x7fffff;
        lv.bol[i] = (w2 >>> 23) & 3;
        off += 12;
      }
    }
    levels.push(lv);
  }
  if (off !== b.length) throw new Error(`model ends at ${off}, file is ${b.length} bytes`);
  return { N, useLogPr, sizes, prTable, bowTable, lnPr, lnBow, levels };
}

/** Index of wid among level `lvl` entries [h, t), or -1 (children are sorted by wid). */
export function findChild(slm, lvl, h, t, wid) {
  const a = slm.levels[lvl].wid;
  while (h < t) {
    const m = (h + t) >>> 1;
    if (a[m] < wid) h = m + 1;
    else if (a[m] > wid) t = m;
    else return m;
  }
  return -1;
}

/**
 * ln P(wid | history wids), the way CThreadSlm::rawTransfer computes it: locate the longest stored history suffix,
 * then walk back-off links multiplying back-off weights until wid is found among a node's children; words with no
 * unigram at all get root bow * root (uniform) probability. Returns { ln, order } (order = n-gram order found, 0 = none).
 */
export function condLnProb(slm, history, wid) {
  const { N, levels } = slm;
  // state for the history: longest suffix of at most N-1 words that exists as a node
  let lvl = 0;
  let pos = 0;
  const h = history.slice(-(N - 1));
  for (let start = 0; start < h.length; start++) {
    let l = 0;
    let p = 0;
    let ok = true;
    for (let k = start; k < h.length; k++) {
      const lv = levels[l];
      const idx = findChild(slm, l + 1, lv.ch[p], lv.ch[p + 1], h[k]);
      if (idx < 0) {
        ok = false;
        break;
      }
      l += 1;
      p = idx;
    }
    if (ok) {
      lvl = l;
      pos = p;
      break;
    }
  }
  let ln = 0;
  for (;;) {
    const lv = levels[lvl];
    const idx = findChild(slm, lvl + 1, lv.ch[pos], lv.ch[pos + 1], wid);
    if (idx >= 0) return { ln: ln + slm.lnPr[levels[lvl + 1].pr[idx]], order: lvl + 1 };
    ln += slm.lnBow[lv.bow[pos]];
    if (lvl === 0) break;
    const nl = lv.bol[pos];
    pos = lv.bon[pos];
    lvl = nl;
  }
  return { ln: ln + slm.lnPr[levels[0].pr[0]], order: 0 };
}

function fmt(x) {
  return x.toFixed(6);
}

class Out {
  constructor(path) {
    this.stream = createWriteStream(path);
    this.parts = [];
    this.len = 0;
  }
  async line(s) {
    this.parts.push(s);
    if (++this.len >= 20000) await this.flush();
  }
  async flush() {
    if (!this.parts.length) return;
    const chunk = this.parts.join('\n') + '\n';
    this.parts = [];
    this.len = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
  async close() {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

async function main() {
  const [t3gPath, dictPath, outDir] = process.argv.slice(2);
  if (!outDir) {
    process.stderr.write('usage: node scripts/sunpinyin-dump.mjs <lm_sc.t3g> <pydict_sc.bin> <outdir>\n');
    process.exit(2);
  }
  const words = loadLexicon(dictPath);
  const slm = loadSlm(t3gPath);
  const { N, levels, sizes, lnPr, lnBow } = slm;
  if (N !== 3) throw new Error(`this dumper expects a trigram model, got N=${N}`);
  mkdirSync(outDir, { recursive: true });
  const name = (wid) => {
    if (wid === 0) return UNK_TOKEN;
    const w = words[wid];
    if (!w) throw new Error(`word id ${wid} has no string in the lexicon`);
    return w;
  };
  const [L0, L1, L2, L3] = levels;
  const nUni = sizes[1] - 1;
  const nBi = sizes[2] - 1;
  const nTri = sizes[3] - 1;
  const src = `source: sunpinyin lm_sc.t3g (open-gram, CC BY-SA 3.0), useLogPr=${slm.useLogPr}`;
  const quant = 'values are quantized (indices into a 65536-entry float32 probability table / 16384-entry bow table)';
  const unkNote = `${UNK_TOKEN} = word id 0 (SIM_ID_NOT_WORD): a run of characters not in the lexicon, not a word`;
  const rootNote =
    `root (0-gram): ln P_uniform = ${fmt(lnPr[L0.pr[0]])}, ln bow = ${fmt(lnBow[L0.bow[0]])}; ` +
    'ln P(w) for a word with no unigram = ln bow(root) + ln P_uniform';

  // words.tsv
  const wf = new Out(join(outDir, 'words.tsv'));
  await wf.line(`# ${src}; ${nUni} unigrams, in word-id order; ${quant}`);
  await wf.line('# columns: wid, word, lnP(word) (natural log, unigram probability)');
  await wf.line(`# ${unkNote}; wids 70-79 are punctuation ，。；？！：“”、…; real words start at wid 100`);
  await wf.line(`# ${rootNote}`);
  for (let i = 0; i < nUni; i++) await wf.line(`${L1.wid[i]}\t${name(L1.wid[i])}\t${fmt(lnPr[L1.pr[i]])}`);
  await wf.close();

  // bows.tsv
  const bf = new Out(join(outDir, 'bows.tsv'));
  await bf.line(`# ${src}; back-off weights of the ${nUni} unigram nodes; ${quant}`);
  await bf.line(
    '# columns: word, ln bow(word) (natural log); ln P(w2|w1) = ln bow(w1) + ln P(w2) when no bigram w1 w2',
  );
  await bf.line(`# ${unkNote}; ${rootNote}`);
  for (let i = 0; i < nUni; i++) await bf.line(`${name(L1.wid[i])}\t${fmt(lnBow[L1.bow[i]])}`);
  await bf.close();

  // bigrams.tsv (+ parent index of each bigram node, for trigrams)
  const parent = new Uint32Array(sizes[2]);
  const gf = new Out(join(outDir, 'bigrams.tsv'));
  await gf.line(`# ${src}; ${nBi} explicit bigrams, grouped by word1 in word-id order; ${quant}`);
  await gf.line(
    '# columns: word1, word2, lnP(word2|word1), ln bow(word1 word2) (natural logs; the bow is the back-off weight of ' +
      'the bigram context, used for trigrams: ln P(w3|w1 w2) = ln bow(w1 w2) + ln P(w3|w2) when no trigram)',
  );
  await gf.line(`# ${unkNote}`);
  let badThread = 0;
  for (let i = 0; i < nUni; i++) {
    const w1 = name(L1.wid[i]);
    for (let j = L1.ch[i]; j < L1.ch[i + 1]; j++) {
      parent[j] = i;
      // threading sanity check: bigram (w1 w2) must back off to unigram w2
      const k = L2.bon[j];
      if (L2.bol[j] !== 1 || L1.wid[k] !== L2.wid[j]) badThread++;
      await gf.line(`${w1}\t${name(L2.wid[j])}\t${fmt(lnPr[L2.pr[j]])}\t${fmt(lnBow[L2.bow[j]])}`);
    }
  }
  await gf.close();

  // trigrams.tsv
  const tf = new Out(join(outDir, 'trigrams.tsv'));
  await tf.line(`# ${src}; ${nTri} explicit trigrams; ${quant}`);
  await tf.line('# columns: word1, word2, word3, lnP(word3|word1 word2) (natural log)');
  await tf.line(`# ${unkNote}`);
  for (let j = 0; j < nBi; j++) {
    if (L2.ch[j] === L2.ch[j + 1]) continue;
    const w12 = `${name(L1.wid[parent[j]])}\t${name(L2.wid[j])}`;
    for (let k = L2.ch[j]; k < L2.ch[j + 1]; k++) {
      await tf.line(`${w12}\t${name(L3.wid[k])}\t${fmt(lnPr[L3.pr[k]])}`);
    }
  }
  await tf.close();

  const top = [];
  for (let i = 0; i < nUni; i++) if (L1.wid[i] >= 100) top.push(i);
  top.sort((a, b) => lnPr[L1.pr[b]] - lnPr[L1.pr[a]]);
  const p = (s) => process.stdout.write(s + '\n');
  p(`N=${N} useLogPr=${slm.useLogPr} lexicon words=${words.length}`);
  p(`unigrams=${nUni} bigrams=${nBi} trigrams=${nTri} (bigram threading mismatches: ${badThread})`);
  p(`special/punctuation unigrams: ${[...L1.wid.subarray(0, nUni)].filter((w) => w < 100).join(',')}`);
  p(
    `top 20 words (wid >= 100): ${top
      .slice(0, 20)
      .map((i) => `${name(L1.wid[i])} ${fmt(lnPr[L1.pr[i]])}`)
      .join(', ')}`,
  );
  p(`wrote ${['words.tsv', 'bows.tsv', 'bigrams.tsv', 'trigrams.tsv'].map((f) => join(outDir, f)).join(' ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  });
}
