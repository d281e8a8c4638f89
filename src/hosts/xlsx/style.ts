/**
 * CellStyle ↔ exceljs styles. exceljs shares one style object between every cell loaded with the same
 * style (and between a merged range's cells), so a write never mutates a style in place: it gives the
 * cell a new style object, and the other cells keep theirs.
 */
import type { Alignment, Borders, Cell, Fill, Font, Style } from 'exceljs';
import type { CellStyle } from '../../sheet/types';

const SIDES = ['top', 'left', 'bottom', 'right'] as const;

/** "FF1F4E79" → "#1F4E79"; undefined for theme or indexed colours, which have no fixed RGB. */
function hexOf(argb: unknown): string | undefined {
  return typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb)
    ? `#${argb.slice(2).toUpperCase()}`
    : undefined;
}

function argbOf(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

function fontPart(font: Partial<Font> | undefined): CellStyle {
  if (!font) return {};
  const color = hexOf(font.color?.argb);
  return {
    ...(typeof font.name === 'string' ? { fontName: font.name } : {}),
    ...(typeof font.size === 'number' ? { fontSize: font.size } : {}),
    ...(typeof font.bold === 'boolean' ? { bold: font.bold } : {}),
    ...(typeof font.italic === 'boolean' ? { italic: font.italic } : {}),
    ...(color !== undefined ? { color } : {}),
  };
}

function fillPart(fill: Fill | undefined): CellStyle {
  if (!fill || fill.type !== 'pattern') return {};
  if (fill.pattern === 'none') return { fill: null };
  const color = fill.pattern === 'solid' ? hexOf(fill.fgColor?.argb) : undefined;
  return color !== undefined ? { fill: color } : {};
}

function alignmentPart(a: Partial<Alignment> | undefined): CellStyle {
  if (!a) return {};
  const h = a.horizontal;
  const v = a.vertical;
  return {
    ...(h === 'left' || h === 'center' || h === 'right' ? { hAlign: h } : {}),
    ...(v === 'top' || v === 'middle' || v === 'bottom' ? { vAlign: v } : {}),
    ...(typeof a.wrapText === 'boolean' ? { wrap: a.wrapText } : {}),
  };
}

function borderPart(border: Partial<Borders> | undefined): CellStyle {
  const styles = SIDES.map((side) => border?.[side]?.style);
  if (styles.every((s) => s === 'thin')) return { border: 'thin' };
  if (styles.every((s) => s === undefined)) return { border: 'none' };
  return {};
}

/**
 * The cell's style in the contract's terms, for the properties that have a value the contract can
 * express (theme colours and mixed borders are left out).
 */
export function styleOf(cell: Cell): CellStyle {
  const style: Partial<Style> = cell.style ?? {};
  return {
    ...fontPart(style.font),
    ...fillPart(style.fill),
    ...alignmentPart(style.alignment),
    ...borderPart(style.border),
  };
}

function withFont(font: Partial<Font> | undefined, s: CellStyle): Partial<Font> {
  const next: Partial<Font> = { ...(font ?? {}) };
  if (s.fontName !== undefined) next.name = s.fontName;
  if (s.fontSize !== undefined) next.size = s.fontSize;
  if (s.bold !== undefined) next.bold = s.bold;
  if (s.italic !== undefined) next.italic = s.italic;
  if (s.color !== undefined) next.color = { argb: argbOf(s.color) };
  return next;
}

function withAlignment(a: Partial<Alignment> | undefined, s: CellStyle): Partial<Alignment> {
  const next: Partial<Alignment> = { ...(a ?? {}) };
  if (s.hAlign !== undefined) next.horizontal = s.hAlign;
  if (s.vAlign !== undefined) next.vertical = s.vAlign;
  if (s.wrap !== undefined) next.wrapText = s.wrap;
  return next;
}

/** Gives the cell a new style object with the given properties changed. */
export function applyStyle(cell: Cell, s: CellStyle): void {
  const style: Partial<Style> = { ...(cell.style ?? {}) };
  if (
    s.fontName !== undefined ||
    s.fontSize !== undefined ||
    s.bold !== undefined ||
    s.italic !== undefined ||
    s.color !== undefined
  ) {
    style.font = withFont(style.font, s);
  }
  if (s.hAlign !== undefined || s.vAlign !== undefined || s.wrap !== undefined) {
    style.alignment = withAlignment(style.alignment, s);
  }
  if (s.fill !== undefined) {
    style.fill =
      s.fill === null
        ? { type: 'pattern', pattern: 'none' }
        : { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(s.fill) } };
  }
  if (s.border === 'thin') {
    style.border = {
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    };
  } else if (s.border === 'none') {
    style.border = {};
  }
  cell.style = style;
}

/** Gives the cell a new style object with another number format. */
export function applyNumberFormat(cell: Cell, numberFormat: string): void {
  cell.style = { ...(cell.style ?? {}), numFmt: numberFormat };
}
