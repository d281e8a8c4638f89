import fc from 'fast-check';
import { dec } from '../../src/domain/money';
import { renderSection } from '../../src/domain/render';
import {
  a1,
  allocationPatch,
  buildTemplate,
  clearMarksPatch,
  colIndex,
  colLetters,
  conflicts,
  letterOf,
  markFindingsPatch,
  nextOwnedName,
  ownedRanges,
  parseRange,
  roman,
  sectionPatch,
} from '../../src/sheet';
import type { Patch, SheetSnapshot } from '../../src/sheet/types';
import { seed000 } from './seeds';

describe('A1 helpers and numbering', () => {
  it('turns column indexes into letters and back', () => {
    expect([0, 25, 26, 701, 702].map(colLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => colIndex(colLetters(i)) === i));
    expect(colIndex('A1')).toBeUndefined();
  });

  it('reads ranges in any corner order and with a sheet prefix', () => {
    expect(parseRange("'Kế hoạch'!C7:A1")).toEqual({ top: 0, left: 0, bottom: 6, right: 2 });
    expect(parseRange('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange('B2:')).toBeUndefined();
  });

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
      expect.objectContaining({ code: 'PATCH_NO_CELL', where: 'DA9', severity: 'error' }),
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
  const base = { message_vi: 'x', message_en: 'x' };

  it('colours error cells red and warning cells yellow, errors winning', () => {
    const patch = markFindingsPatch(
      [
        { ...base, severity: 'warning', code: 'SHEET_TYPED_TOTAL', where: 'DA7', cell: 'C26' } as never,
        { ...base, severity: 'error', code: 'ITEM_TOTAL', where: 'DA7' },
        { ...base, severity: 'warning', code: 'NSTW_SPLIT', where: 'DA2' },
        { ...base, severity: 'info', code: 'SHEET_TEXT_NUMBER', where: 'DA3.1', cell: 'E16' } as never,
      ],
      layout.cells,
    );
    expect(patch.cells).toEqual([
      { address: 'C26', style: { fill: '#F8D7DA' } },
      { address: 'D14', style: { fill: '#FFF3CD' } },
    ]);
  });

  it('marks the whole row when the rule concerns no single amount', () => {
    const patch = markFindingsPatch(
      [{ ...base, severity: 'error', code: 'PARENT_SUM', where: 'TONG' }],
      layout.cells,
    );
    expect(patch.cells.map((c) => c.address)).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => `${c}12`),
    );
  });

  it('clears exactly the cells it marked', () => {
    const marked = markFindingsPatch(
      [{ ...base, severity: 'error', code: 'ITEM_TOTAL', where: 'DA2' }],
      layout.cells,
    );
    expect(clearMarksPatch(marked)).toEqual({
      sheet: layout.sheet,
      cells: [{ address: 'C14', style: { fill: null } }],
    });
    expect(clearMarksPatch(['A1'], 'KH').cells).toEqual([{ address: a1(0, 0), style: { fill: null } }]);
  });
});
