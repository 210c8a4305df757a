/** Made-up reports from other places and in other shapes, to show the extractors are general. */
import { describe, expect, it } from 'vitest';
import { extractAttendees } from './attendees';
import { buildContext } from './context';
import { dayBefore, fullDates, monthDayBefore, resolveLeadDate } from './dates';
import { extractDirectives } from './directives';
import { extractMetadata } from './metadata';
import { extractPlace } from './place';
import { processText } from '../process';

const run = (original: string, clean = original) => {
  const ctx = buildContext(original, clean);
  const meta = extractMetadata(ctx);
  const attendees = extractAttendees(ctx);
  return { ctx, meta, place: extractPlace(ctx, meta), attendees, directives: extractDirectives(ctx, attendees) };
};

const countyReport = [
  '孙立平主持召开县疫情防控工作领导小组会议',
  '发布时间:2022-12-30 09:05 来源:桐庐新闻网',
  '桐庐新闻网讯(记者 钱晓燕 通讯员 方磊)昨天下午,县委书记孙立平主持召开县疫情防控工作领导小组会议。县委副书记、县长方晓东出席并讲话,副县长孙菁菁,黄旺,回彬等县领导出席会议。',
  '会议强调,一要压实四方责任,确保各项措施落地;二要加快疫苗接种,提高老年人接种率。',
  '方晓东强调,要做好药品物资储备。',
  '责任编辑:周敏',
].join('\n');

describe('a county meeting in Zhejiang', () => {
  const r = run(countyReport);
  it('reads title, dates, outlet, byline and editor', () => {
    expect(r.meta.title).toBe('孙立平主持召开县疫情防控工作领导小组会议');
    expect(r.meta.publishedAt).toBe('2022-12-30T09:05');
    expect(r.meta.meetingDate).toBe('2022-12-29');
    expect(r.meta.outlet).toBe('桐庐新闻网');
    expect(r.meta.authors).toEqual(['钱晓燕', '方磊']);
    expect(r.meta.editor).toBe('周敏');
  });
  it('places it in the county named by its outlet', () => {
    expect(r.place).toMatchObject({ name: '桐庐', province: '浙江', level: 'county', code: '330122' });
  });
  it('shares a title across a comma list and keeps roles', () => {
    const byName = Object.fromEntries(r.attendees.map((a) => [a.name, a]));
    expect(Object.keys(byName)).toEqual(['孙立平', '方晓东', '孙菁菁', '黄旺', '回彬']);
    expect(byName['孙立平']!.role).toBe('chair');
    expect(byName['方晓东']).toMatchObject({ role: 'speaker', titles: ['县委副书记', '县长'] });
    expect(byName['黄旺']!.titles).toEqual(['副县长']);
    expect(r.attendees.map((a) => a.name)).not.toContain('周敏');
  });
  it('splits enumerations and attributes speeches', () => {
    expect(r.directives.map((d) => [d.text, d.speaker])).toEqual([
      ['一要压实四方责任,确保各项措施落地', null],
      ['二要加快疫苗接种,提高老年人接种率', null],
      ['要做好药品物资储备', '方晓东'],
    ]);
    expect(r.directives[1]!.topics).toContain('疫苗接种');
  });
});

const districtReport = [
  '區委書記劉志剛主持召開全區疫情防控調度會',
  '2021年12月31日 來源:越秀區融媒體中心',
  '12月30日晚,區委書記劉志剛主持召開全區疫情防控調度會。區委副書記、區長黃海濤,區人大常委會主任林建國在主會場參會。習近平總書記的重要指示精神要認真學習。',
  '會議要求,要嚴格落實“四早”要求;要加強重點場所管理。',
].join('\n');

describe('a district meeting written in Traditional script', () => {
  const r = run(districtReport);
  it('gives names and titles in the script of the original', () => {
    expect(r.attendees.map((a) => [a.name, a.role])).toEqual([
      ['劉志剛', 'chair'],
      ['黃海濤', 'attendee'],
      ['林建國', 'attendee'],
    ]);
    expect(r.attendees[1]!.titles).toEqual(['區委副書記', '區長']);
  });
  it('resolves the date and the district through its media centre', () => {
    expect(r.meta.meetingDate).toBe('2021-12-30');
    expect(r.meta.publishedAt).toBe('2021-12-31');
    expect(r.place).toMatchObject({ name: '越秀', province: '广东', level: 'district' });
  });
  it('never lists the quoted national leader and keeps directives verbatim', () => {
    expect(r.attendees.map((a) => a.name)).not.toContain('習近平');
    expect(r.directives.map((d) => d.text)).toEqual(['要嚴格落實“四早”要求', '要加強重點場所管理']);
  });
});

describe('a provincial meeting with no headline', () => {
  const text = [
    '2023-01-02 08:00 来源:四川日报',
    '本报1月1日讯(记者 赵明)今天,省委书记王晓晖主持召开全省疫情防控工作会议。省委副书记、省长黄强出席会议。成都、绵阳、德阳汇报工作。',
    '王晓晖强调,要全力保障医疗救治。',
  ].join('\n');
  const r = run(text);
  it('takes the meeting clause of the lead as title and the dateline day as 今天', () => {
    expect(r.meta.title).toBe('省委书记王晓晖主持召开全省疫情防控工作会议');
    expect(r.meta.meetingDate).toBe('2023-01-01');
  });
  it('places it at province level and does not take reporting cities for people', () => {
    expect(r.place).toMatchObject({ name: '四川', province: '四川', level: 'province', code: '510000' });
    expect(r.attendees.map((a) => a.name)).toEqual(['王晓晖', '黄强']);
    expect(r.directives).toEqual([{ text: '要全力保障医疗救治', speaker: '王晓晖', topics: ['医疗救治'] }]);
  });
});

describe('a standing-committee meeting whose dateline names the outlet after the date', () => {
  const text = [
    '宜宾市委常委会召开会议专题研究疫情防控工作',
    '2022年10月18日 20:15\u3000宜宾日报',
    '本报讯（记者 周明轩）10月17日晚，市委书记赵建平主持召开市委常委会会议，专题研究部署疫情防控工作。市长钱海燕出席会议并讲话。',
    '赵建平强调，要加强重点场所管理，严格落实扫码测温等常态化防控措施。',
  ].join('\n');
  const r = run(text);
  it('reads the outlet from the dateline, and the meeting from the lead', () => {
    expect(r.meta.outlet).toBe('宜宾日报');
    expect(r.meta.publishedAt).toBe('2022-10-18T20:15');
    expect(r.meta.meetingDate).toBe('2022-10-17');
    expect(r.meta.authors).toEqual(['周明轩']);
    expect(r.place).toMatchObject({ name: '宜宾', province: '四川', level: 'city' });
  });
  it('takes the fuller name of the outlet when the page names it twice', () => {
    const twice = run(
      [
        '县召开疫情防控工作推进会',
        '2022-08-21 21:05:16 来源：融媒体中心 编辑：赵敏',
        '8月20日晚，县委书记何建华主持召开疫情防控工作推进会。',
        '（来源：桃源县融媒体中心）',
      ].join('\n'),
    );
    expect(twice.meta.outlet).toBe('桃源县融媒体中心');
  });
  it('does not take a date followed by other words for an outlet', () => {
    const plain = run(['会议召开', '2022年10月18日 星期二', '10月17日，市委书记赵建平主持召开会议。'].join('\n'));
    expect(plain.meta.outlet).toBeNull();
  });
});

describe('a meeting chaired by video', () => {
  it('keeps the chair and titles across 以视频形式主持 and 通过视频出席, and 就…提出具体要求 as a speech', () => {
    const r = run(
      [
        '11月9日，县委副书记、县长林志远以视频形式主持召开全县疫情防控工作会议。副县长郑雅琴通过视频连线出席会议。',
        '郑雅琴就做好重点场所防控提出具体要求。',
      ].join('\n'),
    );
    expect(r.attendees).toEqual([
      { name: '林志远', titles: ['县委副书记', '县长'], role: 'chair' },
      { name: '郑雅琴', titles: ['副县长'], role: 'speaker' },
    ]);
  });
});

describe('the situation a statement opens with', () => {
  it('is what the meeting found, not part of the directive', () => {
    const r = run(
      [
        '会议认为，近期全县疫情防控工作取得积极成效，但形势依然严峻，必须毫不松懈抓好各项工作。',
        '会议强调，目前要加强重点人群管控，做到应检尽检。',
        '会议要求，坚决巩固来之不易的防控成效，严防疫情反弹。',
      ].join('\n'),
    );
    expect(r.directives.map((d) => d.text)).toEqual([
      '必须毫不松懈抓好各项工作',
      '目前要加强重点人群管控，做到应检尽检',
      '坚决巩固来之不易的防控成效，严防疫情反弹',
    ]);
  });
});

