/**
 * The rendered kinh phí section as Word paragraphs: headings bold, body justified with a
 * first-line indent, as official documents set them.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { SectionLine } from '../domain/render';
import { FIRST_LINE_INDENT_MM, mmToTwip, PARAGRAPH_BEFORE } from './page';

/** One paragraph per rendered line, text exactly as rendered (figures never reformatted). */
export function sectionParagraphs(lines: readonly SectionLine[]): Paragraph[] {
  return lines.map((line) => {
    const heading = line.kind === 'section' || line.kind === 'heading';
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
