/**
 * The "title keyword" of an official title: its head (书记, 市长, 主任…), so that 市委书记, 县委书记 and
 * 省委书记 group under 书记 in the attendees facet. Matched on the Simplified form.
 */
import { searchFormCached } from './searchForm';

// Longest first, so 副书记 wins over 书记 and 常务副市长 over 副市长.
const HEADS = [
  '常务副省长',
  '常务副市长',
  '常务副县长',
  '常务副区长',
  '副秘书长',
  '秘书长',
  '副指挥长',
  '指挥长',
  '副书记',
  '书记',
  '代省长',
  '副省长',
  '省长',
  '代市长',
  '副市长',
  '市长',
  '代县长',
  '副县长',
  '县长',
  '代区长',
  '副区长',
  '区长',
  '副州长',
  '州长',
  '副盟长',
  '盟长',
  '副旗长',
  '旗长',
  '副主席',
  '主席',
  '副主任',
  '主任',
  '副部长',
  '部长',
  '副局长',
  '局长',
  '副厅长',
  '厅长',
  '副院长',
  '院长',
  '副检察长',
  '检察长',
  '副组长',
  '组长',
  '司令员',
  '政委',
  '常委',
  '委员',
  '院士',
].sort((a, b) => b.length - a.length);

const memo = new Map<string, string>();

export function titleKeyword(title: string): string {
  let head = memo.get(title);
  if (head === undefined) {
    const t = searchFormCached(title.trim());
    head = HEADS.find((h) => t.endsWith(h)) ?? t;
    memo.set(title, head);
  }
  return head;
}
