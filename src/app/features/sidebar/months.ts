import type { ReportSummary } from '../../../schema';
import { reportDate } from '../../lib/filters';

export interface MonthBucket {
  /** `YYYY-MM` */
  month: string;
  count: number;
}

/** Reports per month from the first to the last dated report, empty months included. */
export function monthBuckets(reports: readonly ReportSummary[]): MonthBucket[] {
  const counts = new Map<string, number>();
  for (const r of reports) {
    const d = reportDate(r);
    if (d) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const out: MonthBucket[] = [];
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const last = months.at(-1)!;
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month >= last || out.length > 1200) break;
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export const monthStart = (month: string) => `${month}-01`;

export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}
