/**
 * CSV and JSON export of exactly the rows a table shows, in the script shown. Quoting is papaparse's;
 * cells that a spreadsheet would run as a formula (= + - @, tab, CR) are defused by papaparse's
 * `escapeFormulae` (a leading apostrophe). A BOM leads the CSV so Excel reads it as UTF-8.
 */
import Papa from 'papaparse';

export type ExportValue = string | number | null | readonly string[];

export interface ExportColumn<R> {
  id: string;
  header: string;
  value(row: R): ExportValue;
}

const BOM = '\ufeff';

function cell(v: ExportValue): string | number {
  if (v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return v;
  return v.join('、');
}

export function toCsv<R>(columns: readonly ExportColumn<R>[], rows: readonly R[]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: columns.map((c) => c.header), data: rows.map((r) => columns.map((c) => cell(c.value(r)))) },
      { escapeFormulae: true, newline: '\r\n' },
    )
  );
}

export function toJson<R>(columns: readonly ExportColumn<R>[], rows: readonly R[]): string {
  return JSON.stringify(
    rows.map((r) => Object.fromEntries(columns.map((c) => [c.id, c.value(r)]))),
    null,
    1,
  );
}

/** Saves a text as a file through a temporary object URL. */
export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
