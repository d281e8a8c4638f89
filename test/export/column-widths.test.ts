import { buildKinhPhiDocument, columnLayout, summaryTable, textWidthTwips } from '../../src/export';
import { bigPlan, examplePlan } from './helpers';

const total = (w: number[]) => w.reduce((a, b) => a + b, 0);

describe('columnLayout', () => {
  it('fills the text width exactly, portrait and landscape', () => {
    const table = summaryTable(examplePlan());
    for (const landscape of [false, true]) {
      const { widths, figuresFit } = columnLayout(table, landscape);
      expect(widths).toHaveLength(8);
      expect(total(widths)).toBe(textWidthTwips(landscape));
      expect(figuresFit).toBe(true);
    }
  });

  it('widens a money column for a long figure and takes the room from Nội dung', () => {
    const small = columnLayout(summaryTable(examplePlan()), true).widths;
    const big = columnLayout(summaryTable(bigPlan(1000)), true).widths;
    // Column 2 (Tổng cộng) holds 450.265,43 in the big plan, 7.645 in the example.
    expect(big[2]).toBeGreaterThan(small[2] ?? 0);
    expect(big[1]).toBeLessThan(small[1] ?? 0);
    // Columns nobody fills (vốn đầu tư phát triển, khác) keep the header's width.
    expect(big[5]).toBe(small[5]);
    expect(big[7]).toBe(small[7]);
  });

  it('says when the figures of a big plan do not fit a portrait page, and landscape fixes it', () => {
    const table = summaryTable(bigPlan(1000));
    const portrait = columnLayout(table, false);
    expect(portrait.figuresFit).toBe(false);
    expect(total(portrait.widths)).toBe(textWidthTwips(false));
    expect(Math.min(...portrait.widths.slice(2))).toBeGreaterThanOrEqual(1080);
    expect(columnLayout(table, true).figuresFit).toBe(true);
    const codes = (landscape: boolean) =>
      buildKinhPhiDocument(bigPlan(1000), {
        style: 'kinh-phi-thuc-hien',
        words: 'none',
        landscape,
      }).findings.map((f) => f.code);
    expect(codes(false)).toEqual(['EXPORT_TABLE_TOO_WIDE']);
    expect(codes(true)).toEqual([]);
  });
});
