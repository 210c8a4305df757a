import { describe, expect, it } from 'vitest';
import { cleanText } from '../clean';
import { applyEdits } from '../edits';
import { htmlPass } from './html';

const ctx = { original: '', script: 'hans' as const };
const run = (text: string) => applyEdits(text, htmlPass.run(text, ctx));

describe('htmlPass', () => {
  it('removes leaked tags and keeps block tags as line breaks', () => {
    expect(run('打印<span id="printapp">正文')).toBe('打印正文');
    expect(run('第一段。<p>第二段。</p>')).toBe('第一段。\n第二段。\n');
    expect(run('会议<!-- 广告 -->召开<script>var a = 1 < 2;</script>')).toBe('会议召开');
  });

  it('joins a sentence a <br> broke after a comma, and keeps a <br> after a sentence or a colon as a break', () => {
    expect(run('<p>要严格落实各项防控措施，<br/>坚决守住底线。</p>')).toBe(
      '\n要严格落实各项防控措施，坚决守住底线。\n',
    );
    expect(run('会议强调。<br>要严格落实。')).toBe('会议强调。\n要严格落实。');
    expect(run('会议要求：<br />一要严格落实。')).toBe('会议要求：\n一要严格落实。');
  });

  it('removes the tail of a tag whose start was cut off', () => {
    expect(run('会议召开 class="title" />会议强调')).toBe('会议召开会议强调');
    expect(run('通知" />全文')).toBe('通知全文');
  });

  it('decodes entities instead of dropping them', () => {
    expect(run('甲&nbsp;乙 A&amp;B &lt;1&gt; &#20250;&#x8bae; &ldquo;好&rdquo;')).toBe('甲 乙 A&B <1> 会议 “好”');
  });

  it('reads back Chinese a script or a link carried escaped (JSON \\u, URL %XX)', () => {
    expect(run('\\u4f1a\\u8bae\\u8981\\u6c42\\uff0c\\u8981\\u52a0\\u5f3a\\u7ba1\\u7406\\u3002')).toBe(
      '会议要求，要加强管理。',
    );
    expect(run('搜索%E4%BC%9A%E8%AE%AE%E8%A6%81%E6%B1%82')).toBe('搜索会议要求');
    // a lone escape, a space in a link, bytes that are no UTF-8 or no Chinese: left as they are
    for (const s of ['\\u4f1a', 'a%20b%20c', '%E4%BC%E4%BC%9A%9A', '%41%42%43%44%45%46', '\\u0041\\u0042'])
      expect(run(s)).toBe(s);
  });

  it("removes Word's namespaced tags, CDATA wrappers and declarations", () => {
    expect(run('<o:p></o:p>会议召开。<st1:chsdate year="2022" month="3">3月1日</st1:chsdate>')).toBe(
      '会议召开。3月1日',
    );
    expect(run('<?xml version="1.0"?><!DOCTYPE html><![CDATA[会议召开。]]>')).toBe('会议召开。');
  });

  it('leaves text that only looks like markup', () => {
    for (const s of ['气温<10℃', '《通知》', 'R&D投入', '比例为3<5']) expect(run(s)).toBe(s);
  });
});

describe('markup among the damage checks', () => {
  it('is left to the html pass, not marked as mojibake', () => {
    const raw =
      '<p style="text-indent:2em;">9月13日，县委书记主持召开全县疫情防控工作推进会。<br/></p>\n<p><img src="/a.jpg" alt="会议现场"/></p>\n<!-- 正文结束 -->\n';
    const { clean, edits } = cleanText(raw, 'hans');
    expect(clean).toBe('9月13日，县委书记主持召开全县疫情防控工作推进会。');
    expect(edits.filter((e) => e.kind === 'damage' || e.kind === 'mojibake')).toEqual([]);
  });
});
