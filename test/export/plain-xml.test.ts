/**
 * The body rows of the summary table and the section's lines are handed to docx as XML objects
 * (src/export/plain-xml.ts) for speed: they must still say what the docx objects said — column widths,
 * centred cells, alignment, bold Dự án rows, italic nội dung rows, 13 pt, rows kept whole; headings
 * bold and kept with the next line, body lines justified with the first-line indent.
 */
import { columnLayout, kinhPhiDocument, summaryTable } from '../../src/export';
import { FIRST_LINE_INDENT_MM, mmToTwip, PARAGRAPH_BEFORE } from '../../src/export/page';
import { bigPlan, docxParts } from './helpers';

const plan = bigPlan(60);
let documentXml = '';

beforeAll(async () => {
  documentXml = docxParts(
    await kinhPhiDocument(plan, { style: 'kinh-phi-thuc-hien', words: 'total' }),
  ).documentXml;
});

function tableRows(xml: string): string[] {
  const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)?.[0] ?? '';
  return table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
}

describe('summary table body rows written as XML objects', () => {
  it('gives every body row its cells with the widths, alignment and emphasis of its kind', () => {
    const table = summaryTable(plan);
    const widths = columnLayout(table, false).widths;
    const rows = tableRows(documentXml).slice(3); // two header rows and TỔNG CỘNG first
    expect(rows).toHaveLength(table.rows.length);
    expect(table.rows.some((r) => r.level === 1)).toBe(true);
    expect(table.rows.some((r) => r.kind === 'noi_dung')).toBe(true);
    table.rows.forEach((row, i) => {
      const xml = rows[i] ?? '';
      expect(xml).toContain('<w:trPr><w:cantSplit/></w:trPr>');
      const cells = xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
      expect(cells.map((c) => Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c)?.[1]))).toEqual(widths);
      expect(cells.map((c) => /<w:jc w:val="(\w+)"\/>/.exec(c)?.[1])).toEqual([
        'center',
        'left',
        ...widths.slice(2).map(() => 'right'),
      ]);
      for (const c of cells) {
        expect(c).toContain('<w:vAlign w:val="center"/>');
        expect(c).toContain('<w:sz w:val="26"/><w:szCs w:val="26"/>');
        expect(c.includes('<w:b/><w:bCs/>')).toBe(row.level === 1);
        expect(c.includes('<w:i/><w:iCs/>')).toBe(row.kind === 'noi_dung');
      }
      expect(cells[0]).toContain(`<w:t xml:space="preserve">${row.stt}</w:t>`);
    });
  });

  it('keeps the cell margins once, on the table', () => {
    expect(documentXml).toContain(
      '<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="70"/>' +
        '<w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar>',
    );
    expect(documentXml).not.toContain('<w:tcMar>');
  });
});

describe('section lines written as XML objects', () => {
  it('sets headings bold and kept with the next line, the body justified with its indent', () => {
    const body = documentXml.replace(/<w:tbl>[\s\S]*<\/w:tbl>/, '');
    const indented = (body.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).filter((p) =>
      p.includes(`<w:ind w:firstLine="${mmToTwip(FIRST_LINE_INDENT_MM)}"/>`),
    );
    expect(indented.length).toBeGreaterThan(20);
    const headings = indented.filter((p) => p.includes('<w:keepNext/>'));
    const lines = indented.filter((p) => !p.includes('<w:keepNext/>'));
    expect(headings.length).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThan(0);
    for (const p of indented) {
      expect(p).toContain(`<w:spacing w:before="${PARAGRAPH_BEFORE}"/>`);
      expect(p).toContain('<w:jc w:val="both"/>');
    }
    for (const p of headings) expect(p).toContain('<w:b/><w:bCs/>');
    for (const p of lines) expect(p).not.toContain('<w:b/>');
  });
});
