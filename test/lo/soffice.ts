/**
 * LibreOffice headless, for the tests that let a real spreadsheet recalculate our workbooks. Each run
 * gets a private profile (so parallel runs do not fight over one), set to recalculate every formula
 * when it loads an .xlsx: by default LibreOffice trusts the results cached in the file, which would
 * hide exactly the stale sums these tests are about.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One soffice call may take seconds; a cold start on a slow machine more. */
const TIMEOUT_MS = 60_000;

/** CSV of every sheet, UTF-8, comma-separated, numbers as stored (en-US, not as shown), one file per sheet. */
export const CSV_ALL_SHEETS =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1';
/** Back to .xlsx, with the recalculated results cached in the file. */
export const XLSX = 'xlsx:Calc MS Excel 2007 XML';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice binary; throws a clear message when LibreOffice is not installed (these tests never skip). */
export function sofficePath(): string {
  for (const candidate of [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'LibreOffice (soffice) không có trên máy này: cài gói libreoffice-calc-nogui (apt-get install ' +
      'libreoffice-calc-nogui) rồi chạy lại. / LibreOffice is missing: install libreoffice-calc-nogui.',
  );
}

/** A private profile in `dir` that recalculates on load. */
export function makeProfile(dir: string): string {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return pathToFileURL(dir).href;
}

/** Converts files with one soffice call; returns its output for error messages. */
export function convert(profile: string, filter: string, outDir: string, files: readonly string[]): string {
  const args = [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    filter,
    '--outdir',
    outDir,
    ...files,
  ];
  return execFileSync(sofficePath(), args, {
    timeout: TIMEOUT_MS,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Parses CSV as LibreOffice writes it (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV LibreOffice wrote for one sheet of a converted workbook ("<base>-<sheet>.csv"). */
export function sheetCsv(outDir: string, base: string, sheet: string): string[][] {
  const path = join(outDir, `${base}-${sheet}.csv`);
  if (!existsSync(path)) throw new Error(`LibreOffice did not write ${path}`);
  return parseCsv(readFileSync(path, 'utf8'));
}
