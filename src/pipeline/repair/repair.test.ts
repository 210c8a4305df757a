import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { applyEdits, mergeEdits } from '../edits';
import { conventions, damagePass } from '../passes/damage';
import { detectScript, foldToSimplified } from '../script';
import { decodeCode, encodeChar } from './gbk';
import { findSuspectRuns } from './detect';
import { findLosses } from './lost-char';
import { repairConfidence } from './confidence';
import { bestPerExtent, judgeMojibake, type MojibakeVerdict } from './mojibake';
import { realign } from './realign';
import { toScript } from './script-forms';

const run = (text: string) => damagePass.run(text, { original: text, script: detectScript(text) });
const repair = (text: string) => applyEdits(text, mergeEdits(run(text)));
const goldDir = new URL('../../../../shared/gold/', import.meta.url);

describe('gbk tables', () => {
  it('come from the platform decoder and round-trip', () => {
    expect(encodeChar('報')).toEqual([0x88, 0xf3]);
    expect(decodeCode(0xd588)).toBe('請');
    expect(decodeCode(0xdc87)).toBe('車');
    for (const ch of '疫情防控領導小組嚴格落實') expect(iconv.decode(Buffer.from(encodeChar(ch)!), 'gbk')).toBe(ch);
  });
});

describe('? losses', () => {
  it('restores a lost character from its reading and the echo it left (byte evidence)', () => {
    expect(repair('分級分類嚴管?chē)?yán)控,堅決切斷')).toBe('分級分類嚴管嚴控,堅決切斷');
    expect(repair('來(lái)源:吉林日?qǐng)?bào)\n')).toBe('來(lái)源:吉林日報\n');
  });

  it('does not guess when the reading fits several characters equally well', () => {
    const [loss] = findLosses('要分级分类严管?yán)控,坚决切断');
    expect(loss?.char).toBeUndefined();
    const edits = run('要分级分类严管?yán)控,坚决切断');
    expect(edits[0]).toMatchObject({ kind: 'damage', tag: 'unrepaired' });
  });

  it('repairs a clear case in Simplified with no echo', () => {
    expect(repair('各地要加强?guǎn)理,做好防控')).toBe('各地要加强管理,做好防控');
  });
});

describe('mojibake', () => {
  it('repairs the sample run with its surviving pinyin, in the script and punctuation of the page', () => {
    const text = '全面落實“一精準三確!币螅瑺(zhēng)取疫情盡快清倉見底';
    const edits = run(text);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ kind: 'mojibake', tag: 'repaired' });
    expect(edits[0]!.note).toContain('zhēng');
    expect(applyEdits(text, edits)).toBe('全面落實“一精準三確保”要求,爭取疫情盡快清倉見底');
  });

  it('repairs a made-up Simplified sentence damaged by one lost byte', () => {
    const sentence = '会议要求，各级各部门要切实加强组织领导，确保各项措施落实到位。';
    const bytes = iconv.encode(sentence, 'gbk');
    const p = bytes.indexOf(0xc7); // lead byte of 切
    const damaged = new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, p), bytes.subarray(p + 1)]));
    expect(damaged).not.toBe(sentence);
    const edits = run(damaged);
    expect(edits.length).toBeGreaterThan(0);
  });

  it('marks heavy damage it cannot repair instead of guessing', () => {
    const text = '嚴防基礎病、並發症疊加,確;颊呱踩K囊ゾo抓實社會面管控,嚴防';
    const edits = run(text);
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) if (e.tag === 'repaired') expect(e.confidence).toBeGreaterThan(0.5);
  });
});