describe('collective nouns are not people', () => {
  it('skips 全体市管领导 and 有关负责同志', () => {
    const r = run('市委书记李明主持会议。市长王刚及全体市管领导、各部门有关负责同志参加。');
    expect(r.attendees.map((a) => a.name)).toEqual(['李明', '王刚']);
  });
});

describe('date resolution', () => {
  it('rolls the year back for a December meeting published in January', () => {
    expect(monthDayBefore(12, 31, { y: 2022, m: 1, d: 2 })).toEqual({ y: 2021, m: 12, d: 31 });
    expect(dayBefore(30, { y: 2022, m: 1, d: 2 })).toEqual({ y: 2021, m: 12, d: 30 });
    expect(resolveLeadDate('昨天上午,', { y: 2022, m: 3, d: 1 })).toEqual({ y: 2022, m: 2, d: 28 });
    expect(resolveLeadDate('11月23日上午、晚上,', { y: 2022, m: 11, d: 26 })).toEqual({ y: 2022, m: 11, d: 23 });
    expect(resolveLeadDate('会议强调', { y: 2022, m: 11, d: 26 })).toBeNull();
  });
});

describe('a WeChat post dated in Chinese numerals', () => {
  const r = run(
    [
      '点击蓝字 关注我们',
      '二〇二二年十二月三日　科左中旗融媒体中心',
      '科左中旗召开疫情防控工作推进会',
      '12月2日，旗委书记乌力吉主持召开疫情防控工作推进会。',
      '会议要求，要加快推进老年人疫苗接种。',
    ].join('\n'),
  );
  it('reads the numeral date, the day of the meeting from it, and the outlet after it', () => {
    expect(r.meta.publishedAt).toBe('2022-12-03');
    expect(r.meta.meetingDate).toBe('2022-12-02');
    expect(r.meta.outlet).toBe('科左中旗融媒体中心');
  });
  it('reads tens and ones in numerals', () => {
    expect(fullDates('二〇二一年十月三十一日').map((d) => d.date)).toEqual([{ y: 2021, m: 10, d: 31 }]);
    expect(fullDates('二〇二三年一月十日').map((d) => d.date)).toEqual([{ y: 2023, m: 1, d: 10 }]);
    expect(fullDates('二〇二三年十三月一日')).toEqual([]);
  });
});

describe('a headline with 视讯 (video, as Taiwan and Hong Kong write it)', () => {
  it('is no dateline: the lead is still found, and with it the day of the meeting', () => {
    const r = run(
      ['全省疫情防控工作視訊會議召開', '2022-08-16　來源：某某日報', '8月15日晚，全省疫情防控工作視訊會議召開。'].join(
        '\n',
      ),
    );
    expect(r.meta.title).toBe('全省疫情防控工作視訊會議召開');
    expect(r.meta.meetingDate).toBe('2022-08-15');
  });
});

describe('a speaker whose family name is rare', () => {
  it('speaks when the attendees already know the name', () => {
    const r = run(
      [
        '9月3日，市委书记禚明远主持召开疫情防控工作会议。',
        '禚明远强调，要严格落实入境人员闭环管理。要加强冷链物品检测。',
      ].join('\n'),
    );
    expect(r.attendees[0]).toMatchObject({ name: '禚明远', role: 'chair' });
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
      ['禚明远', '要严格落实入境人员闭环管理'],
      ['禚明远', '要加强冷链物品检测'],
    ]);
  });
});

describe('a township meeting', () => {
  it('is placed in the county the page names, not in its city', () => {
    const r = run(
      [
        '漳江镇召开疫情防控工作推进会',
        '6月2日上午，漳江镇召开疫情防控工作推进会，镇党委书记唐建新主持会议。',
        '会议要求，各村要加强返乡人员排查。',
        '（常德市桃源县漳江镇）',
      ].join('\n'),
    );
    expect(r.place).toMatchObject({ name: '桃源', level: 'county', province: '湖南' });
  });
  it('is not read into 各乡镇党委书记 at a county meeting', () => {
    const r = run('6月2日上午，桃源县委书记李明主持召开会议，各乡镇党委书记参加。（常德市桃源县）');
    expect(r.place).toMatchObject({ name: '桃源', level: 'county' });
  });
});

describe("an agency's dateline", () => {
  it('names the outlet before the city and the date', () => {
    const r = run('中新网南宁6月3日电（记者 韦思聪）广西壮族自治区疫情防控工作领导小组2日召开会议。');
    expect(r.meta.outlet).toBe('中新网');
    expect(r.meta.authors).toEqual(['韦思聪']);
    expect(run('本报北京6月3日电 国务院联防联控机制2日召开会议。').meta.outlet).toBeNull();
  });
});

describe('titles beyond the usual heads', () => {
  it('reads 市长助理 and a medical team leader as titles', () => {
    const r = run(
      '5月6日下午，市政府召开专题会议，副市长冯立群主持会议。市长助理蒋文斌，省援助医疗队队长邹海燕参加会议。',
    );
    expect(r.attendees.map((a) => [a.name, a.titles])).toEqual([
      ['冯立群', ['副市长']],
      ['蒋文斌', ['市长助理']],
      ['邹海燕', ['省援助医疗队队长']],
    ]);
  });
});

describe('a lead that gives the year, and a speech opened by 在总结讲话时要求：', () => {
  const r = run(
    [
      '镇疫情防控指挥部召开第八次会议',
      '2022年6月9日 08:10　来源：仙游今报',
      '2022年6月8日下午，县疫情防控指挥部召开第八次会议。会议由县委副书记、县长詹文辉主持。',
      '詹文辉在总结讲话时要求：',
      '（一）加强交通卡口管控，严格落地检。',
      '（二）压实村居防控责任，做好网格化排查。',
    ].join('\n'),
  );
  it('dates the meeting from the lead', () => {
    expect(r.meta.meetingDate).toBe('2022-06-08');
  });
  it('gives the points that follow to the speaker', () => {
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
      ['詹文辉', '（一）加强交通卡口管控，严格落地检'],
      ['詹文辉', '（二）压实村居防控责任，做好网格化排查'],
    ]);
  });
});

describe('a short statement before a sentence with its own subject and modal', () => {
  it('heads nothing: each is a directive', () => {
    const r = run(
      '会议强调，疫情防控是一场硬仗，全县上下务必绷紧思想之弦。各乡镇要切实履行属地责任，对辖区内重点人员逐一排查登记。',
    );
    expect(r.directives.map((d) => d.text)).toEqual([
      '疫情防控是一场硬仗，全县上下务必绷紧思想之弦',
      '各乡镇要切实履行属地责任，对辖区内重点人员逐一排查登记',
    ]);
  });
});

describe('a demand with no modal', () => {
  it('is a directive when a leader 要求 it', () => {
    const r = run('11月2日，区委书记上官明辉主持召开会议。上官明辉要求各街道严格落实“四早”要求，全力做好流调溯源。');
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
      ['上官明辉', '各街道严格落实“四早”要求，全力做好流调溯源'],
    ]);
  });
});

describe('a pronoun opening a speech', () => {
  it('speaks for the chair across 他在总结讲话时强调', () => {
    const r = run('4月2日，县委书记龚海波主持召开会议。他在总结讲话时强调，要严格落实“四早”要求。');
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([['龚海波', '要严格落实“四早”要求']]);
  });
});

describe('names with no family name (Tibetan, Uyghur, Mongolian)', () => {
  it('are read after a title before 作…发言, and in a 、 list after a named leader', () => {
    const r = run(
      '3月27日，州委书记李明主持召开会议。州委副书记、州长洛桑江村作表态发言。州领导格桑、次仁多吉参加会议。',
    );
    expect(r.attendees.map((a) => [a.name, a.titles])).toEqual([
      ['李明', ['州委书记']],
      ['洛桑江村', ['州委副书记', '州长']],
      ['格桑', []],
      ['次仁多吉', []],
    ]);
  });
  it('are read in a byline set apart by a space, but 记者获悉 is no byline', () => {
    expect(run('（记者 阿依古丽 通讯员 马强）5月3日，会议召开。').meta.authors).toEqual(['阿依古丽', '马强']);
    expect(run('记者获悉，5月3日，会议召开。').meta.authors).toEqual([]);
  });
});

