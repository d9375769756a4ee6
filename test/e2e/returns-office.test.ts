// The returns and the 挂图作战 workbook open in LibreOffice (Debian's package, which .ci/run
// installs): each converts to PDF without error, and the return's PDF shows its title, unit and
// column headers. Without soffice the test is skipped with one line, except under CI=true.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { reform } from './binary.js';

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const SOFFICE = hasCommand('soffice');
if (!SOFFICE && process.env.CI !== 'true') console.log('skipped: soffice (LibreOffice) is not installed');

/** Converts the files to PDF with a private LibreOffice profile (other runs may hold the default one). */
function toPdf(files: string[], outdir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'reform-lo-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outdir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
}

describe.skipIf(!SOFFICE && process.env.CI !== 'true')('returns and workbook in LibreOffice', () => {
  it('convert to PDF', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reform-office-'));
    const ledgers = join(ROOT, 'ledgers');
    const r1 = await reform([
      'returns',
      '--ledgers',
      ledgers,
      '--month',
      '2026-11',
      '--unit',
      '市财政局',
      '-o',
      dir,
    ]);
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    const r2 = await reform(['export', '--ledgers', ledgers, '-o', join(dir, 'board.xlsx')]);
    expect(r2.stderr).toBe('');
    expect(r2.code).toBe(0);
    toPdf([join(dir, '市财政局.xlsx'), join(dir, 'board.xlsx')], dir);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(['board.pdf', '市财政局.pdf']);
    if (hasCommand('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', join(dir, '市财政局.pdf'), '-']).toString('utf8');
      expect(text).toContain('改革事项进展填报表');
      expect(text).toContain('市财政局');
      expect(text).toContain('节点完成日期');
      expect(text).toContain('RW-2026-005');
      const board = execFileSync('pdftotext', ['-l', '1', join(dir, 'board.pdf'), '-']).toString('utf8');
      expect(board).toContain('挂图作战表');
    }
    expect(existsSync(join(dir, 'board.pdf'))).toBe(true);
  });
});
