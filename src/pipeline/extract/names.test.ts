import { describe, expect, it } from 'vitest';
import { nameEndAt, titledNameEndAt } from './names';

describe('names after a title', () => {
  it('reads minority names that have no family name', () => {
    expect(titledNameEndAt('扎西次仁，市人大常委会主任', 0)).toBe(4);
    expect(titledNameEndAt('洛桑出席会议', 0)).toBe(2);
    expect(titledNameEndAt('艾尔肯·吐尼亚孜主持会议', 0)).toBe(8);
  });
  it('reads Mongolian and Yi names of up to six characters, with 其, 那 or an inner 日', () => {
    expect(titledNameEndAt('乌云其木格主持召开会议', 0)).toBe(5);
    expect(titledNameEndAt('额尔敦毕力格、', 0)).toBe(6);
    expect(titledNameEndAt('其其格参加会议', 0)).toBe(3);
    expect(titledNameEndAt('那仁高娃出席会议', 0)).toBe(4);
    expect(titledNameEndAt('阿牛史日、海来拉且参加会议', 0)).toBe(4);
  });
  it('takes no name from a word of time or the rest of a longer title after a bare title', () => {
    expect(titledNameEndAt('日前主持召开会议', 0)).toBe(-1);
    // 市长助理蒋文斌: after 市长, 助理 goes on with the title
    expect(titledNameEndAt('助理蒋文斌，', 0)).toBe(-1);
  });
  it('does not take the verb phrase after a bare title for a name', () => {
    expect(titledNameEndAt('作具体部署。', 0)).toBe(-1);
    expect(titledNameEndAt('作了具体安排', 0)).toBe(-1);
    expect(titledNameEndAt('深入调研疫情防控工作', 0)).toBe(-1);
  });
  it('closes a name with what a leader does on an inspection', () => {
    expect(titledNameEndAt('乌力吉深入巴彦镇', 0)).toBe(3);
    expect(titledNameEndAt('巴特尔调研疫情防控工作', 0)).toBe(3);
  });
  it('reads a rare character of Extension A in a name (刘䶮)', () => {
    expect(nameEndAt('刘䶮出席会议', 0)).toBe(2);
  });
  it('keeps 长 and newly listed family names inside names', () => {
    expect(nameEndAt('万长青主持会议', 0)).toBe(3);
    expect(nameEndAt('傅振华出席', 0)).toBe(3);
    expect(nameEndAt('洪丽，', 0)).toBe(2);
  });
});