describe('an autonomous region named only by its outlet', () => {
  it('is placed in the region the outlet belongs to, not in the outlet’s namesake district', () => {
    const r = run(
      [
        '自治区疫情防控工作领导小组召开会议',
        '2022-08-10 21:30　来源：天山网',
        '8月10日，自治区党委副书记、自治区主席某某某主持召开会议。',
      ].join('\n'),
    );
    expect(r.place).toMatchObject({ name: '新疆', level: 'province' });
  });
});

describe('brackets in a title', () => {
  it('keep a title with its alternatives whole, and do not join a meeting’s name to the chair’s title', () => {
    const r = run(
      '12月8日，市委书记、市疫情防控工作领导小组（指挥部）组长（指挥长）钟建华主持召开会议。县委常委会（扩大）会议由县委书记邵文斌主持。',
    );
    expect(r.attendees.map((a) => [a.name, a.titles])).toEqual([
      ['钟建华', ['市委书记', '市疫情防控工作领导小组（指挥部）组长（指挥长）']],
      ['邵文斌', ['县委书记']],
    ]);
  });
});

describe('一方面…；另一方面…', () => {
  it('are points of their own, not the explanation of the sentence before', () => {
    const r = run(
      '会议强调，优化措施不是放松防控，要科学精准、平稳有序。一方面，要全力保障群众就医用药；另一方面，要加强重点机构防护。',
    );
    expect(r.directives.map((d) => d.text)).toEqual([
      '优化措施不是放松防控，要科学精准、平稳有序',
      '一方面，要全力保障群众就医用药',
      '另一方面，要加强重点机构防护',
    ]);
  });
});

describe('a city that watches a provincial meeting and then holds its own', () => {
  const body = [
    '11月26日下午，全省疫情防控工作电视电话会议召开。市委书记曹立军，市委副书记、市长元方等在绵阳分会场收听收看。',
    '省会结束后，我市紧接着召开全市疫情防控工作会议。曹立军主持会议并讲话。',
  ];
  // the clean text starts at the lead, as the cleaning passes leave it
  const r = run(
    [
      '我市收听收看全省疫情防控工作电视电话会议并召开全市疫情防控工作会议',
      '2022-11-26 22:10　来源：绵阳新闻网',
      ...body,
    ].join('\n'),
    body.join('\n'),
  );
  it('is placed in the city, not the province', () => {
    expect(r.place).toMatchObject({ name: '绵阳', level: 'city' });
  });
  it('keeps the titles given where the leaders watched (在某某分会场收听收看)', () => {
    expect(r.attendees.map((a) => [a.name, a.titles, a.role])).toEqual([
      ['曹立军', ['市委书记'], 'chair'],
      ['元方', ['市委副书记', '市长'], 'attendee'],
    ]);
  });
});

describe('an autonomous county in Xinjiang, dated in numerals', () => {
  const r = run(
    [
      '首页 > 新闻中心 > 县域动态',
      '塔什库尔干县召开疫情防控工作会议',
      '发布时间：2022-09-06 08:12  来源：帕米尔融媒',
      '二〇二二年九月五日上午，县委书记周海波主持召开全县疫情防控工作会议。',
      '县领导阿不都热合曼·买买提、其其格·巴特尔、李建华出席会议。',
    ].join('\n'),
  );
  it('finds the lead by its numeral date, so the headline above it is the title', () => {
    expect(r.meta.title).toBe('塔什库尔干县召开疫情防控工作会议');
    expect(r.meta.meetingDate).toBe('2022-09-05');
  });
  it('places it by the county’s name without the group it is named for (塔吉克, written without 族)', () => {
    expect(r.place).toMatchObject({ name: '塔什库尔干', province: '新疆', level: 'county' });
  });
  it('reads dotted names that hold characters grammar uses elsewhere (都, 其)', () => {
    expect(r.attendees.map((a) => a.name)).toEqual(['周海波', '阿不都热合曼·买买提', '其其格·巴特尔', '李建华']);
  });
  it('reads a numeral month and day without a year against the publication date', () => {
    expect(resolveLeadDate('十二月三十日下午', { y: 2023, m: 1, d: 2 })).toEqual({ y: 2022, m: 12, d: 30 });
  });
});

describe('a page flattened into one line, its headline run on after the breadcrumb', () => {
  const r = run(
    '当前位置：首页 >> 工作动态 >> 正文 信阳市召开疫情防控工作推进会 　 近日，市委书记张和平主持召开全市疫情防控工作推进会，市长李为民出席会议并讲话。 市领导王向东、刘有才参加会议。 【打印本页】 （2022-11-18）',
  );
  it('takes the headline after the last crumb as the title', () => {
    expect(r.meta.title).toBe('信阳市召开疫情防控工作推进会');
  });
  it('reads given names with characters that are grammar elsewhere (和, 为, 向, 有)', () => {
    expect(r.attendees.map((a) => [a.name, a.role])).toEqual([
      ['张和平', 'chair'],
      ['李为民', 'speaker'],
      ['王向东', 'attendee'],
      ['刘有才', 'attendee'],
    ]);
  });
  it('does not take such a character into a name closed by a one-character word (王刚会同…)', () => {
    const people = run('9月2日，市长王刚会同市直有关部门负责同志主持召开会议。').attendees;
    expect(people.map((a) => a.name)).not.toContain('王刚会');
  });
});

describe('numbered points, each a heading and its explanation', () => {
  it('are one directive per point, whether the explanation opens with 要 or not', () => {
    const r = run(
      [
        '会议要求：',
        '一、全面落实优化措施。各地要不折不扣落实各项要求，不得擅自加码。',
        '二、全力做好医疗救治。要加强发热门诊建设，做到应开尽开。',
      ].join('\n\n'),
    );
    expect(r.directives.map((d) => d.text)).toEqual([
      '一、全面落实优化措施。各地要不折不扣落实各项要求，不得擅自加码',
      '二、全力做好医疗救治。要加强发热门诊建设，做到应开尽开',
    ]);
  });
  it('are one directive per point when the points are counted in the text (一要…。二要…。)', () => {
    const r = run(
      [
        '市长黄志强主持召开会议。',
        '他要求，一要强化监测预警。发挥哨点作用，第一时间发现疫情苗头。二要强化隔离管控。对密接人员应隔尽隔。三要强化物资保障，确保储备充足。',
      ].join('\n'),
    );
    expect(r.directives.map((d) => d.text)).toEqual([
      '一要强化监测预警。发挥哨点作用，第一时间发现疫情苗头',
      '二要强化隔离管控。对密接人员应隔尽隔',
      '三要强化物资保障，确保储备充足',
    ]);
  });
});

describe('words spoken in the lead sentence itself', () => {
  const said = (text: string) => {
    const r = run(text);
    return { people: r.attendees.map((a) => [a.name, a.role]), said: r.directives.map((d) => [d.speaker, d.text]) };
  };
  it('after 主持召开…会议并强调 are the chair’s', () => {
    expect(said('6月3日，区委书记韩立东主持召开全区疫情防控工作会议并强调，要压紧压实四方责任。')).toEqual({
      people: [['韩立东', 'chair']],
      said: [['韩立东', '要压紧压实四方责任']],
    });
  });
  it('after 在…会议上强调 put the speaker at the meeting, as its chair when nobody else leads it', () => {
    expect(said('6月3日，区委书记韩立东在全区疫情防控工作会议上指出，要压紧压实四方责任。')).toEqual({
      people: [['韩立东', 'chair']],
      said: [['韩立东', '要压紧压实四方责任']],
    });
  });
  it('after the day and 会议要求 are the meeting’s', () => {
    expect(said('6月3日，会议要求，各镇街要压紧压实四方责任。').said).toEqual([[null, '各镇街要压紧压实四方责任']]);
  });
});

describe('a headline filed under a column, and an intern on the byline', () => {
  const r = run(
    [
      '【权威发布】萍乡市召开疫情防控工作会议',
      '本报讯 9月6日上午，市委书记宋新主持召开全市疫情防控工作会议。',
      '文/记者 甘文华 实习生 罗雨晴 图/记者 钟立',
    ].join('\n'),
  );
  it('leaves the column’s tag out of the title', () => {
    expect(r.meta.title).toBe('萍乡市召开疫情防控工作会议');
  });
  it('credits the intern with the reporters', () => {
    expect(r.meta.authors).toEqual(['甘文华', '罗雨晴', '钟立']);
  });
});

describe('a saved page whose <title> joins the site’s name with a bare hyphen', () => {
  it('gives the headline without the site', () => {
    const r = run(
      ['曲靖市召开疫情防控工作会议-曲靖新闻网', '2022-10-20 09:10 来源：曲靖日报', '10月19日，会议召开。'].join('\n'),
    );
    expect(r.meta.title).toBe('曲靖市召开疫情防控工作会议');
  });
});

