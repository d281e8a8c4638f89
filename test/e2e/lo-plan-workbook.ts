/**
 * A plan workbook as a finance office would have it after LibreOffice saved it: a small plan (its own
 * figures, every Tiểu dự án with last year's NSTW and NSĐP), built by `gnbv build`, then opened and
 * saved as .xlsx by LibreOffice headless with a private profile. The page under test opens that file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildCommand } from '../../src/cli/build';
import { convert, makeProfile, XLSX } from '../lo/soffice';

/** Last year's figures, in triệu đồng: NSTW (sự nghiệp) and NSĐP per row, so every row has a share of each. */
const ROWS: readonly { code: string; unit: string; nstw: string; nsdp: string }[] = [
  { code: 'DA2', unit: 'UBND các xã', nstw: '3154', nsdp: '120.5' },
  { code: 'DA3.1', unit: 'Phòng Nông nghiệp và Phát triển nông thôn', nstw: '1469', nsdp: '45.25' },
  { code: 'DA4.1', unit: 'Trung tâm Giáo dục nghề nghiệp', nstw: '1588', nsdp: '107' },
  { code: 'DA4.3', unit: 'Phòng Lao động - Thương binh và Xã hội', nstw: '197', nsdp: '12.75' },
  { code: 'DA6.1', unit: 'Trung tâm Văn hóa - Thể thao', nstw: '522', nsdp: '30' },
  { code: 'DA6.2', unit: 'Trung tâm Văn hóa - Thể thao', nstw: '148', nsdp: '8.5' },
  { code: 'DA7.1', unit: 'Phòng Lao động - Thương binh và Xã hội', nstw: '288', nsdp: '16' },
  { code: 'DA7.2', unit: 'UBND các xã', nstw: '172', nsdp: '10' },
];

/** The plan as JSON (the CLI's plan format), its totals summed here from the rows. */
export function lastYearPlanJson(): string {
  const hundredths = (s: string): number => Math.round(Number(s) * 100);
  const show = (h: number): string => (h % 100 === 0 ? String(h / 100) : (h / 100).toFixed(2));
  let nstw = 0;
  let nsdp = 0;
  const items: unknown[] = [];
  const parents = new Set<string>();
  for (const row of ROWS) {
    const parent = /^(DA\d+)\.\d+$/.exec(row.code)?.[1];
    if (parent !== undefined && !parents.has(parent)) {
      parents.add(parent);
      items.push({ code: parent });
    }
    nstw += hundredths(row.nstw);
    nsdp += hundredths(row.nsdp);
    items.push({
      code: row.code,
      implementing_unit: row.unit,
      amounts: {
        total: show(hundredths(row.nstw) + hundredths(row.nsdp)),
        nstw_su_nghiep: row.nstw,
        nsdp: row.nsdp,
      },
    });
  }
  const plan = {
    catalogue: 'qd90-2021-2025',
    unit: 'trieu_dong',
    year: 2025,
    locality: 'huyện Nậm Thử',
    items,
    stated_totals: {
      total: show(nstw + nsdp),
      nstw: show(nstw),
      nstw_su_nghiep: show(nstw),
      nsdp: show(nsdp),
    },
  };
  return JSON.stringify(plan, null, 2);
}

/** What {@link loSavedPlanWorkbook} made. */
export interface LoSavedWorkbook {
  /** The .xlsx LibreOffice wrote ("nam-thu.xlsx"). */
  readonly path: string;
  /** The plan JSON it was built from. */
  readonly planPath: string;
}

/** The `Application` an .xlsx names in docProps/app.xml ("LibreOffice/24.2…$Linux_X86_64 …"). */
export async function writerApplication(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const app = (await zip.file('docProps/app.xml')?.async('string')) ?? '';
  return /<Application>([^<]*)<\/Application>/.exec(app)?.[1] ?? '';
}

/**
 * Builds the plan with `gnbv build` into `dir/built/`, then lets LibreOffice open and save it as .xlsx
 * into `dir/lo/` with the private profile `dir/profile`.
 */
export async function loSavedPlanWorkbook(dir: string): Promise<LoSavedWorkbook> {
  mkdirSync(join(dir, 'built'), { recursive: true });
  const planPath = join(dir, 'nam-thu.json');
  writeFileSync(planPath, lastYearPlanJson());
  const built = join(dir, 'built', 'nam-thu.xlsx');
  const out: string[] = [];
  const io = { out: (t: string) => void out.push(t), err: (t: string) => void out.push(t) };
  const code = await buildCommand([planPath, '-o', built], io);
  if (code !== 0) throw new Error(`gnbv build failed (${code}): ${out.join('\n')}`);
  const loDir = join(dir, 'lo');
  convert(makeProfile(join(dir, 'profile')), XLSX, loDir, [built]);
  const path = join(loDir, 'nam-thu.xlsx');
  if (!/LibreOffice/.test(await writerApplication(readFileSync(path)))) {
    throw new Error(`${path} was not written by LibreOffice`);
  }
  return { path, planPath };
}