describe('detection by the shifted re-read', () => {
  const damage = (sentence: string, lostAt: number) => {
    const bytes = iconv.encode(sentence, 'gbk');
    return new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, lostAt), bytes.subarray(lostAt + 1)]));
  };

  it('finds runs whose garbage is made of ordinary characters, Simplified and Traditional', () => {
    for (const sentence of [
      '会议要求，各区县要严格落实居家隔离管理措施，做好群众生活保障。',
      '會議強調，各縣區要嚴格落實居家隔離管理措施，做好群眾生活保障。',
    ]) {
      const damaged = damage(sentence, 12);
      expect(damaged).not.toBe(sentence);
      const runs = findSuspectRuns(damaged);
      expect(runs.length, damaged).toBeGreaterThan(0);
      expect(runs[0]!.start).toBeLessThanOrEqual(8);
    }
  });

  it('takes the same sentence undamaged as clean', () => {
    expect(findSuspectRuns('会议要求，各区县要严格落实居家隔离管理措施，做好群众生活保障。')).toEqual([]);
  });

  it('flags a paragraph that ends one byte short of its closing mark (效率。 read as 效隆)', () => {
    // the mark's second byte, left alone, decodes to U+FFFD, which the page dropped
    const damaged = damage('会议强调，要提高人员转运效率。', 27).replace('\ufffd', '');
    expect(damaged).toBe('会议强调，要提高人员转运效隆');
    const edits = run(damaged + '\n');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.start).toBe(damaged.length - 1);
    // the same kind of ending when it is real text (保 ends in A3, the first byte of ，) is left alone
    expect(run('会议强调，各部门要全力做好保障\n')).toEqual([]);
  });
});

describe('no false alarms', () => {
  it('flags nothing in the gold clean texts', () => {
    for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.clean.txt'))) {
      expect(run(readFileSync(new URL(f, goldDir), 'utf8')), f).toEqual([]);
    }
  });

  it('flags nothing in normal prose with names, acronyms, numbers and rare-but-real characters', () => {
    const prose = [
      '3月5日,贵州省遵义市召开疫情防控工作会议,市委书记魏树旺主持会议并讲话。',
      '會議要求,各地要做好CT檢查和APP健康碼查驗,推動5G網絡覆蓋,確保群眾生命安全。',
      '甘肃省陇南市宕昌县、岷县及临夏州积石山县开展核酸检测,共采样12.6万人次。',
      '鄂爾多斯市準格爾旗和烏審旗要嚴格落實“四早”要求,做到應檢盡檢。',
      '记者 覃燕 邝楠 彭媛媛 报道。疫苗接种率达到95%以上。',
      '南平市召开疫情防控工作专题会议_南平市人民政府网',
      '患者需做B超和X光檢查,A級景區暫停開放。',
      '[视频]市委书记主持召开疫情防控工作会议。',
      '体温≥37.3℃的人员要立即报告,阿(ā)姨们积极参与。',
      // words of the genre jieba lacks, whose rare characters read like shifted bytes
      '会议强调，要做到应消尽消。',
      '要帮助重点行业企业纾困解难，落实助企纾困政策。',
    ];
    for (const p of prose) {
      expect(
        findSuspectRuns(p).filter((r) => r.strong > 0),
        p,
      ).toEqual([]);
      expect(run(p), p).toEqual([]);
    }
  });
});

describe('lone letters', () => {
  it('takes a small letter between two Han characters as a character reduced to its trail byte', () => {
    // 監測 lost the lead byte of 測 (9C 79): `y` is its trail byte, read alone
    const strong = findSuspectRuns('要完善常態監y發熱門診機制。');
    expect(strong).toHaveLength(1);
    expect(strong[0]!.strong).toBe(1);
    // a capital is weaker evidence: prose writes a few (B超, X光)
    expect(findSuspectRuns('要完善常態監Y發熱門診機制。')[0]!.strong).toBe(0);
  });

  it('takes a trail byte opening a clause, or a symbol prose never writes, as damage', () => {
    // 確 lost its lead byte after the comma: `_` is its trail byte
    expect(findSuspectRuns('嚴防基礎病疊加,_保患者生命安全。')[0]).toMatchObject({ start: 8, strong: 1 });
    // 住農 read one byte off as ∞ + r; 通畅 as ǔ (a pinyin vowel outside any syllable)
    expect(findSuspectRuns('要始終守∞r村這個廣闊天地。')[0]).toMatchObject({ start: 4, strong: 1 });
    expect(findSuspectRuns('要全力保障物流ǔ')[0]).toMatchObject({ start: 7, strong: 1 });
    // a capital opening the line is only weak evidence, as after a Han character
    expect(findSuspectRuns('R明龍強調,要依法依規。')[0]).toMatchObject({ start: 0, strong: 0, lone: true });
  });

  it('leaves the letters of a line of keywords alone', () => {
    expect(findSuspectRuns('免费视频| 高h纯肉在线| 中文字幕A级毛片| 最新地址')).toEqual([]);
  });
});

