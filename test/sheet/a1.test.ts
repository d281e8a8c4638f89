import fc from 'fast-check';
import {
  absoluteReference,
  cellAddress,
  columnIndex,
  columnLetters,
  columnSpan,
  contains,
  extendRect,
  MAX_COLS,
  MAX_ROWS,
  parseCell,
  parseColumn,
  parseRange,
  parseSheetRange,
  quoteSheetName,
  rangeAddress,
  rowRuns,
  splitSheetReference,
} from '../../src/sheet/a1';

describe('column letters', () => {
  it('turns column indexes into letters and back, inside the grid', () => {
    expect([0, 25, 26, 701, 702, MAX_COLS - 1].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLS - 1 }), (i) => columnIndex(columnLetters(i)) === i),
    );
    expect(columnIndex('xfd')).toBe(MAX_COLS - 1);
  });

  it('gives undefined for what is not a column of the grid, and throws on a bad index (a bug)', () => {
    expect(['A1', '', 'XFE', 'ABCD', 'É'].map(columnIndex)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(parseColumn(' $C ')).toBe(2);
    expect(parseColumn('C:C')).toBeUndefined();
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
  });
});

describe('cells and ranges', () => {
  it('reads and writes cells, absolute or not, inside the grid only', () => {
    expect(parseCell('C7')).toEqual({ row: 6, col: 2 });
    expect(parseCell(' $c$7 ')).toEqual({ row: 6, col: 2 });
    expect(parseCell(`XFD${MAX_ROWS}`)).toEqual({ row: MAX_ROWS - 1, col: MAX_COLS - 1 });
    for (const bad of ['C0', `A${MAX_ROWS + 1}`, 'XFE1', 'C', '7', 'C7:D8', "'KH'!C7", ''])
      expect({ bad, cell: parseCell(bad) }).toEqual({ bad, cell: undefined });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ROWS - 1 }),
        fc.integer({ min: 0, max: MAX_COLS - 1 }),
        (row, col) => {
          const p = parseCell(cellAddress(row, col));
          return p?.row === row && p.col === col;
        },
      ),
    );
  });

  it('reads ranges in any corner order; a sheet prefix must be split off first', () => {
    expect(parseRange('C7:A1')).toEqual({ top: 0, left: 0, bottom: 6, right: 2 });
    expect(parseRange('$A$1:$L$1')).toEqual({ top: 0, left: 0, bottom: 0, right: 11 });
    expect(parseRange('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange('B2:')).toBeUndefined();
    expect(parseRange('A1:B2:C3')).toBeUndefined();
    expect(parseRange("'Kế hoạch'!C7:A1")).toBeUndefined();
    const split = splitSheetReference("'Kế hoạch'!C7:A1");
    expect(split).toEqual({ sheet: 'Kế hoạch', local: 'C7:A1' });
    expect(parseRange(split?.local ?? '')).toEqual({ top: 0, left: 0, bottom: 6, right: 2 });
  });

  it('writes ranges, one cell as a cell, and column spans', () => {
    expect(rangeAddress({ top: 0, left: 0, bottom: 39, right: 11 })).toBe('A1:L40');
    expect(rangeAddress({ top: 6, left: 2, bottom: 6, right: 2 })).toBe('C7');
    expect(columnSpan(4, 11, 13)).toBe('E12:E14');
    expect(columnSpan(4, 11, 11)).toBe('E12');
  });

  it('tells whether a cell is inside a rectangle and grows a rectangle cell by cell', () => {
    const rect = { top: 1, left: 1, bottom: 3, right: 2 };
    expect(contains(rect, { row: 3, col: 2 })).toBe(true);
    expect(contains(rect, { row: 4, col: 2 })).toBe(false);
    let used = extendRect(undefined, 5, 3);
    expect(used).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    used = extendRect(used, 2, 7);
    expect(used).toEqual({ top: 2, left: 3, bottom: 5, right: 7 });
  });

  it('groups sorted rows into runs of consecutive rows', () => {
    expect(rowRuns([1, 2, 3, 7, 9, 10])).toEqual([
      [1, 3],
      [7, 7],
      [9, 10],
    ]);
    expect(rowRuns([])).toEqual([]);
  });
});

describe('sheet-qualified references', () => {
  it('quotes sheet names that are not plain identifiers, doubling quotes', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Kinh phí')).toBe("'Kinh phí'");
    expect(quoteSheetName("Bà Rịa's")).toBe("'Bà Rịa''s'");
    // A name that reads as a cell address must be quoted too.
    expect(quoteSheetName('AB12')).toBe("'AB12'");
  });

  it('splits a reference into its sheet and local address, and back', () => {
    expect(splitSheetReference('=Sheet1!$A$5:$L$40')).toEqual({ sheet: 'Sheet1', local: '$A$5:$L$40' });
    expect(splitSheetReference("'Bà Rịa''s'!A1")).toEqual({ sheet: "Bà Rịa's", local: 'A1' });
    expect(splitSheetReference('A1:B2')).toBeUndefined();
    expect(absoluteReference('Kinh phí', { top: 4, left: 0, bottom: 39, right: 11 })).toBe(
      "='Kinh phí'!$A$5:$L$40",
    );
    expect(absoluteReference('KH', { top: 2, left: 2, bottom: 2, right: 2 })).toBe('=KH!$C$3');
  });

  it('reads the one rectangle a workbook name refers to, and nothing else', () => {
    expect(parseSheetRange("='Kế hoạch kinh phí'!$A$10:$J$29")).toEqual({
      sheet: 'Kế hoạch kinh phí',
      range: 'A10:J29',
    });
    expect(parseSheetRange('KH!$C$3')).toEqual({ sheet: 'KH', range: 'C3' });
    expect(parseSheetRange('=KH!$A$1:$B$2,KH!$D$1')).toBeUndefined();
    expect(parseSheetRange("='Kế hoạch'!$A$1,'Kế hoạch'!$D$1")).toBeUndefined();
    expect(parseSheetRange('=0.05')).toBeUndefined();
    expect(parseSheetRange('A1:B2')).toBeUndefined();
  });
});
