/**
 * The styles part (xl/styles.xml) of a draft workbook: each distinct (style, number format) pair of
 * the cells becomes one cell format, written as exceljs writes the style `style.ts` would give the
 * cell, so the file reads back the same through exceljs, Excel and LibreOffice. A style object is
 * looked up once: the template's cells share a handful of style objects.
 */
import type { CellStyle } from '../../sheet/types';
import { xmlText } from './draft-xml-text';

/** Number format ids Excel defines itself (ECMA-376 18.8.30), the ones exceljs maps. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy "h":mm': 22,
  '#,##0 ;(#,##0)': 37,
  '#,##0 ;[Red](#,##0)': 38,
  '#,##0.00 ;(#,##0.00)': 39,
  '#,##0.00 ;[Red](#,##0.00)': 40,
  'mm:ss': 45,
  '[h]:mm:ss': 46,
  'mmss.0': 47,
  '##0.0E+0': 48,
  '@': 49,
};

const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
const GRAY_FILL = '<fill><patternFill patternType="gray125"/></fill>';
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const THIN_BORDER =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/** An indexed list of XML fragments, each kept once. */
class Indexed {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(first: readonly string[]) {
    for (const x of first) this.add(x);
  }

  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(xml, i);
      this.items.push(xml);
    }
    return i;
  }
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function fontXml(s: CellStyle): string | undefined {
  if (
    s.fontName === undefined &&
    s.fontSize === undefined &&
    s.bold === undefined &&
    s.italic === undefined &&
    s.color === undefined
  ) {
    return undefined;
  }
  return (
    '<font>' +
    (s.bold ? '<b/>' : '') +
    (s.italic ? '<i/>' : '') +
    (s.color !== undefined ? `<color rgb="${argb(s.color)}"/>` : '') +
    (s.fontSize !== undefined ? `<sz val="${s.fontSize}"/>` : '') +
    (s.fontName !== undefined ? `<name val="${xmlText(s.fontName)}"/>` : '') +
    '</font>'
  );
}

function fillXml(s: CellStyle): string | undefined {
  if (s.fill === undefined) return undefined;
  if (s.fill === null) return NO_FILL;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill></fill>`;
}

function alignmentXml(s: CellStyle): string | undefined {
  if (s.hAlign === undefined && s.vAlign === undefined && s.wrap === undefined) return undefined;
  const vertical = s.vAlign === 'middle' ? 'center' : s.vAlign;
  return (
    '<alignment' +
    (s.hAlign !== undefined ? ` horizontal="${s.hAlign}"` : '') +
    (vertical !== undefined ? ` vertical="${vertical}"` : '') +
    (s.wrap ? ' wrapText="1"' : '') +
    '/>'
  );
}

/** The cell formats of a workbook being written. */
export class DraftStyles {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Indexed([DEFAULT_FONT]);
  private readonly fills = new Indexed([NO_FILL, GRAY_FILL]);
  private readonly borders = new Indexed([NO_BORDER]);
  private readonly xfs = new Indexed([DEFAULT_XF]);
  private readonly byStyle = new Map<CellStyle | undefined, Map<string | undefined, string>>();

  /** A cell's style attribute (` s="5"`) for a style and number format; '' for the default format. */
  attributeOf(style: CellStyle | undefined, numFmt: string | undefined): string {
    let byFormat = this.byStyle.get(style);
    if (!byFormat) {
      byFormat = new Map();
      this.byStyle.set(style, byFormat);
    }
    let attribute = byFormat.get(numFmt);
    if (attribute === undefined) {
      const xf = this.xfs.add(this.xfXml(style ?? {}, numFmt));
      attribute = xf === 0 ? '' : ` s="${xf}"`;
      byFormat.set(numFmt, attribute);
    }
    return attribute;
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private xfXml(s: CellStyle, numFmt: string | undefined): string {
    const numFmtId = this.numFmtId(numFmt);
    const font = fontXml(s);
    const fill = fillXml(s);
    const border = s.border === 'thin' ? THIN_BORDER : s.border === 'none' ? NO_BORDER : undefined;
    const fontId = font === undefined ? 0 : this.fonts.add(font);
    const fillId = fill === undefined ? 0 : this.fills.add(fill);
    const borderId = border === undefined ? 0 : this.borders.add(border);
    const alignment = alignmentXml(s);
    return (
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>')
    );
  }

  /** xl/styles.xml. */
  xml(): string {
    const list = (tag: string, items: readonly string[], extra = '') =>
      `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length > 0 ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
