/**
 * The issue's acceptance lines on the real plans, checked by real software (run by .ci/run):
 * - `gnbv build` of seed 001, recalculated by LibreOffice, shows 15.555,25 / 15.089 / 466,25 in the
 *   TỔNG CỘNG row and 7.133,25 in Dự án 2's row;
 * - `gnbv export` of seed 000, converted to PDF by LibreOffice, reads the section's figures in Times
 *   New Roman or its metric twin Liberation Serif.
 *
 *   npx tsx test/seeds/check-outputs.ts ../shared/seeds
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as gnbv } from '../../src/cli/main';
import { docxToPdf, pdfFonts, pdfText } from '../lo-docx/tools';
import { convert, CSV_ALL_SHEETS, makeProfile, sheetCsv } from '../lo/soffice';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx test/seeds/check-outputs.ts <seeds folder>');
  process.exit(2);
}
const seed = (prefix: string): string => {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}* in ${dir}`);
  return join(dir, name);
};
const quiet = { out: () => undefined, err: (t: string) => console.error(t) };
const failures: string[] = [];
const expect = (what: string, ok: boolean) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'gnbv-acceptance-'));

  const xlsx = join(work, 'ke-hoach-001.xlsx');
  expect('gnbv build seed 001 exits 0', (await gnbv(['build', seed('001_'), '-o', xlsx], quiet)) === 0);
  convert(makeProfile(join(work, 'profile')), CSV_ALL_SHEETS, work, [xlsx]);
  const rows = sheetCsv(work, 'ke-hoach-001', 'Kế hoạch kinh phí');
  const row = (label: RegExp) => rows.find((r) => label.test(r[1] ?? '')) ?? [];
  const total = row(/^TỔNG CỘNG$/);
  expect(
    `TỔNG CỘNG recalculated: ${total.slice(2, 7).join(' | ')}`,
    total[2] === '15555.25' && total[3] === '15089' && total[6] === '466.25',
  );
  const da2 = row(/^Dự án 2:/);
  expect(
    `Dự án 2 recalculated: ${da2.slice(2, 7).join(' | ')}`,
    da2[2] === '7133.25' && da2[3] === '6667' && da2[6] === '466.25',
  );

  const docx = join(work, 'kinh-phi-000.docx');
  expect('gnbv export seed 000 exits 0', (await gnbv(['export', seed('000_'), '-o', docx], quiet)) === 0);
  const pdf = docxToPdf(docx);
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  for (const phrase of ['7.645 triệu đồng', 'Ngân sách trung ương: 7.538 triệu đồng', '107 triệu đồng']) {
    expect(`PDF reads "${phrase}"`, text.includes(phrase));
  }
  const fonts = [...new Set(pdfFonts(pdf))];
  expect(
    `PDF fonts: ${fonts.join(', ')}`,
    fonts.length > 0 && fonts.every((f) => /TimesNewRoman|Times|LiberationSerif/i.test(f)),
  );
}

run().then(
  () => process.exit(failures.length === 0 ? 0 : 1),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