describe('two leaders who chair together (共同主持)', () => {
  it('are both chairs, each with their own titles', () => {
    const r = run(
      '11月2日，市委书记、市领导小组组长高建华，市委副书记、市长、市领导小组组长石立新共同主持召开全市疫情防控工作会议。石立新要求，要做好物资保障。',
    );
    expect(r.attendees.map((a) => [a.name, a.role, a.titles])).toEqual([
      ['高建华', 'chair', ['市委书记', '市领导小组组长']],
      ['石立新', 'chair', ['市委副书记', '市长', '市领导小组组长']],
    ]);
  });
});

describe('lists of leaders that share one verb', () => {
  const people = (text: string) => run(text).attendees.map((a) => [a.name, a.role, a.titles.join('|')]);
  it('give 分别讲话 to everyone named before it, so the principal leader chairs', () => {
    expect(people('5月6日，市委书记罗永安，市委副书记、市长钱卫东分别讲话。')).toEqual([
      ['罗永安', 'chair', '市委书记'],
      ['钱卫东', 'speaker', '市委副书记|市长'],
    ]);
  });
  it('read a name before 以及 and after it', () => {
    expect(people('5月6日，市政协主席魏东以及市委常委唐小兵出席会议。')).toEqual([
      ['魏东', 'attendee', '市政协主席'],
      ['唐小兵', 'attendee', '市委常委'],
    ]);
  });
  it('read a compound family name with a given name that is grammar elsewhere, before 作', () => {
    expect(people('5月6日，县委常委、常务副县长司马明月作工作部署。')).toEqual([
      ['司马明月', 'speaker', '县委常委|常务副县长'],
    ]);
  });
});

describe('a leader named again by family name and office (吴书记指出)', () => {
  const text = [
    '3月15日下午，市委书记吴晓华主持召开市委常委会会议。市委副书记、市长王景武，副市长王立新出席会议。',
    '吴书记指出，要加强重点人员排查。',
    '王市长要求，各级各部门要守土尽责。',
    '王副市长表示，要做好物资保障。',
  ].join('\n');
  const r = run(text);
  it('gives each statement to the leader who holds that office', () => {
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
      ['吴晓华', '要加强重点人员排查'],
      ['王景武', '各级各部门要守土尽责'],
      ['王立新', '要做好物资保障'],
    ]);
  });
  it('makes them speakers', () => {
    expect(r.attendees.map((a) => [a.name, a.role])).toEqual([
      ['吴晓华', 'chair'],
      ['王景武', 'speaker'],
      ['王立新', 'speaker'],
    ]);
  });
  it('guesses nobody when the family name and office fit no one', () => {
    const d = run('3月15日，市委书记吴晓华主持会议。李市长要求，要守土尽责。').directives;
    expect(d.map((x) => x.speaker)).not.toContain('吴晓华');
  });
});

