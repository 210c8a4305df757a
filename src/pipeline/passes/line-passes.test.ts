import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import type { Pass } from '../pass';
import { duplicatePass } from './duplicate';
import { hardWrapPass } from './hardwrap';
import { runOnPass } from './runon';
import { spamPass } from './spam';

const ctx = { original: '', script: 'hans' as const };
const run = (pass: Pass, text: string) => applyEdits(text, pass.run(text, ctx));

describe('runOnPass', () => {
  it('splits paragraphs joined by a blank after a full stop', () => {
    expect(run(runOnPass, '会议指出,形势严峻。 会议强调,要抓实。  “三个到位”要落实。')).toBe(
      '会议指出,形势严峻。\n会议强调,要抓实。\n“三个到位”要落实。',
    );
  });

  it('splits before a paragraph whose first character was lost to damage', () => {
    expect(run(runOnPass, '出席会议。 \ufffd(huì)议指出，要抓实。 ?(huì)议强调')).toBe(
      '出席会议。\n\ufffd(huì)议指出，要抓实。\n?(huì)议强调',
    );
  });

  it('leaves blanks that do not follow a sentence end, and ASCII ? that stands for a lost character', () => {
    for (const s of ['某某网讯  25日上午,会议召开', '记者 李明 王刚/文', '严管? 严控'])
      expect(run(runOnPass, s)).toBe(s);
  });
});

describe('hardWrapPass', () => {
  const para =
    '会议强调，要压紧压实四方责任，严格落实重点人群排查管控措施，做到早发现、早报告、早处置。各级各部门要加快推进疫苗接种工作，科学调配接种力量，确保应接尽接、应种尽种，筑牢群体免疫屏障。';
  const wrapped = (p: string, width: number) => p.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');

  it('joins the lines of a paragraph broken at a fixed width, and keeps paragraphs apart', () => {
    const text = ['市委召开会议', wrapped(para, 16), wrapped(para, 16)].join('\n');
    expect(run(hardWrapPass, text)).toBe(['市委召开会议', para, para].join('\n'));
  });

  it('measures in columns when Latin letters and digits share the lines (a wide character moves on whole)', () => {
    const mixed = `${para}COVID-19疫情防控工作要做到24小时值班值守，N95口罩等物资储备充足，确保万无一失。`;
    // wrap at 40 columns: a CJK character takes two, and one that does not fit starts the next line
    const lines: string[] = [];
    let line = '';
    let cols = 0;
    for (const ch of mixed) {
      const w = ch.charCodeAt(0) < 0x80 ? 1 : 2;
      if (cols + w > 40) {
        lines.push(line);
        line = '';
        cols = 0;
      }
      line += ch;
      cols += w;
    }
    lines.push(line);
    expect(run(hardWrapPass, ['市委召开会议', ...lines].join('\n'))).toBe(['市委召开会议', mixed].join('\n'));
  });

  it('leaves prose that ends its lines with sentences, whatever their lengths', () => {
    const same = Array.from({ length: 8 }, (_, i) => `第${i + 1}项工作要抓紧抓实抓细抓到位。`).join('\n');
    expect(run(hardWrapPass, same)).toBe(same);
    const normal = ['市委召开会议', para, '市领导出席会议。', para].join('\n');
    expect(run(hardWrapPass, normal)).toBe(normal);
    // a spam or navigation line repeated between the paragraphs is no width the text was wrapped to
    const spam = '热门关键词：疫情 防控 新闻 最新消息 今日头条';
    const spammed = Array.from({ length: 6 }, (_, i) => [spam, `${para.slice(0, 40 + i * 7)}。`])
      .flat()
      .join('\n');
    expect(run(hardWrapPass, spammed)).toBe(spammed);
  });
});

describe('duplicatePass', () => {
  const a = '会议强调,要压紧压实四方责任,严格落实重点人群排查管控措施,做到早发现。';
  const b = '会议要求,要加快推进疫苗接种工作,科学调配接种力量,确保应接尽接。';

  it('keeps the first occurrence of a repeated paragraph', () => {
    expect(run(duplicatePass, [a, b, a].join('\n'))).toBe([a, b, ''].join('\n'));
  });

  it('knows a copy whose full stops, quotes and marks a mirror folded to ASCII', () => {
    const c = '会议强调，要坚持“动态清零”总方针不动摇！确保群众安全。';
    const folded = c.replace(/，/g, ',').replace(/[“”]/g, '"').replace(/！/g, '!').replace(/。/g, '.');
    expect(run(duplicatePass, [c, b, folded].join('\n'))).toBe([c, b, ''].join('\n'));
  });

  it('keeps short paragraphs that repeat on their own, but not inside a repeated run', () => {
    expect(run(duplicatePass, ['会议强调:', a, '会议强调:', b].join('\n'))).toBe(
      ['会议强调:', a, '会议强调:', b].join('\n'),
    );
    const short = '市领导张三出席会议。';
    expect(run(duplicatePass, [a, short, a, short].join('\n'))).toBe([a, short, ''].join('\n'));
  });

  it('removes a summary or a cut-off excerpt of a later paragraph, in either script', () => {
    expect(run(duplicatePass, [`导读：${a.slice(0, 25)}…`, a].join('\n'))).toBe(a);
    expect(run(duplicatePass, [`摘要:${b.slice(0, 22)}...`, b].join('\n'))).toBe(b);
  });

  it('does not treat a summary that repeats nothing as a copy', () => {
    const s = '导读：本次会议研究了下一阶段的重点工作安排和保障措施。';
    expect(run(duplicatePass, [s, a].join('\n'))).toBe([s, a].join('\n'));
  });
});

describe('spamPass', () => {
  it('removes bar-separated gambling and porn keyword blocks', () => {
    expect(run(spamPass, '正文。\n百家乐| 时时彩开户| 真人娱乐城|')).toBe('正文。\n');
  });

  it('removes keyword stuffing appended to a sentence and keeps the sentence', () => {
    const s = '会议强调,要严格落实各项防控措施,确保群众安全。';
    expect(run(spamPass, s + '国产精品|无码中文字幕|人妻|')).toBe(s);
  });

  it('removes a casino advert line: one gambling word and a web address, or the casino names', () => {
    expect(run(spamPass, '正文。\n真人娱乐 https://k8.vip 首充优惠\n')).toBe('正文。\n');
    expect(run(spamPass, '正文。\n澳门新葡京 彩金免费领\n')).toBe('正文。\n');
    expect(run(spamPass, '正文。\n某某娱乐场官网 最新足球投注平台 注册即送88元\n')).toBe('正文。\n');
  });

  it('leaves government prose with look-alike words alone', () => {
    for (const s of [
      '坚持久久为功,关闭棋牌室、网吧等场所。',
      '详情请登录www.gov.cn查询,严厉打击网络赌博等违法犯罪。',
      '相关专题 | 返回首页',
      '精品工程建设有序推进,确保质量。',
      '暂停娱乐场所营业,严厉打击网络赌博。',
    ]) {
      expect(spamPass.run(s, ctx)).toEqual([]);
    }
  });
});
