import { DEFAULT_ROW_POINTS, wrappedRowHeights } from '../../src/sheet/row-heights';
import type { CellStyle } from '../../src/sheet/types';

const wrap: CellStyle = { fontName: 'Times New Roman', fontSize: 13, wrap: true };
const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ');

describe('wrappedRowHeights', () => {
  it('makes a row taller the more lines its wrapped text takes in its column', () => {
    const h = wrappedRowHeights(
      [
        { address: 'A1', value: words(3), style: wrap },
        { address: 'A2', value: words(20), style: wrap },
        { address: 'A3', value: words(60), style: wrap },
      ],
      { A: 30 },
    );
    expect(h[1]).toBeGreaterThan(DEFAULT_ROW_POINTS);
    expect(h[2]).toBeGreaterThan(h[1] ?? 0);
    expect(h[3]).toBeGreaterThan(2 * (h[2] ?? 0));
  });

  it('leaves rows without wrapped text, formulas and numbers alone, and takes the tallest cell of a row', () => {
    const h = wrappedRowHeights(
      [
        { address: 'A1', value: words(40), style: { ...wrap, wrap: false } },
        { address: 'B2', formula: '=A1', value: words(40), style: wrap },
        { address: 'C3', value: 12345, style: wrap },
        { address: 'A4', value: words(5), style: wrap },
        { address: 'B4', value: words(30), style: wrap },
      ],
      { A: 20, B: 20 },
    );
    expect(Object.keys(h)).toEqual(['4']);
    expect(h[4]).toBe(wrappedRowHeights([{ address: 'B1', value: words(30), style: wrap }], { B: 20 })[1]);
  });

  it('counts a merged cell as wide as its columns, and shares its height among its rows', () => {
    const cells = [{ address: 'A1', value: words(30), style: wrap }];
    const alone = wrappedRowHeights(cells, { A: 20, B: 20, C: 20 })[1] ?? 0;
    const across = wrappedRowHeights(cells, { A: 20, B: 20, C: 20 }, ['A1:C1'])[1] ?? 0;
    const down = wrappedRowHeights(cells, { A: 20 }, ['A1:A2'])[1] ?? 0;
    expect(across).toBeLessThan(alone);
    expect(down).toBeLessThan(alone);
  });

  it('breaks a line at a line break and a word longer than the column', () => {
    const one = wrappedRowHeights([{ address: 'A1', value: 'ngắn', style: wrap }], { A: 20 })[1] ?? 0;
    const two = wrappedRowHeights([{ address: 'A1', value: 'ngắn\nngắn', style: wrap }], { A: 20 })[1] ?? 0;
    const long =
      wrappedRowHeights([{ address: 'A1', value: 'x'.repeat(60), style: wrap }], { A: 20 })[1] ?? 0;
    expect(two).toBeGreaterThan(one);
    expect(long).toBeGreaterThan(two);
  });
});
