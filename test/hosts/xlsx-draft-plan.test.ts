/**
 * The draft path's fast check of a patch gives exactly what planPatch gives: the same plan for every
 * patch it accepts, the same refusal (error and message) for every patch it refuses.
 */
import { planPatch } from '../../src/hosts/patch-plan';
import { planDraftPatch } from '../../src/hosts/xlsx/draft-plan';
import type { CellWrite, Patch, SheetSnapshot } from '../../src/sheet/types';

const STYLE = { bold: true, fill: '#F8D7DA', color: '#1f4e79' };
const good: CellWrite[] = [
  { address: 'A1', value: 'Tiêu đề', style: STYLE },
  {
    address: 'C12',
    formula: '=IF(COUNT(E12:F12)=0,"",SUM(E12:F12))',
    value: 466.25,
    numberFormat: '#,##0.00',
  },
  { address: 'XFD1048576', value: null },
  { address: 'D3', value: true },
  { address: 'E3', style: STYLE },
];

/** One long row (past the short per-row list of seen columns), A1 to BZ1. */
const longRow: CellWrite[] = Array.from({ length: 78 }, (_, i) => ({
  address: `${i < 26 ? '' : String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}1`,
  value: i,
}));

const variants: [string, Patch, SheetSnapshot?][] = [
  ['a long row', { sheet: 'S', cells: longRow }],
  ['a long row with a cell twice', { sheet: 'S', cells: [...longRow, { address: 'BA1', value: 0 }] }],
  [
    'a short row with a cell twice',
    { sheet: 'S', cells: [...longRow.slice(0, 5), { address: 'C1', value: 0 }] },
  ],
  [
    'canonical cells, merges, widths and names',
    {
      sheet: 'S',
      createSheet: true,
      cells: good,
      merges: ['A1:B1'],
      columnWidths: { A: 6 },
      names: { GNBV_X: 'A1:E3' },
    },
  ],
  [
    'lower-case and $ addresses',
    { sheet: 'S', cells: [...good, { address: 'b$2', value: 1 }, { address: ' f4 ', value: 2 }] },
  ],
  ['a leading zero in the row', { sheet: 'S', cells: [{ address: 'A01', value: 1 }] }],
  ['the same cell twice', { sheet: 'S', cells: [...good, { address: 'C12', value: 1 }] }],
  [
    'the same cell in two spellings',
    {
      sheet: 'S',
      cells: [
        { address: 'A1', value: 1 },
        { address: 'a1', value: 2 },
      ],
    },
  ],
  ['a column beyond the grid', { sheet: 'S', cells: [{ address: 'XFE1', value: 1 }] }],
  ['a row beyond the grid', { sheet: 'S', cells: [{ address: 'A1048577', value: 1 }] }],
  ['not an address', { sheet: 'S', cells: [{ address: 'Tổng', value: 1 }] }],
  ['a number that is not finite', { sheet: 'S', cells: [...good, { address: 'Z9', value: Number.NaN }] }],
  ['text too long', { sheet: 'S', cells: [{ address: 'A2', value: 'x'.repeat(32_768) }] }],
  ['a formula without "="', { sheet: 'S', cells: [{ address: 'A2', formula: 'SUM(A1)' }] }],
  ['a bad colour', { sheet: 'S', cells: [...good, { address: 'A9', style: { fill: 'red' } }] }],
  ['a bad merge and a bad cell', { sheet: 'S', cells: [{ address: '??', value: 1 }], merges: ['A1:'] }],
  [
    'a bad width and a bad cell',
    { sheet: 'S', cells: [{ address: '??', value: 1 }], columnWidths: { A: -1 } },
  ],
  ['a bad width only', { sheet: 'S', cells: good, columnWidths: { A: 300 } }],
  ['a bad name only', { sheet: 'S', cells: good, names: { C7: 'A1' } }],
  ['a bad sheet name', { sheet: 'a/b', cells: good }],
  [
    'a snapshot of another sheet',
    { sheet: 'S', cells: good },
    { sheet: 'T', originRow: 0, originCol: 0, rows: [] },
  ],
];

function outcome(f: () => unknown): unknown {
  try {
    return { plan: f() };
  } catch (e) {
    return { error: e instanceof Error ? [e.constructor.name, e.message, JSON.stringify(e)] : e };
  }
}

describe('planDraftPatch', () => {
  it.each(variants.map(([label, patch, before]) => ({ label, patch, before })))(
    'agrees with planPatch: $label',
    ({ patch, before }) => {
      const expected = outcome(() => planPatch(patch, before));
      expect(outcome(() => planDraftPatch(patch, before))).toEqual(expected);
    },
  );

  it('accepts the canonical patch and refuses the bad ones (the cases are not vacuous)', () => {
    const refused = variants.filter(([, p, b]) => 'error' in (outcome(() => planPatch(p, b)) as object));
    expect(refused.map(([l]) => l)).toContain('a bad colour');
    expect(refused.length).toBeGreaterThanOrEqual(12);
  });
});