describe('readings passed to the word model', () => {
  it('include the best few of every extent, not only the best by the character model', () => {
    const reading = (end: number, score: number) => ({
      start: 0,
      end,
      out: `${end}:${score}`,
      score,
      guessed: 1,
      drops: 0,
    });
    // a reading that runs through the whole garble has more characters, so the character model ranks it low
    const found = [
      ...Array.from({ length: 40 }, (_, i) => reading(4, -10 - i)),
      ...Array.from({ length: 5 }, (_, i) => reading(9, -60 - i)),
    ];
    const kept = bestPerExtent(found);
    expect(kept.slice(0, 30)).toEqual(found.slice(0, 30));
    expect(kept.filter((f) => f.end === 9).map((f) => f.score)).toEqual([-60, -61, -62]);
    expect(kept).toHaveLength(33);
  });
});

describe('realignment search', () => {
  const gbkDecoder = new TextDecoder('gbk');
  /** `sentence` with one byte of `ch` lost (0: its lead byte, 1: its trail), optionally as a page that drops U+FFFD. */
  const damage = (sentence: string, ch: string, which: 0 | 1, dropReplacement = false) => {
    const bytes = iconv.encode(sentence, 'gbk');
    const at = iconv.encode(sentence.slice(0, sentence.indexOf(ch)), 'gbk').length + which;
    const text = gbkDecoder.decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
    return dropReplacement ? text.replace(/[\ufffd\ue000-\uf8ff]/g, '') : text;
  };
  /** The verdict on the first suspect run of a page, with the page's own conventions. */
  const judgeFirstRun = (text: string, conv = conventions(text, 'hans')) => {
    const [run] = findSuspectRuns(text);
    expect(run, text).toBeDefined();
    return judgeMojibake(text, run!.start, conv, run!.end)!;
  };
  const best = (text: string) => {
    const [first] = findSuspectRuns(text);
    expect(first, text).toBeDefined();
    const conv = { toScript: foldToSimplified, foldsFullWidth: false };
    const v = judgeMojibake(text, first!.start, conv, first!.end);
    return v && text.slice(0, v.start) + v.replacement + text.slice(v.end);
  };

  it('restores a character reduced to a lone U+FFFD before an ASCII comma', () => {
    const sentence = '各地要加强组织领导,切实做好防控工作。';
    const text = damage(sentence, '导', 0);
    expect(text).toBe('各地要加强组织领\ufffd,切实做好防控工作。');
    expect(best(text)).toBe(sentence);
  });

  it('weighs every first character the bytes allow with words, not only the best character pair', () => {
    // the character-pair search keeps one path per state and loses 境 there; the word model brings it back
    const sentence = '要严格执行入境人员健康管理措施,做好核酸检测和健康监测工作。';
    expect(best(damage(sentence, '境', 0))).toBe(sentence);
  });

  it('ends a run where the stream came back in step without a trace (a page that dropped the U+FFFD)', () => {
    // the sentence was decoded on its own (its last lead byte became U+FFFD), and the page dropped that
    const sentence = '全市上下要坚决扛起政治责任。';
    const text = damage(sentence, '政', 1, true) + '会议还通报了近期工作情况。';
    expect(text).not.toContain('\ufffd');
    expect(best(text)).toBe(sentence + '会议还通报了近期工作情况。');
  });

  it("reads GBK's single byte 0x80 (€) as the trail byte that brought the decoder back in step", () => {
    // 線 is 0xBE 0x80: with 一's lead byte lost, 0x80 is read alone, as €
    const sentence = '要關心關愛一線工作人員。';
    const text = damage(sentence, '一', 0);
    expect(text).toContain('€');
    const after = '會議要求,各地要做好防控。';
    expect(foldToSimplified(best(text + after)!)).toBe(foldToSimplified(sentence + after));
  });

  it('tries first characters a little inside the run the detector reports', () => {
    const sentence = '要严格执行入境人员健康管理措施,做好核酸检测和健康监测工作。';
    const text = damage(sentence, '境', 0);
    const [run] = findSuspectRuns(text);
    const conv = { toScript: foldToSimplified, foldsFullWidth: false };
    // as if the detector had started two characters early
    const v = judgeMojibake(text, run!.start - 2, conv, run!.end)!;
    expect(text.slice(0, v.start) + v.replacement + text.slice(v.end)).toBe(sentence);
  });

  it('ends a run with a closing mark hidden behind a dropped private-use pair', () => {
    // 所。 is CB F9 A1 A3; one byte off, (F9 A1) is private-use and dropped, and A3 is lost at the end
    const sentence = '各地要落实好集中隔离场所。';
    const text = damage(sentence, '实', 0, true) + '会议还通报了近期工作情况。';
    const [run] = findSuspectRuns(text);
    const readings = realign(text, run!.start, false, run!.end).map((f) => f.out);
    // (the first character is left to the word model: see withAlternatives)
    expect(readings.some((r) => r.endsWith('好集中隔离场所。'))).toBe(true);
  });

  it('reads the ideographic space that separates the fields of a dateline', () => {
    // 心 is D0 C4 and the space A1 A1: with 中's trail byte lost, the space is only seen one byte off
    const sentence = '信息来源：市融媒体中心　发布时间：2022年4月1日';
    const text = damage(sentence, '中', 1);
    const [run] = findSuspectRuns(text);
    const readings = realign(text, run!.start, false, run!.end).map((f) => f.out);
    expect(
      readings.some((r) => r.includes('心　发布')),
      readings.slice(0, 5).join(' '),
    ).toBe(true);
  });

  it('reads a character lost whole inside a date as the unit the date needs', () => {
    // 月 and 日 after a lost lead byte: their trail byte meets an ASCII digit or space and both become U+FFFD
    const meeting = '2022年12月9日下午,全县召开疫情防控工作会议。';
    const month = damage(meeting, '月', 0);
    expect(month).toContain('12\ufffd9日');
    expect(best(month)).toBe(meeting);
    const dateline = '发布时间:2022年05月20日 16:02\u3000来源:县融媒体中心';
    const day = damage(dateline, '日', 0);
    expect(day).toContain('20\ufffd 16');
    expect(best(day)).toBe(dateline);
  });

  it('closes a paragraph with the mark that pairs with one the line opened before the damage', () => {
    // the opening “ is far outside the words around the damage; the lost last byte is that of the closing ”
    const sentence = '会议传达了上级关于“坚持人民至上、生命至上，坚决守住不发生规模性疫情的底线要求”';
    const text = damage(sentence, '守', 0) + '\n　　会议要求，各地要落实落细。';
    expect(text).toContain('\ufffd\n');
    expect(best(text)).toMatch(/底线要求”\n/);
  });

  it('ends a clause the way the page ends it elsewhere (讲话。, not 讲话、)', () => {
    const page = '　　市委书记张海林出席会议并讲话。\n　　副市长李文华在分会场出席会议并讲话。\n';
    const text = page + damage('　　区长孙建国主持会议并讲话。', '主', 0) + '副区长周明出席。\n';
    const v = judgeFirstRun(text);
    expect(v.ranked[0]!.out).toBe('主持会议并讲话。');
    // general punctuation frequencies alone leave 、 one nat behind
    expect(v.margin).toBeGreaterThan(3);
  });

  it('ends a sentence before a space the way it ends one at a line end (讲话。 副…, not 讲话、 副…)', () => {
    // sentences run together with a space between them: the ASCII space brought the decoder back in step
    const text = damage('　　区长孙建国主持会议并讲话。 副区长周明通报有关情况。', '主', 0) + '\n';
    const v = judgeFirstRun(text);
    expect(v.ranked[0]!.out).toBe('主持会议并讲话。');
    expect(v.margin).toBeGreaterThan(3);
  });

  it('reads a whole paragraph a lost byte put out of step, to the line end that brought it back', () => {
    // full-width punctuation throughout: no ASCII byte realigns the decoder before the line end
    const paragraph =
      '　　会议要求，各乡镇要把疫情防控作为当前最重要的政治任务，主要负责同志要亲自研究、亲自部署、亲自督促，' +
      '分管同志要靠前指挥、一线协调。要严格落实入户排查制度，对外地返乡人员逐一登记、逐一核实，做到不漏一户、' +
      '不漏一人。要加强农贸市场、商场超市、车站码头等重点场所管理，严格执行扫码测温、佩戴口罩等措施。' +
      '要做好群众生活物资保障，确保供应充足、价格稳定。';
    const page = '　　会议指出，当前防控形势依然严峻复杂。\n' + paragraph + '\n　　县领导出席会议。\n';
    const text = page.replace(paragraph, damage(paragraph, '部', 0));
    const conv = conventions(text, 'hans');
    // the misread stream shows private-use characters, so the page dropped none of them
    expect(conv.keepsPrivateUse).toBe(true);
    const v = judgeFirstRun(text, conv);
    expect(text.slice(0, v.start) + v.replacement + text.slice(v.end)).toBe(page);
  });

  it('assumes no dropped private-use pair on a page that shows private-use characters', () => {
    const text = damage('要进一步压实属地责任，严格落实各项防控措施，坚决守住不发生规模性疫情的底线。', '压', 0);
    const [run] = findSuspectRuns(text);
    const readings = (keeps: boolean) => realign(text, run!.start, false, run!.end, undefined, keeps);
    expect(readings(false).some((f) => f.drops > 0)).toBe(true);
    expect(readings(true).length).toBeGreaterThan(0);
    expect(readings(true).every((f) => f.drops === 0)).toBe(true);
  });

  it('reads the last character before a number as one that announces it (召开第56次, not 召开的56次)', () => {
    const text = damage('　　下一篇：县政府召开第56次常务会议\n', '政', 0);
    const v = judgeFirstRun(text);
    expect(v.ranked[0]!.out).toMatch(/第$/);
  });

  it('tries every first character on the readings that run to the end of a long run (上午 and 下午 both)', () => {
    // a Traditional page: the mirror converted the garbage too
    const sentence =
      '　　本報訊 4月14日下午，市疫情防控工作專題會議召開。會議由市委副書記、市長馬立新主持。' +
      '市委常委、副市長方麗華，副市長鄒建平出席會議。各縣市區政府主要負責同志在分會場參加會議。';
    const text = toScript(damage(foldToSimplified(sentence), '下', 1), 'hant') + '\n';
    const v = judgeFirstRun(text, conventions(text, 'hant'));
    const heads = v.ranked.map((r) => r.out.slice(0, 2));
    expect(heads).toContain('下午');
    expect(heads).toContain('上午');
  });

  it('knows the vocabulary of epidemic control that the 2013 dictionary lacks', () => {
    const sentence = '要加快推进疫苗接种工作,筑牢免疫屏障。';
    expect(best(damage(sentence, '接', 0))).toBe(sentence);
  });
});

