/**
 * The xlsx host's exact recalculation agrees with LibreOffice: after a figure is changed by a patch,
 * every formula result the host stored equals what LibreOffice computes from the saved bytes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dec } from '../../src/domain/money';
import { builtExample, examplePlanValue, twoLeaves } from '../hosts/recalc-helpers';
import { convert, CSV_ALL_SHEETS, makeProfile, sheetCsv, sofficePath } from './soffice';

jest.setTimeout(180_000);

describe('LibreOffice recalculates a workbook the xlsx host patched', () => {
  let dir: string;
  beforeAll(() => {
    sofficePath();
    dir = mkdtempSync(join(tmpdir(), 'gnbv-lo-recalc-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the same figure in every formula cell as the host stored', async () => {
    const { host, sheet, cells } = await builtExample();
    const { a, b } = twoLeaves(examplePlanValue(), cells);
    await host.applyPatch({
      sheet,
      cells: [
        { address: cells.amounts[a]?.nsdp ?? '', value: 0.1 },
        { address: cells.amounts[b]?.nsdp ?? '', value: 0.2 },
      ],
    });
    const file = join(dir, 'patched.xlsx');
    writeFileSync(file, await host.toBytes());
    const out = join(dir, 'csv');
    convert(makeProfile(join(dir, 'profile')), CSV_ALL_SHEETS, out, [file]);
    const csv = sheetCsv(out, 'patched', sheet);
    const snap = await host.readSheet(sheet);
    if (!snap) throw new Error('no sheet');
    const differ: string[] = [];
    let compared = 0;
    snap.rows.forEach((row, r) =>
      row.forEach((c, k) => {
        if (c.formula === undefined) return;
        const lo = csv[snap.originRow + r]?.[snap.originCol + k] ?? '';
        const ours = typeof c.value === 'number' ? dec(String(c.value)).toFixed() : String(c.value ?? '');
        const theirs = lo === '' || Number.isNaN(Number(lo)) ? lo : dec(lo).toFixed();
        compared++;
        if (ours !== theirs) differ.push(`${c.formula} ours ${ours} LibreOffice ${theirs}`);
      }),
    );
    expect(compared).toBeGreaterThan(50);
    expect(differ).toEqual([]);
  });
});
