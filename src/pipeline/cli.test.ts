import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { Report, ReportIndex, TableRows } from '../schema';
import { applyEdits } from './edits';

const root = new URL('../../', import.meta.url).pathname;
const rawDir = join(root, 'data/raw');

function runCli(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/pipeline/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('clean CLI', () => {
  let input: string;
  let out: string;
  let result: ReturnType<typeof runCli>;
  let trad: string;
  const seeds = readdirSync(rawDir).filter((n) => n.endsWith('.txt'));

  beforeAll(() => {
    input = mkdtempSync(join(tmpdir(), 'qw-in-'));
    out = mkdtempSync(join(tmpdir(), 'qw-out-'));
    for (const name of seeds) writeFileSync(join(input, name), readFileSync(join(rawDir, name)));
    const sample = readFileSync(join(rawDir, '003_873c324a46ab2f1b.txt'), 'utf8');
    writeFileSync(join(input, 'gbk_copy.txt'), iconv.encode(sample, 'gb18030'));
    // Big5 cannot hold the Simplified spam block at the end of this sample
    trad = readFileSync(join(rawDir, '002_9ea13769dbe44dbe.txt'), 'utf8')
      .split('返回首頁')[0]!
      .replaceAll('\u00a0', ' ');
    writeFileSync(join(input, 'big5_copy.txt'), iconv.encode(trad, 'big5'));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'binary.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    writeFileSync(join(input, 'ignored.json'), '{}');
    // a saved web page, and one whose name without extension another file already has
    const page = `<html><head><script>alert(1)</script></head><body><h1>某县召开疫情防控工作会议</h1><p>${sample.slice(0, 400)}</p></body></html>`;
    writeFileSync(join(input, 'page.html'), page);
    writeFileSync(join(input, 'gbk_copy.htm'), page);
    result = runCli(['--in', input, '--out', out]);
  }, 60_000);

  it('exits 1 and names each unreadable file on stderr, one line each', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^clean: empty\.txt: .*empty/m);
    expect(result.stderr).toMatch(/^clean: binary\.txt: .*binary/m);
  });

  it('still writes every readable report, schema-valid, with edits that reproduce clean', () => {
    const written = readdirSync(join(out, 'reports')).sort();
    expect(written).toEqual(
      [
        ...seeds.map((n) => n.replace('.txt', '.json')),
        'big5_copy.json',
        'gbk_copy.json',
        'gbk_copy.htm.json',
        'page.json',
      ].sort(),
    );
    for (const file of written) {
      const report = Report.parse(JSON.parse(readFileSync(join(out, 'reports', file), 'utf8')));
      expect(applyEdits(report.original, report.edits)).toBe(report.clean);
      expect(report.id).toBe(file.replace('.json', ''));
    }
    const index = ReportIndex.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(index).toHaveLength(written.length);
  });

  it('writes rows.json with the table material of every written report', () => {
    const index = ReportIndex.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    const rows = TableRows.parse(JSON.parse(readFileSync(join(out, 'rows.json'), 'utf8')));
    expect(rows.map((r) => r.id)).toEqual(index.map((r) => r.id));
    for (const row of rows) {
      const report = Report.parse(JSON.parse(readFileSync(join(out, 'reports', `${row.id}.json`), 'utf8')));
      expect(row.directives).toEqual(report.directives);
      expect(row.attendees).toEqual(report.attendees);
    }
  });

  it('keeps the original byte for byte as decoded', () => {
    for (const name of seeds) {
      const report = JSON.parse(readFileSync(join(out, 'reports', name.replace('.txt', '.json')), 'utf8'));
      expect(report.original).toBe(readFileSync(join(rawDir, name), 'utf8'));
    }
    const gbk = JSON.parse(readFileSync(join(out, 'reports', 'gbk_copy.json'), 'utf8'));
    expect(gbk.original).toBe(readFileSync(join(rawDir, '003_873c324a46ab2f1b.txt'), 'utf8'));
    expect(gbk.encoding).toBe('gb18030');
    const big5 = JSON.parse(readFileSync(join(out, 'reports', 'big5_copy.json'), 'utf8'));
    expect(big5.encoding).toBe('big5');
    expect(big5.original).toBe(trad);
  });

  it('reads saved web pages as well, and gives a second file of the same name its own id', () => {
    const ids = ReportIndex.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).map((r) => r.id);
    expect(ids).toContain('page');
    expect(ids).toContain('gbk_copy');
    expect(ids).toContain('gbk_copy.htm');
    const page = Report.parse(JSON.parse(readFileSync(join(out, 'reports', 'page.json'), 'utf8')));
    expect(page.original).toContain('<script>');
    expect(page.clean).not.toMatch(/<|alert/);
    expect(page.title).toBe('某县召开疫情防控工作会议');
    const copy = Report.parse(JSON.parse(readFileSync(join(out, 'reports', 'gbk_copy.htm.json'), 'utf8')));
    expect(copy.sourceFile).toBe('gbk_copy.htm');
  });

  it('exits 2 on bad arguments', () => {
    expect(runCli([]).status).toBe(2);
    expect(runCli(['--in', '/nonexistent-dir', '--out', out]).status).toBe(2);
    expect(runCli(['--in', input, '--out', out, '--bogus']).status).toBe(2);
  });

  it('exits 0 when every file was processed', () => {
    const ok = runCli(['--in', rawDir, '--out', mkdtempSync(join(tmpdir(), 'qw-ok-'))]);
    expect(ok.status).toBe(0);
  }, 30_000);

  it('skips hidden files, such as the binary ._name.txt macOS leaves beside each file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qw-mac-'));
    writeFileSync(join(dir, 'report.txt'), readFileSync(join(rawDir, seeds[0]!)));
    writeFileSync(join(dir, '._report.txt'), new Uint8Array([0, 5, 0x16, 7, 0, 2, 0, 0]));
    const to = mkdtempSync(join(tmpdir(), 'qw-mac-out-'));
    const ran = runCli(['--in', dir, '--out', to]);
    expect(ran.status).toBe(0);
    expect(readdirSync(join(to, 'reports'))).toEqual(['report.json']);
  }, 30_000);
});
