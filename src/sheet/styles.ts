/**
 * The template's cell styles (Nghị định 30/2020/NĐ-CP: Times New Roman 13, bold table headings).
 * Shared frozen objects: a 10 000-row patch refers to a handful of styles instead of copying one
 * per cell.
 */
import type { CellStyle } from './types';

const BASE: CellStyle = { fontName: 'Times New Roman', fontSize: 13 };

export const STYLE = {
  title: Object.freeze({ ...BASE, bold: true, hAlign: 'center', vAlign: 'middle', wrap: true }),
  locality: Object.freeze({ ...BASE, italic: true, hAlign: 'center' }),
  unitLine: Object.freeze({ ...BASE, italic: true, hAlign: 'right' }),
  settingsHeading: Object.freeze({ ...BASE, bold: true }),
  settingLabel: Object.freeze({ ...BASE, border: 'thin', wrap: true, vAlign: 'middle' }),
  settingValue: Object.freeze({ ...BASE, border: 'thin', hAlign: 'right', vAlign: 'middle' }),
  header: Object.freeze({
    ...BASE,
    bold: true,
    border: 'thin',
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
  }),
  stt: Object.freeze({ ...BASE, border: 'thin', hAlign: 'center', vAlign: 'middle' }),
  sttBold: Object.freeze({ ...BASE, bold: true, border: 'thin', hAlign: 'center', vAlign: 'middle' }),
  name: Object.freeze({ ...BASE, border: 'thin', hAlign: 'left', vAlign: 'middle', wrap: true }),
  nameBold: Object.freeze({
    ...BASE,
    bold: true,
    border: 'thin',
    hAlign: 'left',
    vAlign: 'middle',
    wrap: true,
  }),
  amount: Object.freeze({ ...BASE, border: 'thin', hAlign: 'right', vAlign: 'middle' }),
  amountBold: Object.freeze({ ...BASE, bold: true, border: 'thin', hAlign: 'right', vAlign: 'middle' }),
  text: Object.freeze({ ...BASE, border: 'thin', vAlign: 'middle', wrap: true }),
  totalLabel: Object.freeze({ ...BASE, bold: true, border: 'thin', hAlign: 'center', vAlign: 'middle' }),
} satisfies Record<string, CellStyle>;
