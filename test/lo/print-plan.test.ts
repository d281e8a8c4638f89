/**
 * The workbook `gnbv build` writes prints well in real LibreOffice (to PDF, read back with poppler):
 * the plan sheet on A4 landscape, one page wide, its header rows on every page, no text drawn over
 * other text; the "Kinh phí" sheet on A4 portrait. Saves page 1 to .tmp/screenshots/print-plan-sheet.png.
 * Fails (never skips) when LibreOffice or poppler is missing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbook } from '../../src/app/build';
import type { Plan } from '../../src/domain/plan';
import { XlsxHost } from '../../src/hosts/xlsx';
import { TITLE_PREFIX } from '../../src/sheet/layout';
import { templatePatch } from '../../src/sheet';
import { bigPlan } from '../fixtures/big-plan';
import { examplePlanValue } from '../hosts/recalc-helpers';
import { pagePng, requireTools } from '../lo-docx/tools';
import { overlappingWords, pageSizes, pageText } from './print-helpers';
import { convert, makeProfile } from './soffice';

jest.setTimeout(240_000);

const SCREENSHOTS = join(__dirname, '../../.tmp/screenshots');
const A4_LONG = 841.89;
const A4_SHORT = 595.3;

let dir = '';
let pdfs: Record<'example' | 'big' | 'noHeights', string>;

async function built(plan: Plan): Promise<Uint8Array> {
  const outcome = await buildWorkbook(
    plan,
    [],
    { year: 2025, locality: 'xã Thử' },
    { newWorkbook: (sheets = []) => Promise.resolve(XlsxHost.empty(sheets)) },
  );
  if (outcome.kind !== 'done') throw new Error(outcome.text.en);
  return outcome.value.bytes;
}

/** The plan sheet alone, as the template writes it but without row heights (the old workbook). */
async function withoutHeights(plan: Plan): Promise<Uint8Array> {
  const host = XlsxHost.empty([]);
  const patch = templatePatch({ plan, year: 2025, locality: 'xã Thử', withResults: true });
  await host.applyPatch({ ...patch, rowHeights: undefined });
  return host.toBytes();
}

const isLandscapeA4 = ([w, h]: [number, number]) => Math.abs(w - A4_LONG) < 1 && Math.abs(h - A4_SHORT) < 1;
const isPortraitA4 = ([w, h]: [number, number]) => Math.abs(w - A4_SHORT) < 1 && Math.abs(h - A4_LONG) < 1;

/** The plan sheet's pages: the leading run of landscape pages (the sheets that follow are portrait). */
function planPages(pdf: string): number[] {
  const sizes = pageSizes(pdf);
  const end = sizes.findIndex((s) => !isLandscapeA4(s));
  return Array.from({ length: end < 0 ? sizes.length : end }, (_, i) => i + 1);
}

beforeAll(async () => {
  requireTools();
  dir = mkdtempSync(join(tmpdir(), 'gnbv-print-'));
  const files = {
    example: await built(examplePlanValue()),
    big: await built(bigPlan(400)),
    noHeights: await withoutHeights(examplePlanValue()),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.xlsx`), bytes);
  const profile = makeProfile(join(dir, 'profile'));
  convert(
    profile,
    'pdf',
    dir,
    Object.keys(files).map((n) => join(dir, `${n}.xlsx`)),
  );
  pdfs = {
    example: join(dir, 'example.pdf'),
    big: join(dir, 'big.pdf'),
    noHeights: join(dir, 'noHeights.pdf'),
  };
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the built workbook printed by LibreOffice', () => {
  it('prints the example plan on at most two A4 landscape pages, the title whole, then the section on A4 portrait', () => {
    const pages = planPages(pdfs.example);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const first = pageText(pdfs.example, 1).replace(/\s+/g, ' ');
    expect(first).toContain(`${TITLE_PREFIX} 2025`);
    expect(first).toContain('Ghi chú');
    // The "Kinh phí" sheet follows, on portrait A4.
    const next = pageSizes(pdfs.example)[pages.length];
    expect(next && isPortraitA4(next)).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const png = pagePng(pdfs.example, 1, dir, 'print-plan-sheet');
    copyFileSync(png, join(SCREENSHOTS, 'print-plan-sheet.png'));
  });

  it('draws no text over other text on the plan pages (the rows are tall enough)', () => {
    for (const page of planPages(pdfs.example)) {
      expect([page, overlappingWords(pdfs.example, page)]).toEqual([page, []]);
    }
  });

  it('would overlap without the row heights (the check above can fail)', () => {
    expect(overlappingWords(pdfs.noHeights, 1).length).toBeGreaterThan(0);
  });

  it('prints a big plan one page wide with the header rows on every page', () => {
    const pages = planPages(pdfs.big);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      const text = pageText(pdfs.big, page).replace(/\s+/g, ' ');
      // The first and the last column's headings: the table is not cut into column strips.
      for (const heading of ['STT', 'Nội dung', 'Ngân sách trung ương', 'Đơn vị thực hiện', 'Ghi chú']) {
        expect([page, heading, text.includes(heading)]).toEqual([page, heading, true]);
      }
    }
    // The last plan page ends the table (no page of leftover columns follows it).
    const last = pageText(pdfs.big, pages[pages.length - 1] ?? 1);
    expect(last).toMatch(/Nội dung thành phần|Nội dung \d+/);
  });
});
