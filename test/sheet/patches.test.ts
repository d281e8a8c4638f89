import { at, finding, type Severity, type Where } from '../../src/domain/findings';
import { dec } from '../../src/domain/money';
import { renderSection } from '../../src/domain/render';
import {
  cellAddress,
  allocationPatch,
  buildTemplate,
  cellsOf,
  clearMarksPatch,
  conflicts,
  letterOf,
  markFindingsPatch,
  nextOwnedName,
  ownedRanges,
  roman,
  sectionPatch,
} from '../../src/sheet';
import type { Patch, SheetSnapshot } from '../../src/sheet/types';
import { seed000 } from './seeds';

describe('numbering', () => {
  it('numbers Dự án in Roman and nội dung in Vietnamese letters', () => {
    expect([1, 4, 7, 9].map(roman)).toEqual(['I', 'IV', 'VII', 'IX']);
    expect([1, 4, 5, 6, 23, 24].map(letterOf)).toEqual(['a', 'd', 'đ', 'e', 'y', 'a2']);
  });
});

describe('allocationPatch', () => {
  const { layout } = buildTemplate({ year: 2024, locality: 'x' });
  const parts = [
    { code: 'DA2', nstw: dec('155.42'), nsdp: dec('10') },
    { code: 'DA3.1', nstw: dec('155.41'), nsdp: dec('0') },
  ];

  it('writes the parts as exact numbers in vốn sự nghiệp and NSĐP', () => {
    const { patch, findings } = allocationPatch(layout.cells, parts, 'values');
    expect(findings).toEqual([]);
    expect(patch.cells).toEqual([
      { address: 'E14', value: 155.42 },
      { address: 'G14', value: 10 },
      { address: 'E16', value: 155.41 },
      { address: 'G16', value: 0 },
    ]);
  });

  it('writes live formulas over the named settings cells', () => {
    const { patch } = allocationPatch(layout.cells, parts, 'formulas', {
      weights: { nstw: 'L14:L15', nsdp: 'M14:M15' },
    });
    expect(patch.cells[2]).toEqual({
      address: 'E16',
      formula: '=INDEX(GNBV.PHANBO(GNBV_NSTW_GIAO,L14:L15,GNBV_BUOC),2)',
    });
    expect(patch.cells[3]?.formula).toBe('=INDEX(GNBV.PHANBO(GNBV_NSDP_GIAO,M14:M15,GNBV_BUOC),2)');
  });

  it('reports an item without a row and writes nothing for it', () => {
    const { patch, findings } = allocationPatch(
      layout.cells,
      [{ code: 'DA9', nstw: dec(1), nsdp: dec(1) }],
      'values',
    );
    expect(patch.cells).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'PATCH_NO_CELL', where: at.item('DA9'), severity: 'error' }),
    ]);
  });
});

describe('conflicts and owned ranges', () => {
  const snapshot: SheetSnapshot = {
    sheet: 'KH',
    originRow: 1,
    originCol: 1,
    rows: [
      [
        { value: 'mine', text: 'mine' },
        { value: null, text: '' },
      ],
      [
        { value: 5, text: '5' },
        { value: null, text: '', formula: '=B2' },
      ],
    ],
    names: { GNBV_VUNG_1: 'B2:B2', GNBV_VUNG_2: 'C3', GNBV_BANG: 'B2:C3' },
  };
  const patch: Patch = {
    sheet: 'KH',
    cells: [
      { address: 'B2', value: 1 },
      { address: 'C2', value: 1 },
      { address: 'B3', formula: '=1' },
      { address: 'C3', value: 2 },
      { address: 'B3', style: { fill: '#FFF3CD' } },
      { address: 'Z99', value: 3 },
    ],
  };

  it('lists only filled cells outside the owned ranges', () => {
    expect(ownedRanges(snapshot)).toEqual(['B2:B2', 'C3']);
    expect(conflicts(snapshot, patch, ownedRanges(snapshot))).toEqual(['B3']);
    expect(conflicts(snapshot, patch, [])).toEqual(['B2', 'B3', 'C3']);
    expect(conflicts(null, patch, [])).toEqual([]);
  });

  it('picks the next free owned-range name', () => {
    expect(nextOwnedName(snapshot)).toBe('GNBV_VUNG_3');
    expect(nextOwnedName(null)).toBe('GNBV_VUNG_1');
  });
});

