/**
 * The 2026–2035 template in a real spreadsheet: `gnbv template` writes it, figures are typed into
 * some Nội dung (through the .xlsx host, which recomputes the sums exactly), and LibreOffice, opening
 * the saved file, shows every hợp phần and nội dung thành phần name and the same figure in every
 * formula cell as the host stored; `gnbv check` on the file finds no error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { CTMTQG_2026_2035, entryLabel } from '../../src/domain/catalogue';
import { dec } from '../../src/domain/money';
import { readPlanFromSnapshot } from '../../src/sheet';
import { openXlsxFile } from '../helpers/xlsx-file';
import { convert, CSV_ALL_SHEETS, makeProfile, sheetCsv, sofficePath } from './soffice';

jest.setTimeout(180_000);

const SHEET = 'Kế hoạch kinh phí';

function sheetOf<T>(s: T | null): T {
  if (s === null) throw new Error('the plan sheet is missing');
  return s;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the 2026–2035 template opened by LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    sofficePath();
    dir = mkdtempSync(join(tmpdir(), 'gnbv-lo-2026-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every name and the same sums as the engine', async () => {
    const blank = join(dir, 't.xlsx');
    const made = await run(
      'template',
      '--catalogue',
      'ctmtqg-2026-2035',
      '--year',
      '2027',
      '--locality',
      'xã Bình Lư',
      '-o',
      blank,
    );
    expect(made.code).toBe(0);

    // Figures a commune types: investment in HP1.2.3, recurrent and counterpart elsewhere.
    const host = await openXlsxFile(blank);
    const read = readPlanFromSnapshot(sheetOf(await host.readSheet(SHEET)));
    const cell = (code: string, key: 'nstw_su_nghiep' | 'nstw_dau_tu' | 'nsdp') => {
      const a = read.cells.amounts[code]?.[key];
      if (!a) throw new Error(`${code} ${key}`);
      return a;
    };
    await host.applyPatch({
      sheet: SHEET,
      cells: [
        { address: cell('HP1.2.3', 'nstw_dau_tu'), value: 2350 },
        { address: cell('HP1.2.14', 'nstw_su_nghiep'), value: 120.5 },
        { address: cell('HP1.4.2', 'nstw_su_nghiep'), value: 310 },
        { address: cell('HP1.4.2', 'nsdp'), value: 15.25 },
        { address: cell('HP2.2.1', 'nstw_su_nghiep'), value: 688 },
        { address: cell('HP2.5.4', 'nsdp'), value: 0.1 },
        { address: cell('HP2.5.3', 'nsdp'), value: 0.2 },
      ],
    });
    const filled = join(dir, 'filled.xlsx');
    writeFileSync(filled, await host.toBytes());

    const out = join(dir, 'csv');
    convert(makeProfile(join(dir, 'profile')), CSV_ALL_SHEETS, out, [filled]);
    const csv = sheetCsv(out, 'filled', SHEET);
    const names = csv.map((row) => row[1] ?? '');
    for (const e of CTMTQG_2026_2035.entries.filter((x) => x.level <= 2)) {
      expect({ code: e.code, shown: names.includes(entryLabel(e, CTMTQG_2026_2035)) }).toEqual({
        code: e.code,
        shown: true,
      });
    }

    const snap = sheetOf(await host.readSheet(SHEET));
    const differ: string[] = [];
    let compared = 0;
    snap.rows.forEach((row, r) =>
      row.forEach((c, k) => {
        if (c.formula === undefined) return;
        const lo = csv[snap.originRow + r]?.[snap.originCol + k] ?? '';
        const ours = typeof c.value === 'number' ? dec(String(c.value)).toFixed() : String(c.value ?? '');
        const theirs = lo === '' || Number.isNaN(Number(lo)) ? lo : dec(lo).toFixed();
        compared++;
        if (ours !== theirs) differ.push(`${c.formula}: ours ${ours}, LibreOffice ${theirs}`);
      }),
    );
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(200);
    // The grand total as LibreOffice shows it: 2.350 + 120,5 + 310 + 15,25 + 688 + 0,1 + 0,2.
    const totalRow = csv.find((row) => row[1] === 'TỔNG CỘNG');
    expect(totalRow && dec(totalRow[2] ?? '').toFixed()).toBe('3484.05');

    const check = await run('check', filled);
    expect(check.code).toBe(0);
  });
});
