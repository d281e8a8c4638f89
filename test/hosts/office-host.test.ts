import { OfficeHost } from '../../src/hosts/office/office-host';
import { charsToPoints } from '../../src/hosts/office/widths';
import type { Patch } from '../../src/sheet/types';
import { FakeExcel, nameReference, REQUEST_LIMIT } from './fake-excel';
import { describeHostBehaviour, SHEET, type GridCell, type Harness } from './host-suite';

function officeHarness(): Harness & { fake: FakeExcel } {
  const fake = new FakeExcel(['Sheet1']);
  return {
    fake,
    host: new OfficeHost(fake.run),
    addSheet: (name) => void fake.addSheet(name),
    seed: (sheet, address, cell) => fake.seed(sheet, address, cell),
    grid: (sheet) => {
      const out: Record<string, GridCell> = {};
      for (const [address, cell] of Object.entries(fake.grid(sheet))) {
        if (cell.value === null && cell.formula === undefined && cell.numberFormat === 'General') continue;
        out[address] = {
          value: cell.value,
          ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
          numberFormat: cell.numberFormat,
        };
      }
      return out;
    },
    merges: (sheet) => fake.sheets.get(sheet)?.merges ?? [],
    writtenCells: () => new Set(fake.cellWrites.keys()),
  };
}

describeHostBehaviour('OfficeHost on the fake Excel', officeHarness);

/** A column of long text cells: `count` × ~30 kB, to push a patch past the 4 MB sync budget. */
function bigPatch(count: number): Patch {
  const text = 'Kinh phi thuc hien '.repeat(1579).slice(0, 30_000);
  return {
    sheet: SHEET,
    cells: Array.from({ length: count }, (_, i) => ({ address: `A${i + 1}`, value: text })),
  };
}