describe('a headline in two lines, the second a ——subtitle', () => {
  it('gives both lines as the title', () => {
    const r = run(
      [
        '坚决守住不发生规模性疫情底线',
        '——市委常委会召开扩大会议专题研究疫情防控工作',
        '发布日期：2022-05-20',
        '5月19日，市委书记刘玉杰主持召开市委常委会扩大会议。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('坚决守住不发生规模性疫情底线——市委常委会召开扩大会议专题研究疫情防控工作');
  });
  it('drops the dash when the main line is too short to be read as a headline', () => {
    const r = run(['守住底线', '——市委常委会召开会议研究疫情防控工作', '5月19日，会议召开。'].join('\n'));
    expect(r.meta.title).toBe('市委常委会召开会议研究疫情防控工作');
  });
  it('joins a kicker (…会议时强调) to the headline it leads into', () => {
    const r = run(
      [
        '市委书记李红军主持召开市委应对疫情工作领导小组会议时强调',
        '坚决守住不发生规模性疫情底线',
        '发布日期：2022-12-02',
        '12月1日晚，市委书记李红军主持召开会议。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('市委书记李红军主持召开市委应对疫情工作领导小组会议时强调 坚决守住不发生规模性疫情底线');
  });
  it('does not join a kicker to a line that is no headline', () => {
    const r = run(
      [
        '市委书记李红军主持召开会议时强调',
        '本网讯，各地要按照要求做好工作',
        '12月1日晚，市委书记李红军主持召开会议。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('市委书记李红军主持召开会议时强调');
  });
  it('drops a label before the headline (Title: …, 标题：…)', () => {
    for (const label of ['Title: ', '标题：']) {
      const r = run([`${label}市疫情防控指挥部召开第十五次会议`, '3日上午，市疫情防控指挥部召开会议。'].join('\n'));
      expect(r.meta.title).toBe('市疫情防控指挥部召开第十五次会议');
    }
  });
});

describe('an outlet that is an official account (某某发布)', () => {
  it('is read after a middle dot after the date stamp', () => {
    const r = run(['市委召开疫情防控工作会议', '原创 2022-03-03 14:17 · 澎湃新闻', '3月2日，会议召开。'].join('\n'));
    expect(r.meta.outlet).toBe('澎湃新闻');
  });
  it('is read after the date stamp', () => {
    const r = run(['滨海新区召开疫情防控工作会议', '2022-01-10 21:05  天津滨海发布', '1月10日，会议召开。'].join('\n'));
    expect(r.meta.outlet).toBe('天津滨海发布');
  });
});

describe('header shapes: a meeting over days, 文/图 before a name, a regional channel', () => {
  it('dates a meeting over two days by its first', () => {
    const r = run(
      [
        '我县召开疫情防控工作调度会',
        '2022-11-28 来源：泾县人民政府',
        '11月27日至28日，县委书记黄德鹏连续主持召开调度会。',
      ].join('\n'),
    );
    expect(r.meta.meetingDate).toBe('2022-11-27');
  });
  it('reads a name after 文/图 with a space', () => {
    const r = run(
      ['县委常委会召开会议研究部署疫情防控工作', '3月4日晚，会议召开。', '（作者：文/图 龙淑芬 通讯员 刘颖）'].join(
        '\n',
      ),
    );
    expect(r.meta.authors).toEqual(['龙淑芬', '刘颖']);
  });
  it('gives the outlet without its regional channel', () => {
    const r = run(
      ['吉林市召开疫情防控工作会议', '2022年3月5日 来源：人民网-吉林频道', '3月4日，会议召开。'].join('\n'),
    );
    expect(r.meta.outlet).toBe('人民网');
  });
});

describe('places that are no evidence', () => {
  it('takes no place from a national outlet named like a division (新华网, 光明日报)', () => {
    for (const outlet of ['新华网', '光明日报', '东方网']) {
      const r = run(
        ['区疫情防控工作领导小组召开会议', `2022-10-21 来源：${outlet}`, '10月20日，区委书记赵刚主持召开会议。'].join(
          '\n',
        ),
      );
      expect(r.place).toBeNull();
    }
  });
  it('takes no place from one bare mention of a place the report speaks of (北京冬奥会, 三亚等地)', () => {
    for (const lead of ['北京冬奥会即将开幕，要做好疫情防控。', '当前海南三亚等地疫情形势严峻，要严防输入。']) {
      const r = run(
        ['县委召开疫情防控工作会议', '3月2日，县委书记张建国主持召开会议。', `会议指出，${lead}`].join('\n'),
      );
      expect(r.place, lead).toBeNull();
    }
  });
  it('takes no place from a spam line', () => {
    const r = run(
      [
        '区疫情防控工作领导小组召开会议',
        '10月20日，区委书记赵刚主持召开会议。',
        '澳门新葡京娱乐场官网 注册即送88元',
      ].join('\n'),
    );
    expect(r.place).toBeNull();
  });
});

describe('a leader who comes to direct the work (到指挥部调度) rather than chair a meeting', () => {
  const r = run(
    [
      '4月17日下午，区委书记张立新到区疫情防控指挥部调度疫情防控工作。区委副书记、区长刘卫东参加。',
      '张立新在听取汇报后指出，形势依然严峻复杂。他强调，全区各级各部门务必保持高度警惕。',
      '刘卫东就做好相关工作提出具体要求。',
    ].join('\n'),
  );
  it('keeps the titles of the mention that put them there, and leads with the principal named first', () => {
    expect(r.attendees.map((a) => [a.name, a.role, a.titles.join('|')])).toEqual([
      ['张立新', 'chair', '区委书记'],
      ['刘卫东', 'speaker', '区委副书记|区长'],
    ]);
  });
});

describe('an inspection: the leader goes round sites and speaks at each (在县人民医院，王明要求)', () => {
  const lines = (leader: string, office: string) => [
    `${office}${leader}调研疫情防控工作`,
    `10月14日，${office}${leader}深入城关镇、人民医院，实地调研疫情防控工作。办公室主任李华陪同调研。`,
    `在城关镇检查站，${leader}详细询问了人员车辆查验情况。他强调，要严格落实“落地检”，做到不漏一车。`,
    `在人民医院，${leader}要求，要加强发热门诊管理，严格预检分诊制度。`,
  ];
  for (const [leader, office] of [
    ['王明', '县委书记'],
    ['乌力吉', '旗委书记'],
  ] as const) {
    it(`lists ${leader}, who led it, and gives them every directive`, () => {
      const r = run(lines(leader, office).join('\n'));
      expect(r.attendees.map((a) => [a.name, a.role, a.titles.join('|')])).toEqual([
        [leader, 'chair', office],
        ['李华', 'attendee', '办公室主任'],
      ]);
      expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
        [leader, '要严格落实“落地检”，做到不漏一车'],
        [leader, '要加强发热门诊管理，严格预检分诊制度'],
      ]);
    });
  }
  it('reads a name after a clause that sets the scene only when the words of speech follow it', () => {
    const r = run(
      ['县委书记王明主持召开会议。', '在会议开始前，全体起立默哀。在听取汇报后，王明要求，要压实责任。'].join('\n'),
    );
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([['王明', '要压实责任']]);
  });
});

describe('publication stamps in other shapes', () => {
  const published = (stamp: string) =>
    run(['市委召开疫情防控工作会议', stamp, '3月2日，市委书记王明主持召开会议。'].join('\n')).meta.publishedAt;
  it('reads an ISO time and a time in 时/分', () => {
    expect(published('发布时间:2022-03-03T14:17:00+08:00')).toBe('2022-03-03T14:17');
    expect(published('2022年3月3日 14时17分')).toBe('2022-03-03T14:17');
  });
  it('reads the time after the weekday', () => {
    expect(published('发布时间：2022年3月3日 星期四 14:17')).toBe('2022-03-03T14:17');
    expect(published('2022-03-03 周四 14:17 来源：某某网')).toBe('2022-03-03T14:17');
  });
  it('prefers when the page came out to when it was updated', () => {
    expect(published('更新时间：2022-03-04 09:00 发布时间：2022-03-03 14:17')).toBe('2022-03-03T14:17');
  });
});

describe("the site named after a page's headline", () => {
  it('is the outlet when nothing else names one', () => {
    const r = run(
      ['州委召开疫情防控工作会议 - 红河州人民政府', '发布日期：2022年08月10日', '8月9日，会议召开。'].join('\n'),
    );
    expect(r.meta.title).toBe('州委召开疫情防控工作会议');
    expect(r.meta.outlet).toBe('红河州人民政府');
  });
  it('is cut after 丨 as after a bar', () => {
    const r = run(['州委召开疫情防控工作会议丨红河新闻网', '8月9日，会议召开。'].join('\n'));
    expect([r.meta.title, r.meta.outlet]).toEqual(['州委召开疫情防控工作会议', '红河新闻网']);
  });
  it('is not taken from a source line that names none (来源：本站 / 网络 / 综合)', () => {
    for (const src of ['来源：本站原创', '来源：网络', '来源：综合']) {
      const r = run(['州委召开疫情防控工作会议_红河新闻网', src, '8月9日，会议召开。'].join('\n'));
      expect(r.meta.outlet).toBe('红河新闻网');
    }
  });
  it('gives way to a source line', () => {
    const r = run(['州委召开疫情防控工作会议_红河新闻网', '来源：红河日报', '8月9日，会议召开。'].join('\n'));
    expect(r.meta.outlet).toBe('红河日报');
  });
});

describe('a credit line by medium (文字：… 摄影：… 视频：…)', () => {
  it('names everyone credited', () => {
    const raw = ['市委召开疫情防控工作会议', '文字：张三 摄影：李四 视频：王五', '3月2日，会议召开。'].join('\n');
    expect(run(raw).meta.authors).toEqual(['张三', '李四', '王五']);
  });
});

describe('a WeChat column before a bar in the headline', () => {
  const title = (line: string) => run([line, '2022-10-30', '10月30日下午，会议召开。'].join('\n')).meta.title;
  it('is not part of the title', () => {
    expect(title('疫情防控 | 全市疫情防控工作会议召开')).toBe('全市疫情防控工作会议召开');
    expect(title('聚焦丨全市疫情防控工作会议召开')).toBe('全市疫情防控工作会议召开');
  });
  it('is not confused with the site after a short headline', () => {
    expect(title('市委召开常委会会议 | 宿州市人民政府网')).toBe('市委召开常委会会议');
  });
});

describe('people around an inspection (检查督导)', () => {
  const r = run(
    [
      '5月9日，市委书记钱远坤深入曾都区检查督导疫情防控工作。市委常委、秘书长孙华陪同。',
      '在曾都区疫情防控指挥部，钱远坤听取了区委书记李明关于疫情防控工作情况的汇报。',
    ].join('\n'),
  );
  const byName = () => Object.fromEntries(r.attendees.map((a) => [a.name, a.titles]));
  it('counts whoever accompanies the leader', () => {
    expect(byName()['孙华']).toEqual(['市委常委', '秘书长']);
  });
  it('gives someone reporting to the leader their own title, not the clause before it', () => {
    expect(byName()['李明']).toEqual(['区委书记']);
  });
});

describe('directives phrased around what the meeting did', () => {
  const said = (text: string) =>
    run(`3月2日，市委书记王明主持召开会议。\n${text}`).directives.map((d) => [d.speaker, d.text]);
  it('reads what a meeting asked after saying what it heard (会议听取了…汇报，要求…)', () => {
    expect(said('会议听取了市卫健委关于疫情防控工作的汇报，要求各地加强监测预警。')).toEqual([
      [null, '各地加强监测预警'],
    ]);
  });
  it('reads points a leader raised in a speech (在讲话中对…提出四点要求：一要…)', () => {
    expect(said('王明在讲话中对下一步工作提出四点要求：一要提高站位；二要压实责任。')).toEqual([
      ['王明', '一要提高站位'],
      ['王明', '二要压实责任'],
    ]);
  });
});

describe('a meeting day not at the start of the lead', () => {
  const meeting = (...lines: string[]) => {
    const raw = lines.join('\n');
    return extractMetadata(buildContext(raw, lines.slice(2).join('\n'))).meetingDate;
  };
  it('is read right before the meeting verb (王明3月2日主持召开)', () => {
    expect(meeting('市委召开疫情防控工作会议', '发布时间：2022-03-03', '市委书记王明3月2日主持召开会议。')).toBe(
      '2022-03-02',
    );
  });
  it('is read from the headline when the lead says only 近日', () => {
    expect(meeting('3月2日市委召开疫情防控工作会议', '发布时间：2022-03-03', '近日，市委书记王明主持召开会议。')).toBe(
      '2022-03-02',
    );
  });
  it('is not taken from a day that dates something else (3月1日以来)', () => {
    expect(meeting('市委召开疫情防控工作会议', '发布时间：2022-03-03', '3月1日以来，我市召开多次会议。')).toBeNull();
  });
});

describe('two-character names set out with a blank (王　刚), as typesetters line them up', () => {
  const r = run(
    [
      '3月2日，市委书记王　刚主持召开会议。市领导李　明、张晓华、赵　军出席会议。',
      '王　刚强调，要严格落实防控措施。',
      '（记者 方　芳）',
    ].join('\n'),
  );
  it('are read and given without the blank', () => {
    expect(r.attendees.map((a) => [a.name, a.role])).toEqual([
      ['王刚', 'chair'],
      ['李明', 'attendee'],
      ['张晓华', 'attendee'],
      ['赵军', 'attendee'],
    ]);
    expect(r.directives.map((d) => d.speaker)).toEqual(['王刚']);
    expect(r.meta.authors).toEqual(['方芳']);
  });
});

describe('a meeting the chair did not address, reported the next day', () => {
  const r = run(
    [
      '市委召开疫情防控工作专题会议',
      '2022年11月21日 来源：某某日报',
      '昨天（11月19日）下午，市委召开疫情防控工作专题会议。会议由市委副书记、市长王五主持，市委书记赵六出席并讲话。',
      '赵六说，当前疫情防控形势严峻复杂，全市上下必须坚定信心。',
      '他表示，各级领导干部要靠前指挥、下沉一线。',
      '会上，县委常委、宣传部长卫东领学了有关文件精神。',
    ].join('\n'),
  );
  it('dates the meeting by the day in brackets, not by the page', () => {
    expect(r.meta.meetingDate).toBe('2022-11-19');
  });
  it('gives 他 to the one who spoke last (赵六说), not to the chair', () => {
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
      ['赵六', '全市上下必须坚定信心'],
      ['赵六', '各级领导干部要靠前指挥、下沉一线'],
    ]);
  });
  it('lists who read out at the session (领学)', () => {
    expect(r.attendees.map((a) => a.name)).toContain('卫东');
  });
});

describe('given names with characters that are also words of titles (大, 书, 常)', () => {
  it('reads 陈大文, 李书华 and 张常青, and still no name in 吴书记', () => {
    const r = run(
      [
        '区疫情防控指挥部召开会议',
        '3月8日上午，区长陈大文主持召开会议。区人大常委会副主任李书华、常务副区长张常青出席。',
        '陈大文强调，各部门要切实做好快速检测包派发工作。',
        '吴书记要求，要加强安老院舍防控。',
      ].join('\n'),
    );
    expect(r.attendees.map((a) => [a.name, a.role])).toEqual([
      ['陈大文', 'chair'],
      ['李书华', 'attendee'],
      ['张常青', 'attendee'],
    ]);
    expect(r.directives[0]!.speaker).toBe('陈大文');
  });
});

describe('points announced in a sentence of their own', () => {
  it('gives the points after 提出三点要求。 to the one who made them', () => {
    const r = run(
      [
        '3月2日，市委书记王明主持召开会议。',
        '王明对做好下一步工作提出三点要求。一是要提高政治站位。二是要强化源头管控，严格落实闭环管理。',
        '市领导李强出席会议。',
      ].join('\n'),
    );
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
      ['王明', '一是要提高政治站位'],
      ['王明', '二是要强化源头管控，严格落实闭环管理'],
    ]);
  });
  it('does not give who is asked (会议要求各地各部门：) as a directive', () => {
    const r = run(
      [
        '3月2日，市委书记王明主持召开会议。',
        '会议要求各地各部门：',
        '（一）严格落实“四早”要求；',
        '（二）加快推进疫苗接种。',
      ].join('\n'),
    );
    expect(r.directives.map((d) => d.text)).toEqual(['（一）严格落实“四早”要求', '（二）加快推进疫苗接种']);
  });
});

