import { MemoryHost } from '../../src/hosts/memory/memory-host';
import { describeHostBehaviour, SHEET, type GridCell, type Harness } from './host-suite';

function memoryHarness(): Harness & { memory: MemoryHost } {
  const memory = new MemoryHost(['Sheet1']);
  return {
    memory,
    host: memory,
    addSheet: (name) => memory.addSheet(name),
    seed: (sheet, address, cell) => memory.setCell(sheet, address, cell),
    grid: (sheet) => {
      const out: Record<string, GridCell> = {};
      for (const [address, cell] of Object.entries(memory.dump(sheet))) {
        if (cell.value === null && cell.formula === undefined && cell.numberFormat === 'General') continue;
        out[address] = {
          value: cell.value,
          ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
          numberFormat: cell.numberFormat,
        };
      }
      return out;
    },
    merges: (sheet) => memory.merges(sheet),
    writtenCells: () => null,
  };
}

describeHostBehaviour('MemoryHost', memoryHarness);

describe('MemoryHost specifics', () => {
  it('restores styles exactly on undo, including a fill cleared by null and borders', async () => {
    const h = memoryHarness();
    h.addSheet(SHEET);
    h.memory.setCell(SHEET, 'A1', {
      value: 'Đơn vị tính: Triệu đồng',
      style: { italic: true, fill: '#FFFF00' },
    });
    const original = h.memory.dump(SHEET);
    const { undo } = await h.host.applyPatch({
      sheet: SHEET,
      cells: [
        { address: 'A1', style: { fill: null, bold: true, fontName: 'Times New Roman', fontSize: 13 } },
        { address: 'B1', value: 7645, style: { border: 'thin', hAlign: 'right' } },
      ],
    });
    expect(h.memory.getCell(SHEET, 'A1').style).toEqual({
      italic: true,
      bold: true,
      fontName: 'Times New Roman',
      fontSize: 13,
    });
    expect(h.memory.getCell(SHEET, 'B1').style).toEqual({ border: 'thin', hAlign: 'right' });
    await h.host.applyPatch(undo);
    // B1 keeps hAlign "right": CellStyle has no value for Excel's "General" alignment (documented).
    expect(h.memory.dump(SHEET)).toEqual({
      ...original,
      B1: { value: null, numberFormat: 'General', style: { hAlign: 'right' } },
    });
  });

  it('shows numbers as String gives them and booleans as Excel does, with no locale', async () => {
    const h = memoryHarness();
    h.memory.setCell('Sheet1', 'A1', { value: 15555.25 });
    h.memory.setCell('Sheet1', 'B1', { value: false });
    const snap = await h.host.readSheet('Sheet1');
    expect(snap?.rows[0]?.map((c) => c.text)).toEqual(['15555.25', 'FALSE']);
  });

  it('recomputes the formulas it can exactly, and keeps and reports those it cannot', async () => {
    const h = memoryHarness();
    const first = await h.host.applyPatch({
      sheet: 'Sheet1',
      cells: [
        { address: 'A2', value: 0.1 },
        { address: 'A3', value: 0.2 },
        // A stale result given with a formula is replaced by the exact one.
        { address: 'A1', formula: '=SUM(A2:A3)', value: 7645 },
        { address: 'B1', formula: '=A1*2' },
        { address: 'C1', formula: '=GNBV.PHANBO(A1,{1;1},1)', value: 5 },
        { address: 'D1', formula: '=C1+A1' },
      ],
    });
    expect(h.memory.getCell('Sheet1', 'A1')).toMatchObject({ formula: '=SUM(A2:A3)', value: 0.3 });
    expect(first.recalculated).toContain('A1');
    // What the evaluator does not take keeps the value given (none: empty), as does what it feeds.
    expect(h.memory.getCell('Sheet1', 'C1')).toMatchObject({ value: 5 });
    expect(h.memory.getCell('Sheet1', 'D1')).toMatchObject({ value: null });
    expect(first.notRecalculated).toEqual(expect.arrayContaining(['C1', 'D1']));
    expect(first.notRecalculated).not.toContain('A1');

    const second = await h.host.applyPatch({ sheet: 'Sheet1', cells: [{ address: 'A3', value: 1.5 }] });
    expect(h.memory.getCell('Sheet1', 'A1').value).toBe(1.6);
    expect(second.notRecalculated).toEqual(expect.arrayContaining(['C1', 'D1']));
    // A write of styles only recomputes nothing.
    const styled = await h.host.applyPatch({
      sheet: 'Sheet1',
      cells: [{ address: 'A3', style: { bold: true } }],
    });
    expect(styled.notRecalculated).toBeUndefined();
  });

  it('keeps column widths in characters', async () => {
    const h = memoryHarness();
    await h.host.applyPatch({ sheet: 'Sheet1', cells: [], columnWidths: { B: 42, c: 12.5 } });
    expect([h.memory.columnWidth('Sheet1', 'B'), h.memory.columnWidth('Sheet1', 'C')]).toEqual([42, 12.5]);
  });
});