describe('repair confidence', () => {
  const verdict = (over: Partial<MojibakeVerdict> = {}): MojibakeVerdict => ({
    start: 0,
    end: 4,
    replacement: '落实到位',
    gain: 40,
    margin: 4,
    rare: false,
    firstInWord: true,
    lastInWord: true,
    onPage: 0,
    alternatives: [],
    wordMargin: 4,
    pairMargin: 4,
    guessedFirst: true,
    guessedLast: false,
    ranked: [
      { start: 0, end: 4, out: '落实到位', score: -20 },
      { start: 0, end: 4, out: '事实到位', score: -24 },
      { start: 0, end: 4, out: '其实到位', score: -25 },
    ],
    ...over,
  });
  const shape = { strong: 1, weak: false };

  it('falls when the runner-up is close and for a guess standing alone', () => {
    const base = repairConfidence(verdict(), shape);
    expect(base).toBeGreaterThan(0);
    expect(base).toBeLessThan(1);
    const close = verdict({
      margin: 0.5,
      wordMargin: 0.5,
      pairMargin: 0.5,
      ranked: [
        { start: 0, end: 4, out: '落实到位', score: -20 },
        { start: 0, end: 4, out: '事实到位', score: -20.5 },
        { start: 0, end: 4, out: '其实到位', score: -21 },
      ],
    });
    expect(repairConfidence(close, shape)).toBeLessThan(base - 0.2);
    expect(repairConfidence(verdict({ firstInWord: false }), shape)).toBeLessThan(base);
  });

  it('never falls as a margin grows or when the first character is inside a word (a property of any verdict)', () => {
    const arbitraryVerdict = fc.record({
      gain: fc.double({ min: -20, max: 150, noNaN: true }),
      margin: fc.double({ min: 0, max: 40, noNaN: true }),
      wordMargin: fc.double({ min: -30, max: 40, noNaN: true }),
      pairMargin: fc.double({ min: -30, max: 40, noNaN: true }),
      rare: fc.boolean(),
      firstInWord: fc.boolean(),
      lastInWord: fc.boolean(),
      guessedFirst: fc.boolean(),
      guessedLast: fc.boolean(),
      onPage: fc.double({ min: 0, max: 1, noNaN: true }),
      end: fc.integer({ min: 2, max: 6 }),
    });
    const grow = fc.double({ min: 0, max: 20, noNaN: true });
    const strong = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(arbitraryVerdict, grow, strong, (over, more, strong) => {
        const s = { strong, weak: strong === 0 };
        const p = repairConfidence(verdict(over), s);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThan(1);
        for (const key of ['margin', 'wordMargin', 'pairMargin'] as const)
          expect(repairConfidence(verdict({ ...over, [key]: over[key] + more }), s)).toBeGreaterThanOrEqual(p);
        if (!over.firstInWord)
          expect(repairConfidence(verdict({ ...over, firstInWord: true }), s)).toBeGreaterThanOrEqual(p);
      }),
    );
  });

  it('repairs a lone letter left by a lost lead byte, with the confidence on the edit', () => {
    const sentence = '發現疫情要第一時間處置，堅決守住底線。';
    const bytes = iconv.encode(sentence, 'gbk');
    const at = iconv.encode('發現疫情要第一時', 'gbk').length; // lead byte of 間
    const damaged = new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
    expect(damaged).toContain('時g處');
    // within its page, which writes the same words elsewhere, as reports do
    const before = '會議要求，各地要在第一時間報告疫情。\n';
    const edits = run(before + damaged);
    expect(applyEdits(before + damaged, edits)).toBe(before + sentence);
    expect(edits[0]!.confidence).toBeGreaterThanOrEqual(0.88);
  });

  it('leaves a run unrepaired, with its candidates, when only the neighbours decide the first character', () => {
    const sentence = '發現疫情要第一時間處置，堅決守住底線。';
    const bytes = iconv.encode(sentence, 'gbk');
    const at = iconv.encode('發現疫情', 'gbk').length; // lead byte of 要: 為 and 要 fit the bytes alike
    const text = new TextDecoder('gbk').decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
    const edits = run(text);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ kind: 'damage', tag: 'unrepaired' });
    expect(edits[0]!.note).toContain('要第一時');
  });
});

describe('bytes no decoder could place (U+FFFD from broken UTF-8)', () => {
  const edits = (s: string) => damagePass.run(s, { original: s, script: 'hans' });
  it('are repaired as lost characters, not described as shifted GBK', () => {
    const [e] = edits('会议强调，要\ufffd格落实各项防控措施，坚决守住底线。');
    expect(e).toMatchObject({ kind: 'damage', replacement: '严', tag: 'repaired' });
    expect(e!.note).toMatch(/^undecodable bytes/);
  });
  it('are marked as such when no reading is clearly best', () => {
    const [e] = edits('会议强调，要严格落实各项防控措\ufffd\ufffd，坚决守住底线。');
    expect(e).toMatchObject({ kind: 'damage', tag: 'unrepaired' });
    expect(e!.note).toMatch(/^undecodable bytes/);
  });
});
