/**
 * A built workbook edited outside the product and recalculated by LibreOffice: the check reports what
 * changed — a figure changed (the assigned total no longer matches, with both figures) and a date typed
 * into an amount cell (a finding at that cell).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbookBytes } from '../../src/app/check';
import { createNodeServices } from '../../src/cli/compose';
import { builtExample, examplePlanValue, twoLeaves } from '../hosts/recalc-helpers';
import { convert, makeProfile, sofficePath, XLSX } from './soffice';

jest.setTimeout(180_000);

describe('LibreOffice-recalculated edits are checked', () => {
  let dir: string;
  beforeAll(() => {
    sofficePath();
    dir = mkdtempSync(join(tmpdir(), 'gnbv-lo-edit-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports the assigned-total discrepancy and the date in an amount cell', async () => {
    const { host, sheet, cells } = await builtExample();
    const { a, b } = twoLeaves(examplePlanValue(), cells);
    const ws = host.workbook.getWorksheet(sheet);
    if (!ws) throw new Error('no sheet');
    // Edited as a person would in a spreadsheet: a figure changed, a date typed into an amount cell.
    const changed = cells.amounts[a]?.nstw_su_nghiep ?? '';
    const dated = cells.amounts[b]?.nsdp ?? '';
    ws.getCell(changed).value = 1234.5;
    ws.getCell(dated).value = new Date(Date.UTC(2024, 4, 6));
    ws.getCell(dated).numFmt = 'dd/mm/yyyy';
    const file = join(dir, 'edited.xlsx');
    writeFileSync(file, await host.toBytes());
    const out = join(dir, 'out');
    convert(makeProfile(join(dir, 'profile')), XLSX, out, [file]);
    const bytes = new Uint8Array(readFileSync(join(out, 'edited.xlsx')));

    const o = await checkWorkbookBytes(bytes, 'edited.xlsx', {}, createNodeServices());
    if (o.kind !== 'done') throw new Error(o.text.en);
    const { findings, cells: at } = o.value;
    const assigned = findings.findIndex((f) => f.code === 'SHEET_ASSIGNED_DIFFERS');
    expect(assigned).toBeGreaterThanOrEqual(0);
    expect(at[assigned]).toBe(cells.settings.nstwGiao);
    expect(findings[assigned]?.expected).toBeDefined();
    expect(findings[assigned]?.actual).toBeDefined();
    const date = findings.findIndex((f) => f.code === 'SHEET_DATE_AMOUNT');
    expect(date).toBeGreaterThanOrEqual(0);
    expect(at[date]).toBe(dated);
  });
});
