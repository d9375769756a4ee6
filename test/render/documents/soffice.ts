// LibreOffice headless: converts an office file to PDF, as an office's own Word or WPS would open it.
// Absent soffice skips with one line, except under CI=true where it must be there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function sofficePath(): string | undefined {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'])
    if (existsSync(p)) return p;
  return undefined;
}

export const SOFFICE = sofficePath();
export const SKIP_SOFFICE = !SOFFICE && process.env.CI !== 'true';
if (SKIP_SOFFICE)
  console.log('skipped: LibreOffice (soffice) is not installed; the docx → PDF conversion tests do not run');

/** Converts the files to PDF in one soffice run; returns the PDF paths (throws when one is missing). */
export function toPdf(files: { name: string; data: Buffer }[]): string[] {
  if (!SOFFICE)
    throw new Error('soffice is missing: install LibreOffice (apt-get install -y libreoffice-writer)');
  const dir = mkdtempSync(join(tmpdir(), 'reform-soffice-'));
  const paths = files.map((f) => {
    const p = join(dir, f.name);
    writeFileSync(p, f.data);
    return p;
  });
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'pdf'),
      ...paths,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
  const made = new Set(existsSync(join(dir, 'pdf')) ? readdirSync(join(dir, 'pdf')) : []);
  return paths.map((p) => {
    const pdf = basename(p).replace(/\.[^.]+$/, '.pdf');
    if (!made.has(pdf)) throw new Error(`LibreOffice did not convert ${basename(p)}`);
    return join(dir, 'pdf', pdf);
  });
}