describe('OfficeHost round trips and writes', () => {
  let h: ReturnType<typeof officeHarness>;
  beforeEach(() => {
    h = officeHarness();
    h.fake.addSheet(SHEET);
    h.fake.seed(SHEET, 'B2', { value: 'Dự án' });
    h.fake.seed(SHEET, 'C3', { value: 1588, numberFormat: '#,##0' });
    h.fake.seed(SHEET, 'C4', { value: 1588, formula: '=SUM(C3:C3)' });
    h.fake.seed(SHEET, 'H9', { value: null, error: '#DIV/0!', formula: '=1/0' });
    h.fake.resetCounters();
  });

  it('reads a sheet in exactly one sync, with the names of the same batch', async () => {
    h.fake.names.set('GNBV_BANG', nameReference(SHEET, 'B2:C4'));
    h.fake.names.set('KHAC', nameReference('Sheet1', 'A1'));
    const snap = await h.host.readSheet(SHEET);
    expect(h.fake.syncCount).toBe(1);
    expect(snap).toMatchObject({ originRow: 1, originCol: 1, names: { GNBV_BANG: 'B2:C4' } });
    expect(snap?.rows).toHaveLength(8);
    expect(snap?.rows[0]).toHaveLength(7);
  });

  it('reads an error cell as null with its text', async () => {
    const snap = await h.host.readSheet(SHEET);
    expect(snap?.rows[7]?.[6]).toEqual({
      value: null,
      text: '#DIV/0!',
      formula: '=1/0',
      numberFormat: 'General',
    });
  });

  it('writes a normal patch in exactly one sync when given the before-snapshot, two without', async () => {
    const before = (await h.host.readSheet(SHEET)) ?? undefined;
    h.fake.resetCounters();
    const patch: Patch = {
      sheet: SHEET,
      cells: [
        { address: 'C3', value: 1695 },
        { address: 'D3', value: 107 },
      ],
    };
    await h.host.applyPatch(patch, before);
    expect(h.fake.syncCount).toBe(1);
    h.fake.resetCounters();
    await h.host.applyPatch(patch);
    expect(h.fake.syncCount).toBe(2);
  });

  it.each([
    [100, 1],
    [200, 2],
    [300, 3],
  ])(
    'writes %i cells of 30 kB (about 3, 6, 9 MB) in %i sync(s), none over the request limit',
    async (count, syncs) => {
      const before = (await h.host.readSheet(SHEET)) ?? undefined;
      h.fake.resetCounters();
      await h.host.applyPatch(bigPatch(count), before);
      const total = h.fake.syncs.reduce((sum, s) => sum + s.payloadBytes, 0);
      // N syncs for a payload over 4 MB × (N − 1).
      expect(total).toBeGreaterThan(4 * 1024 * 1024 * (syncs - 1));
      expect(h.fake.syncCount).toBe(syncs);
      expect(Math.max(...h.fake.syncs.map((s) => s.payloadBytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
      expect(h.fake.cell(SHEET, `A${count}`).value).toHaveLength(30_000);
    },
  );

  it('suspends calculation at the start of every batch that writes', async () => {
    await h.host.applyPatch(bigPatch(200));
    expect(h.fake.writesWhileCalculating).toBe(0);
    const writing = h.fake.syncs.filter((s) => s.actions.some((a) => a.startsWith('set ')));
    expect(writing.length).toBe(2);
    for (const sync of writing) expect(sync.actions[0]).toBe('suspendCalculation');
  });

  it('writes a table block in one call per property, not one per cell', async () => {
    const cells = [];
    for (let r = 5; r <= 14; r++) {
      for (const col of 'ABCDEFGHIJKL')
        cells.push({ address: `${col}${r}`, value: r * 100, numberFormat: '#,##0' });
    }
    const before = (await h.host.readSheet(SHEET)) ?? undefined;
    h.fake.resetCounters();
    await h.host.applyPatch({ sheet: SHEET, cells }, before);
    const actions = h.fake.syncs[0]?.actions ?? [];
    expect(actions.filter((a) => a.startsWith('set '))).toEqual([
      'set numberFormat A5:L14',
      'set formulas A5:L14',
    ]);
    expect(h.fake.cell(SHEET, 'L14')).toMatchObject({ value: 1400, numberFormat: '#,##0' });
  });

  it('applies fonts, fills (null clears), thin borders, alignment and wrap only to the patch cells', async () => {
    h.fake.seed(SHEET, 'A1', { value: 'x', style: { fill: '#FFFF00' } });
    await h.host.applyPatch({
      sheet: SHEET,
      cells: [
        { address: 'A1', style: { fill: null, bold: true, fontName: 'Times New Roman', fontSize: 13 } },
        {
          address: 'B6',
          value: 1,
          style: { border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true },
        },
        {
          address: 'C6',
          value: 2,
          style: { border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true },
        },
      ],
    });
    expect(h.fake.cell(SHEET, 'A1').style).toEqual({
      'font.bold': true,
      'font.name': 'Times New Roman',
      'font.size': 13,
    });
    expect(h.fake.cell(SHEET, 'B6').style).toMatchObject({
      horizontalAlignment: 'Center',
      verticalAlignment: 'Center',
      wrapText: true,
      'border.top.style': 'Continuous',
      'border.right.style': 'Continuous',
      'border.left.weight': 'Thin',
    });
    expect(h.fake.cell(SHEET, 'D6').style).toEqual({});
    expect([...h.fake.cellWrites.keys()].sort()).toEqual([`${SHEET}!A1`, `${SHEET}!B6`, `${SHEET}!C6`]);
  });

  it('converts column widths from characters to points', async () => {
    await h.host.applyPatch({ sheet: SHEET, cells: [], columnWidths: { C: 20 } });
    expect(charsToPoints(20)).toBe(108.75);
    expect(h.fake.sheets.get(SHEET)?.widths.get(2)).toBe(108.75);
    expect(h.fake.cellWrites.size).toBe(0);
  });

  it('updates a name that exists for another sheet instead of failing to add it', async () => {
    h.fake.names.set('GNBV_TONG', nameReference('Sheet1', 'A1'));
    const before = (await h.host.readSheet(SHEET)) ?? undefined;
    h.fake.resetCounters();
    await h.host.applyPatch({ sheet: SHEET, cells: [], names: { GNBV_TONG: 'C4' } }, before);
    // The snapshot does not list a name of another sheet, so the host asked once.
    expect(h.fake.syncCount).toBe(2);
    expect(h.fake.names.get('GNBV_TONG')).toBe("='Kinh phí'!$C$4");
  });

  it('writes nothing when the sheet is missing', async () => {
    await expect(
      h.host.applyPatch({ sheet: 'Khác', cells: [{ address: 'A1', value: 1 }] }),
    ).rejects.toMatchObject({
      code: 'noSheet',
    });
    expect(h.fake.cellWrites.size).toBe(0);
    expect(h.fake.syncs.every((s) => !s.actions.some((a) => a.startsWith('set ')))).toBe(true);
  });

  it('stays under the 5 MB request limit the fake enforces', async () => {
    await h.host.applyPatch(bigPatch(300));
    expect(h.fake.syncs.every((s) => s.payloadBytes < REQUEST_LIMIT)).toBe(true);
  });
});

describe('OfficeHost lets Excel recalculate before it reads', () => {
  let h: ReturnType<typeof officeHarness>;
  const patch: Patch = { sheet: SHEET, cells: [{ address: 'C3', value: 1695 }] };
  beforeEach(() => {
    h = officeHarness();
    h.fake.addSheet(SHEET);
    h.fake.seed(SHEET, 'C3', { value: 1588 });
    h.fake.seed(SHEET, 'C4', { value: 1588, formula: '=SUM(C3:C3)' });
  });

  it('in automatic mode asks for no recalculation and no extra sync', async () => {
    const before = (await h.host.readSheet(SHEET)) ?? undefined;
    h.fake.resetCounters();
    await h.host.applyPatch(patch, before);
    await h.host.readSheet(SHEET);
    expect(h.fake.syncCount).toBe(2);
    expect(h.fake.recalculations).toBe(0);
    expect(h.fake.syncs.flatMap((s) => s.actions).filter((a) => a.startsWith('calculate'))).toEqual([]);
  });

  it('in manual mode recalculates after writing, in a sync of its own after the suspended writes', async () => {
    h.fake.calculationMode = 'Manual';
    const before = (await h.host.readSheet(SHEET)) ?? undefined;
    h.fake.resetCounters();
    await h.host.applyPatch(patch, before);
    expect(h.fake.syncCount).toBe(2);
    const [writes, recalc] = h.fake.syncs;
    expect(writes?.actions[0]).toBe('suspendCalculation');
    // The mode rides on the writes' sync.
    expect(writes?.actions.at(-1)).toBe('load application');
    expect(recalc?.actions).toEqual(['calculate Recalculate']);
    expect([h.fake.uncalculated, h.fake.recalculations]).toEqual([false, 1]);
  });

  it('in manual mode recalculates before reading, and returns what it read after', async () => {
    h.fake.calculationMode = 'Manual';
    // The user typed a figure with calculation set to manual.
    h.fake.uncalculated = true;
    const snapshot = await h.host.readSheet(SHEET);
    expect(h.fake.syncCount).toBe(2);
    expect(h.fake.syncs[1]?.actions.slice(0, 2)).toEqual(['calculate Recalculate', 'load usedRange']);
    expect(h.fake.lastReadStale).toBe(false);
    expect(snapshot?.rows[1]?.[0]).toMatchObject({ value: 1588, formula: '=SUM(C3:C3)' });
  });

  it('in manual mode never reads stale results after its own write', async () => {
    h.fake.calculationMode = 'Manual';
    await h.host.applyPatch(patch);
    h.fake.resetCounters();
    await h.host.readSheet(SHEET);
    expect(h.fake.lastReadStale).toBe(false);
    expect(h.fake.staleReads).toBe(0);
  });

  it('sends nothing, and recalculates nothing, for a patch that writes nothing', async () => {
    h.fake.calculationMode = 'Manual';
    const before = (await h.host.readSheet(SHEET)) ?? undefined;
    h.fake.resetCounters();
    await h.host.applyPatch({ sheet: SHEET, cells: [] }, before);
    expect([h.fake.syncCount, h.fake.recalculations]).toEqual([0, 0]);
  });
});

describe('OfficeHost: the selected range', () => {
  it('reads the selection sheet-qualified, as Excel writes it, in one sync', async () => {
    const fake = new FakeExcel(['Sheet1', 'Tiêu chí']);
    const host = new OfficeHost(fake.run);
    fake.selection = { sheet: 'Tiêu chí', rect: { top: 2, left: 1, bottom: 19, right: 4 } };
    fake.resetCounters();
    await expect(host.selectedRange()).resolves.toBe("'Tiêu chí'!B3:E20");
    expect(fake.syncCount).toBe(1);
  });

  it('follows what the add-in selected, and is A1 of the active sheet before anything was', async () => {
    const fake = new FakeExcel(['Sheet1']);
    const host = new OfficeHost(fake.run);
    await expect(host.selectedRange()).resolves.toBe('Sheet1!A1');
    await host.select('Sheet1', 'c5');
    await expect(host.selectedRange()).resolves.toBe('Sheet1!C5');
  });

  it('gives null when a chart or shape is selected instead of cells', async () => {
    const fake = new FakeExcel(['Sheet1']);
    fake.selection = 'shape';
    await expect(new OfficeHost(fake.run).selectedRange()).resolves.toBeNull();
  });
});