describe("a city's round-up of what its counties did", () => {
  const r = run(
    [
      '我市各地迅速部署疫情防控工作',
      '来源：某某日报 2022-04-02',
      '连日来，我市各县（市、区）认真贯彻落实全市疫情防控工作会议精神，迅速行动、周密部署。',
      '桐庐县：4月1日，县委书记方毅主持召开县疫情防控工作领导小组会议。',
      '淳安县：4月1日，县委书记黄海峰主持召开专题会议，要求各乡镇加强卡口管控。',
      '建德市：建德市委书记费志荣深入各乡镇检查疫情防控工作。',
    ].join('\n'),
  );
  it('finds the headline though no line opens with a day or a dateline', () => {
    expect(r.meta.title).toBe('我市各地迅速部署疫情防控工作');
  });
  it('places it in the city the counties belong to', () => {
    expect(r.place).toMatchObject({ name: '杭州', level: 'city' });
  });
  it('still places a county meeting that names its neighbours in the county', () => {
    const county = run(
      [
        '桐庐县召开疫情防控工作会议',
        '4月1日，县委书记方毅主持召开会议。会议指出，毗邻的淳安县、建德市、富阳区近期出现疫情，我县要严防输入。',
      ].join('\n'),
    );
    expect(county.place).toMatchObject({ name: '桐庐', level: 'county' });
  });
});

describe('place names that are two places', () => {
  it('reads a bare province name (河北日报, 发布于河北) as the province, not as 天津’s 河北区', () => {
    const r = run(
      [
        '市疫情防控工作领导小组召开会议',
        '河北日报 2022-03-03 10:12 发布于河北 河北日报官方账号',
        '3月2日，市委书记张建国主持召开市疫情防控工作领导小组会议。',
      ].join('\n'),
    );
    expect(r.place).toMatchObject({ name: '河北', level: 'province' });
  });
  it('takes the bare name opening the headline (吉林召开…) as the host, over a paper named by a nickname', () => {
    const r = run(
      [
        '吉林召开疫情防控工作会议',
        '2022-03-12 来源：江城日报',
        '3月11日，市委书记王路主持召开全市疫情防控工作会议。',
      ].join('\n'),
    );
    expect(r.place).toMatchObject({ name: '吉林', province: '吉林', level: 'city' });
  });
  it('still places 天津’s 河北区 when the report names it with its suffix', () => {
    const r = run(['河北区召开疫情防控工作会议', '3月2日，区委书记张建国主持召开会议。'].join('\n'));
    expect(r.place).toMatchObject({ name: '河北', province: '天津', level: 'district' });
  });
  const districtMeeting = (source: string, lead: string) =>
    run(['区委书记主持召开区疫情防控工作会议', `2022-04-06\u3000来源：${source}`, lead].join('\n')).place;
  it('reads a district several cities have (普陀, 鼓楼, 朝阳, 通州) as the one in the city the page names', () => {
    // in the lead, right after its city
    expect(districtMeeting('普陀新闻网', '4月5日，舟山市普陀区委书记陈立新主持召开会议。')).toMatchObject({
      name: '普陀',
      province: '浙江',
      level: 'district',
    });
    // in the outlet, after its city, suffixed or bare
    expect(districtMeeting('福州市鼓楼区人民政府', '4月5日，区委书记陈立新主持召开会议。')).toMatchObject({
      name: '鼓楼',
      province: '福建',
    });
    expect(districtMeeting('长春朝阳发布', '4月5日，区委书记陈立新主持召开会议。')).toMatchObject({
      name: '朝阳',
      province: '吉林',
      level: 'district',
    });
    // anywhere else on the page
    expect(
      districtMeeting('通州区人民政府', '日前，区委书记陈立新主持召开会议，传达南通市委常委会会议精神。'),
    ).toMatchObject({ name: '通州', province: '江苏' });
    // and with nothing to tell, still one of them
    expect(districtMeeting('通州区人民政府', '日前，区委书记陈立新主持召开会议。')).toMatchObject({ name: '通州' });
  });
  it('takes no host from a subordinate secretary present (州委常委、个旧市委书记…出席)', () => {
    const r = run(
      [
        '州委书记主持召开州疫情防控工作领导小组会议',
        '2022-09-03　来源：红河日报',
        '9月2日，州委书记、州疫情防控工作领导小组组长杨建华主持召开会议。州委常委、个旧市委书记李卫东出席会议。',
      ].join('\n'),
    );
    expect(r.place).toMatchObject({ name: '红河', province: '云南', level: 'city' });
  });
  it('places a street’s or a town’s meeting in its district or county, not in the city whose meeting it relays', () => {
    const street = run(
      [
        '东湖街道召开疫情防控工作部署会',
        '2022-11-08　来源：鼓楼区人民政府',
        '11月7日，鼓楼区东湖街道召开疫情防控工作部署会，传达学习南京市疫情防控工作会议精神。街道党工委书记王芳主持会议。',
      ].join('\n'),
    );
    expect(street.place).toMatchObject({ name: '鼓楼', province: '江苏', level: 'district' });
    const town = run(
      [
        '石桥镇召开疫情防控工作推进会',
        '2022-11-03　来源：凤冈县人民政府网',
        '11月2日，石桥镇召开疫情防控工作推进会，传达学习市疫情防控工作会议精神。镇党委书记刘军主持会议。',
      ].join('\n'),
    );
    expect(town.place).toMatchObject({ name: '凤冈', province: '贵州', level: 'county' });
  });
});

