/**
 * The rendered kinh phí section as Word paragraphs: headings bold, body justified with a
 * first-line indent, as official documents set them.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { SectionLine } from '../domain/render';
import { FIRST_LINE_INDENT_MM, mmToTwip, PARAGRAPH_BEFORE } from './page';
import { element, PlainXml, textRun } from './plain-xml';

/**
 * One paragraph per rendered line, text exactly as rendered (figures never reformatted). A plan of
 * thousands of rows has tens of thousands of lines, so they are handed to docx as XML objects (see
 * ./plain-xml); the last stays a docx Paragraph, which can end a section (a landscape table follows).
 */
export function sectionParagraphs(lines: readonly SectionLine[]): (Paragraph | PlainXml)[] {
  return lines.map((line, index) => {
    const heading = line.kind === 'section' || line.kind === 'heading';
    if (index < lines.length - 1) return plainParagraph(line.text, heading);
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mmToTwip(FIRST_LINE_INDENT_MM) },
      // A heading keeps with the lines that follow it, so it never ends a page alone.
      keepNext: heading,
      spacing: { before: PARAGRAPH_BEFORE },
      children: [new TextRun({ text: line.text, bold: heading })],
    });
  });
}

/** What the Paragraph of {@link sectionParagraphs} writes for a line. */
function plainParagraph(text: string, heading: boolean): PlainXml {
  const properties = [
    element('w:spacing', { 'w:before': PARAGRAPH_BEFORE }),
    element('w:ind', { 'w:firstLine': mmToTwip(FIRST_LINE_INDENT_MM) }),
    element('w:jc', { 'w:val': 'both' }),
  ];
  // A heading keeps with the lines that follow it, so it never ends a page alone.
  if (heading) properties.unshift({ 'w:keepNext': {} });
  return new PlainXml({ 'w:p': [{ 'w:pPr': properties }, textRun(text, { bold: heading })] });
}

/** A centred bold title line. */
export function titleParagraph(text: string, options: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: [new TextRun({ text, bold: true })],
  });
}

/** A justified italic line such as "(Bằng chữ: …)". */
export function italicParagraph(text: string, alignment: 'left' | 'right' = 'left'): Paragraph {
  return new Paragraph({
    alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { before: PARAGRAPH_BEFORE / 2 },
    keepNext: alignment === 'right',
    children: [new TextRun({ text, italics: true })],
  });
}