describe('sectionPatch', () => {
  it('puts one rendered line per row in column A, headings bold', () => {
    const rendered = renderSection(seed000());
    const patch = sectionPatch(rendered);
    expect(patch.sheet).toBe('Kinh phí');
    expect(patch.cells.map((c) => c.value)).toEqual(rendered.lines.map((l) => l.text));
    expect(patch.cells.map((c) => c.address).slice(0, 3)).toEqual(['A1', 'A2', 'A3']);
    rendered.lines.forEach((line, i) => {
      const style = patch.cells[i]?.style;
      expect(style).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, wrap: true });
      expect(Boolean(style?.bold)).toBe(line.kind === 'heading' || line.kind === 'section');
    });
    expect(patch.columnWidths?.A).toBeGreaterThan(80);
  });
});

describe('markFindingsPatch and clearMarksPatch', () => {
  const { layout } = buildTemplate({ year: 2024, locality: 'x' });
  const sheet = layout.sheet;
  const text = { vi: 'x', en: 'x' };
  const f = (severity: Severity, code: string, where: Where) => finding({ severity, code, where, text });

  it('colours error cells red and warning cells yellow, errors winning', () => {
    const patch = markFindingsPatch(
      [
        f('warning', 'SHEET_TYPED_TOTAL', at.cell(sheet, 'C26', 'DA7')),
        f('error', 'ITEM_TOTAL', at.item('DA7')),
        f('warning', 'NSTW_SPLIT', at.item('DA2')),
        f('info', 'SHEET_TEXT_NUMBER', at.cell(sheet, 'E16', 'DA3.1')),
      ],
      layout.cells,
    );
    expect(patch.cells).toEqual([
      { address: 'C26', style: { fill: '#F8D7DA' } },
      { address: 'D14', style: { fill: '#FFF3CD' } },
    ]);
  });

  it('marks the whole row when the rule concerns no single amount', () => {
    const patch = markFindingsPatch([f('error', 'PARENT_SUM', at.plan())], layout.cells);
    expect(patch.cells.map((c) => c.address)).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => `${c}12`),
    );
  });

  it('finds a cell finding at its address, an item through the cell map, and nothing off the sheet', () => {
    expect(cellsOf(f('warning', 'SHEET_TYPED_TOTAL', at.cell(sheet, 'C26', 'DA7')), layout.cells)).toEqual([
      'C26',
    ]);
    expect(cellsOf(f('error', 'ITEM_TOTAL', at.item('DA4.1')), layout.cells)).toEqual(['C19']);
    expect(cellsOf(f('error', 'COUNTERPART_RATIO', at.plan()), layout.cells)).toEqual(['G12']);
    // An import finding on a document line of an item points at the item's row.
    expect(cellsOf(f('error', 'ITEM_TOTAL', at.line(7, 'DA2')), layout.cells)).toEqual(['C14']);
    expect(cellsOf(f('error', 'SHEET_BAD_NUMBER', at.cell('Trang khác', 'C26')), layout.cells)).toEqual([]);
    expect(cellsOf(f('error', 'ITEM_TOTAL', at.item('DA99')), layout.cells)).toEqual([]);
    expect(cellsOf(f('error', 'CLI_BAD_TOTAL', at.argument('--total')), layout.cells)).toEqual([]);
    expect(cellsOf(f('error', 'IMPORT_FAILED', at.none()), layout.cells)).toEqual([]);
  });

  it('clears exactly the cells it marked', () => {
    const marked = markFindingsPatch([f('error', 'ITEM_TOTAL', at.item('DA2'))], layout.cells);
    expect(clearMarksPatch(marked)).toEqual({
      sheet: layout.sheet,
      cells: [{ address: 'C14', style: { fill: null } }],
    });
    expect(clearMarksPatch(['A1'], 'KH').cells).toEqual([
      { address: cellAddress(0, 0), style: { fill: null } },
    ]);
  });
});