describe('credits at the end of a report in other shapes', () => {
  const authors = (credit: string) =>
    run(['市疫情防控工作领导小组召开会议', '3月2日，市委书记张建国主持召开会议。', credit].join('\n')).meta.authors;
  it('reads names signed in brackets, credited by 报道 or by /文 /图, and a cue with a bar', () => {
    expect(authors('会议强调，要迅速启动应急响应机制。（刘晓明 陈丽）')).toEqual(['刘晓明', '陈丽']);
    expect(authors('刘晓明 陈丽 报道')).toEqual(['刘晓明', '陈丽']);
    expect(authors('刘晓明/文 陈丽/图')).toEqual(['刘晓明', '陈丽']);
    expect(authors('记者｜刘晓明 编辑｜陈丽')).toEqual(['刘晓明']);
  });
  it('reads a byline with Windows line ends, and a signature on a page flattened into one line', () => {
    const crlf = run(
      ['市疫情防控工作领导小组召开会议', '3月2日，市委书记张建国主持召开会议。', '融媒体中心记者 彭媛 吴彪', ''].join(
        '\r\n',
      ),
    );
    expect(crlf.meta.authors).toEqual(['彭媛', '吴彪']);
    const flat = run('市疫情防控工作领导小组召开会议  3月2日，市委书记张建国主持召开会议。(陈志奎)  版权所有 某某网');
    expect(flat.meta.authors).toEqual(['陈志奎']);
  });
  it('reads WeChat credits with a bar (来源丨, 文丨, 编辑｜) and a transcribed name after another in a byline', () => {
    const r = run(
      [
        '市疫情防控工作领导小组召开会议',
        '3月2日，市委书记张建国主持召开会议。',
        '来源丨区融媒体中心',
        '文丨刘晓明',
        '编辑｜陈丽',
      ].join('\n'),
    );
    expect(r.meta.outlet).toBe('区融媒体中心');
    expect(r.meta.authors).toEqual(['刘晓明']);
    expect(r.meta.editor).toBe('陈丽');
    // a bilingual portal's English label
    expect(
      run(['市疫情防控工作领导小组召开会议', 'Source: 三亚日报\u3000Date: 2022-08-31'].join('\n')).meta.outlet,
    ).toBe('三亚日报');
    expect(authors('（记者 刘晓明 阿依古丽·买买提）')).toEqual(['刘晓明', '阿依古丽·买买提']);
    // no word after a name is taken for one
    expect(authors('（记者 刘晓明 报道）')).toEqual(['刘晓明']);
  });
  it('takes no names from a bracket or a line that holds anything else', () => {
    expect(authors('各乡镇要加强管控。（社区 街道）')).toEqual([]);
    expect(authors('市领导王芳 赵刚出席会议 报道')).toEqual([]);
  });
});

describe('a leader named again by the whole title alone (市长要求)', () => {
  it('gives the words to the one attendee holding that title', () => {
    const r = run(
      [
        '3月2日，市委书记张建国主持召开会议。市委副书记、市长李卫东，副市长王芳、赵刚出席。',
        '市委书记在讲话中强调，要迅速启动应急响应机制。',
        '市长要求，要精准快速开展流调溯源。',
        '副市长指出，要加强隔离点管理。',
      ].join('\n'),
    );
    expect(r.directives.map((d) => [d.speaker, d.text])).toEqual([
      ['张建国', '要迅速启动应急响应机制'],
      ['李卫东', '要精准快速开展流调溯源'],
    ]);
    expect(r.attendees.find((a) => a.name === '李卫东')!.role).toBe('speaker');
  });
});

describe('an outlet named by the lead', () => {
  const outlet = (lead: string) =>
    run(['市疫情防控工作领导小组召开会议', `${lead}3月2日，市委书记张建国主持召开会议。`].join('\n')).meta.outlet;
  it('reads 【绵阳日报】, 央视网消息： and 据绵阳日报消息，', () => {
    expect(outlet('【绵阳日报】')).toBe('绵阳日报');
    expect(outlet('央视网消息：')).toBe('央视网');
    expect(outlet('据绵阳日报消息，')).toBe('绵阳日报');
  });
  it('takes no outlet from the report itself (本报消息) or from a column tag', () => {
    expect(outlet('本报消息：')).toBeNull();
    expect(outlet('【疫情防控】')).toBeNull();
  });
});

describe('a point whose heading is a paragraph of its own', () => {
  it('is one directive with the paragraph that explains it', () => {
    const r = run(
      [
        '3月2日，县委书记王明主持召开会议。',
        '会议强调，各乡镇要高度重视。',
        '要备好备足隔离场所。',
        '全力开展隔离场所挖潜扩容，加大对集中隔离板房建设改造力度，做到有备无患。',
        '要严格居家隔离管理。',
        '严格落实居家隔离医学观察管理要求，强化干部责任，督促做好个人防护。',
      ].join('\n\n'),
    );
    expect(r.directives.map((d) => d.text)).toEqual([
      '各乡镇要高度重视',
      '要备好备足隔离场所。\n\n全力开展隔离场所挖潜扩容，加大对集中隔离板房建设改造力度，做到有备无患',
      '要严格居家隔离管理。\n\n严格落实居家隔离医学观察管理要求，强化干部责任，督促做好个人防护',
    ]);
  });
  it('stays apart from a paragraph of narrative or credits after it', () => {
    const r = run(
      [
        '3月2日，县委书记王明主持召开会议。',
        '王明强调，要压实属地责任。',
        '副市长李强通报了全市疫情防控工作情况。',
        '刘晓明/文 陈丽/图',
      ].join('\n\n'),
    );
    expect(r.directives.map((d) => d.text)).toEqual(['要压实属地责任']);
  });
});

describe('a press conference with a roster', () => {
  const raw = [
    '区新冠肺炎疫情防控工作新闻发布会（第五场）',
    '2022-11-20 16:30\u3000来源：沙坪坝区融媒体中心',
    '11月20日下午，区政府召开新冠肺炎疫情防控工作新闻发布会（第五场）。',
    '主持人：区委宣传部副部长 周丽娟',
    '发布人：区政府副区长 赵文斌',
    '\u3000\u3000\u3000\u3000区卫生健康委主任 孙海燕',
    '赵文斌介绍，全区新增本土确诊病例12例。',
    '问：居家人员有就医需求怎么办？',
    '孙海燕：居民可拨打就医保障热线。',
  ].join('\n');
  const r = processText('presser', 'presser.txt', raw);
  it('keeps the roster in the text and takes its people with their roles', () => {
    expect(r.clean).toContain('发布人：区政府副区长 赵文斌');
    expect(r.attendees).toEqual([
      { name: '周丽娟', titles: ['区委宣传部副部长'], role: 'chair' },
      { name: '赵文斌', titles: ['区政府副区长'], role: 'speaker' },
      { name: '孙海燕', titles: ['区卫生健康委主任'], role: 'speaker' },
    ]);
  });
  it('still takes a page’s 发布人 with no title for the site’s record', () => {
    const page = processText(
      'p',
      'p.txt',
      ['市疫情防控工作领导小组召开会议', '发布人：admin', '3月2日，市委书记张建国主持召开会议。'].join('\n'),
    );
    expect(page.clean).not.toContain('admin');
  });
});

describe('directives in other shapes of speech', () => {
  const directives = (...paras: string[]) =>
    run(['3月2日，县委书记张建国主持召开会议，县长李明华出席会议并讲话。', ...paras].join('\n')).directives.map((d) => [
      d.speaker,
      d.text,
    ]);
  it('reads a speaker behind an adverb or a clause of what they did (还强调, 特别强调, 就…作了部署，要求)', () => {
    expect(
      directives(
        '张建国强调，要压实四方责任。',
        '李明华还强调，要加强督导检查。',
        '张建国再次强调，各级党组织要发挥战斗堡垒作用。',
        '李明华就近期重点工作作了具体部署，要求各部门要备足隔离场所。',
        '李明华同志就学校疫情防控工作提出要求，要严格落实晨午检制度。',
        '针对采样排队过长的问题，他要求县卫健局增派采样人员。',
      ),
    ).toEqual([
      ['张建国', '要压实四方责任'],
      ['李明华', '要加强督导检查'],
      ['张建国', '各级党组织要发挥战斗堡垒作用'],
      ['李明华', '各部门要备足隔离场所'],
      ['李明华', '要严格落实晨午检制度'],
      ['李明华', '县卫健局增派采样人员'],
    ]);
  });
  it('takes numbered points whatever verb opens them, in other list marks, and modals other than 要', () => {
    expect(
      directives(
        '会议要求，各镇要做好以下三项工作：',
        '①做实核酸检测，合理设置采样点。',
        '2）保障群众基本生活，加强物资调度。',
        '——组织党员干部下沉社区。',
        '会议强调，各单位应立即启动应急值班制度，绝不允许出现推诿扯皮问题。',
      ),
    ).toEqual([
      [null, '①做实核酸检测，合理设置采样点'],
      [null, '2）保障群众基本生活，加强物资调度'],
      [null, '——组织党员干部下沉社区'],
      [null, '各单位应立即启动应急值班制度，绝不允许出现推诿扯皮问题'],
    ]);
  });
  it('takes a numbered heading on a line of its own with the paragraph that explains it', () => {
    expect(directives('会议要求：', '（一）织密外防输入防线', '各乡镇要加强排查管控。交通部门要强化查验。')).toEqual([
      [null, '（一）织密外防输入防线\n各乡镇要加强排查管控。交通部门要强化查验'],
    ]);
  });
  it('keeps a short directive opened by its speaker apart from the paragraph after it', () => {
    expect(directives('张建国强调，要压实四方责任。', '各乡镇要严格落实返乡人员“落地检”措施，做到应检尽检。')).toEqual([
      ['张建国', '要压实四方责任'],
      ['张建国', '各乡镇要严格落实返乡人员“落地检”措施，做到应检尽检'],
    ]);
  });
  it('reads the paragraphs after 会议对…作了安排部署 as what the meeting asked', () => {
    expect(directives('会议对下一步疫情防控工作作了安排部署。', '各镇要加强返乡人员排查管控。')).toEqual([
      [null, '各镇要加强返乡人员排查管控'],
    ]);
  });
  it('takes no directive from what others said, what was achieved or how things stand', () => {
    expect(
      directives(
        '张建国强调，要加快核酸筛查进度。',
        '国务院副总理孙春兰此前在吉林调研时指出，要坚决果断采取措施。',
        '会上，各乡镇党委书记作了表态发言，表示要坚决落实县委部署。',
        '会议认为，疫情发生以来，全县上下坚持人民至上，取得了阶段性成效。',
        '会议指出，当前正处在爬坡过坎的紧要关头，工作中仍有一些需要解决的问题。',
      ),
    ).toEqual([['张建国', '要加快核酸筛查进度']]);
  });
});

