import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson, type ExportColumn } from './exportRows';

interface Row {
  name: string;
  text: string;
  topics: string[];
  n: number;
}
const columns: ExportColumn<Row>[] = [
  { id: 'name', header: '姓名 Name', value: (r) => r.name },
  { id: 'text', header: 'Text', value: (r) => r.text },
  { id: 'topics', header: 'Topics', value: (r) => r.topics },
  { id: 'n', header: 'N', value: (r) => r.n },
];
const rows: Row[] = [
  { name: '鄭國強', text: '要加強"組織領導",\n壓實責任', topics: ['责任落实', '隔离管控'], n: 2 },
  { name: '=HYPERLINK("http://x")', text: '+1', topics: [], n: -1 },
  { name: '@SUM(A1)', text: '-2', topics: [], n: 0 },
];

describe('CSV export', () => {
  const csv = toCsv(columns, rows);

  it('starts with a BOM and round-trips through a CSV parser', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['姓名 Name', 'Text', 'Topics', 'N']);
    expect(parsed[1]).toEqual(['鄭國強', '要加強"組織領導",\n壓實責任', '责任落实、隔离管控', '2']);
    expect(parsed).toHaveLength(rows.length + 1);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[2]![0]).toBe('\'=HYPERLINK("http://x")');
    expect(parsed[2]![1]).toBe("'+1");
    expect(parsed[3]![0]).toBe("'@SUM(A1)");
    expect(parsed[3]![1]).toBe("'-2");
  });
});

describe('JSON export', () => {
  it('keeps values typed, one object per row', () => {
    const json = JSON.parse(toJson(columns, rows));
    expect(json).toHaveLength(3);
    expect(json[0]).toEqual({ name: '鄭國強', text: rows[0]!.text, topics: ['责任落实', '隔离管控'], n: 2 });
  });
});