describe('when the meeting was, written between the chair’s name and 主持', () => {
  const lead = (when: string) =>
    processText(
      'lead',
      'lead.txt',
      [
        '衡阳市召开疫情防控工作会议',
        '发布时间：2022-04-12',
        `市委书记钟佑文${when}主持召开全市疫情防控工作会议。市委副书记、市长谭晓岚出席会议并讲话。`,
      ].join('\n'),
    );
  it.each([
    ['11日', '2022-04-11'],
    ['昨天下午', '2022-04-11'],
    ['11日下午在市疫情防控指挥中心', '2022-04-11'],
    ['日前', null],
  ])('%s: the chair keeps the chair, and the day dates the meeting', (when, date) => {
    const r = lead(when);
    expect(r.attendees.map((a) => [a.name, a.role])).toEqual([
      ['钟佑文', 'chair'],
      ['谭晓岚', 'speaker'],
    ]);
    expect(r.meetingDate).toBe(date);
  });
});

describe('a report of no meeting', () => {
  it('gives a case bulletin no meeting date, attendees or directives', () => {
    const r = processText(
      'bulletin',
      'bulletin.txt',
      [
        '石家庄市新冠肺炎疫情情况通报',
        '发布时间：2022-04-06 08:15',
        '2022年4月5日0—24时，石家庄市新增本土确诊病例3例，新增本土无症状感染者12例，均为集中隔离管控人员。',
      ].join('\n'),
    );
    expect(r.publishedAt).toBe('2022-04-06T08:15');
    expect(r.meetingDate).toBeNull();
    expect(r.attendees).toEqual([]);
    expect(r.directives).toEqual([]);
  });
});

describe('attendees in other shapes', () => {
  const people = (...paras: string[]) =>
    run(paras.join('\n')).attendees.map((a) => [a.name, a.role, a.titles.join('、')]);
  it('reads names with 绍, 开, 加, 从, 人 or 任, rare family names, and titles the list lacked', () => {
    expect(
      people(
        '3月1日，市委书记林从军主持召开会议。副市长左绍华、王开明、杨加林，市政府秘书长王人杰，市政府顾问蔡永福，人民银行市中心支行行长吕任远出席会议。',
        '禚宏岩强调，要做好物资保障。',
      ),
    ).toEqual([
      ['林从军', 'chair', '市委书记'],
      ['左绍华', 'attendee', '副市长'],
      ['王开明', 'attendee', '副市长'],
      ['杨加林', 'attendee', '副市长'],
      ['王人杰', 'attendee', '市政府秘书长'],
      ['蔡永福', 'attendee', '市政府顾问'],
      ['吕任远', 'attendee', '人民银行市中心支行行长'],
      ['禚宏岩', 'speaker', ''],
    ]);
  });
  it('keeps the opener out of the title (参加会议的还有…) and 一行 out of the name', () => {
    expect(
      people('3月1日，市委书记林从军主持召开会议。省卫健委副主任黎晓波一行出席会议。参加会议的还有副市长李卫东。'),
    ).toEqual([
      ['林从军', 'chair', '市委书记'],
      ['黎晓波', 'attendee', '省卫健委副主任'],
      ['李卫东', 'attendee', '副市长'],
    ]);
  });
  it('reads a roster announced at the end of a sentence, one person per line', () => {
    expect(
      people(
        '3月1日，市疫情防控工作领导小组召开会议。出席会议的市领导：',
        '市委书记\u3000巩立峰',
        '市委副书记、市长\u3000聂春燕',
        '巩立峰主持会议并讲话。',
      ),
    ).toEqual([
      ['巩立峰', 'chair', '市委书记'],
      ['聂春燕', 'attendee', '市委副书记、市长'],
    ]);
  });
  it('lists no one heard in writing, commended, or who visited before the meeting', () => {
    expect(
      people(
        '3月1日，市委书记林从军主持召开会议。',
        '会议书面听取了市疾控中心主任靳文涛关于流调工作的报告。',
        '会议通报表扬了市中心医院院长潘建业等先进个人。',
        '会议指出，副省长裴思远日前在我市调研时提出了明确要求。',
      ),
    ).toEqual([['林从军', 'chair', '市委书记']]);
  });
  it('reads titles given in brackets after the names (吴雪梅（市卫健委主任）、彭志刚（…）分别汇报)', () => {
    expect(
      people(
        '3月1日，市委书记林从军主持会议。会上，吴雪梅（市卫健委主任）、彭志刚（市公安局局长）分别汇报了工作情况。',
      ),
    ).toEqual([
      ['林从军', 'chair', '市委书记'],
      ['吴雪梅', 'speaker', '市卫健委主任'],
      ['彭志刚', 'speaker', '市公安局局长'],
    ]);
  });
  it('makes no bureau’s party secretary chair when nobody is said to chair', () => {
    expect(people('3月1日，市疫情防控指挥部召开会议。市公安局党委书记、局长翟文涛出席会议并讲话。')).toEqual([
      ['翟文涛', 'speaker', '市公安局党委书记、局长'],
    ]);
  });
});

describe('header shapes of other sites', () => {
  const page = (stamp: string, lead: string, tail = '') =>
    processText('p', 'p.txt', ['市委召开疫情防控工作会议', stamp, lead, '会议强调，要压实四方责任。', tail].join('\n'));
  it('dates the meeting by 昨晚, 今晚 and 本月2日, and not by a day a period starts (3月1日以来)', () => {
    expect(page('发布时间：2022-03-04 00:30', '昨晚，市委书记张建国主持召开会议。').meetingDate).toBe('2022-03-03');
    expect(page('发布时间：2022-03-03 23:10', '今晚，市委书记张建国主持召开会议。').meetingDate).toBe('2022-03-03');
    expect(page('发布时间：2022-03-03', '本月2日，市委书记张建国主持召开会议。').meetingDate).toBe('2022-03-02');
    const lately = '近日，市委书记张建国主持召开会议，听取3月1日以来全市疫情防控工作汇报。';
    expect(page('发布时间：2022-03-03', lately).meetingDate).toBeNull();
    const undated = '市委书记张建国主持召开会议，听取3月1日以来全市疫情防控工作汇报。';
    expect(page('发布时间：2022-03-03', undated).meetingDate).toBeNull();
  });
  it('reads credits run together with bars, 摄影/ and 摄像/, and a source set apart by a blank', () => {
    const piped = page('来源：娄底日报|作者：李红霞|发布时间：2022-03-03', '3月2日，市委书记张建国主持召开会议。');
    expect(piped.authors).toEqual(['李红霞']);
    expect(piped.outlet).toBe('娄底日报');
    const slashes = page('发布时间：2022-03-03', '3月2日，市委书记张建国主持召开会议。', '摄影/林晓峰 摄像/黄一鸣');
    expect(slashes.authors).toEqual(['林晓峰', '黄一鸣']);
    expect(page('2022-03-03 10:00 来源 娄底日报', '3月2日，市委书记张建国主持召开会议。').outlet).toBe('娄底日报');
  });
});
