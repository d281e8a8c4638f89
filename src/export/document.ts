/**
 * The kinh phí part of a plan as an official Word document (Nghị định 30/2020/NĐ-CP): the section
 * text, then the summary table under "Đơn vị tính: …", with the total in words when asked.
 */
import {
  Document,
  PageOrientation,
  type FileChild,
  type ISectionOptions,
  type Paragraph,
  type Table,
} from 'docx';
import { at, finding, type Finding } from '../domain/findings';
import { UNIT_LABEL_VI } from '../domain/money/units';
import type { Plan } from '../domain/plan';
import { buildOutline, type OutlineCode } from '../domain/outline';
import { renderSection, type RenderCode, type SectionStyle, type WordsScope } from '../domain/render';
import { amountInWords, type WordsOptions } from '../domain/words';
import { EXPORT_MESSAGES, type ExportCode } from './messages';
import { A4_MM, BODY_PT, FONT, halfPoints, MARGIN_MM, mmToTwip, PARAGRAPH_BEFORE } from './page';
import { italicParagraph, sectionParagraphs, titleParagraph } from './section-paragraphs';
import { summaryTable, type SummaryTable } from './summary-rows';
import { summaryDocxTable } from './summary-table';
import { columnLayout } from './column-widths';

export interface KinhPhiDocumentOptions {
  readonly style: SectionStyle;
  readonly words: WordsScope;
  /** Put the summary table on landscape pages (the decree allows it for wide tables). */
  readonly landscape?: boolean;
  readonly wordsOptions?: WordsOptions;
}

export interface KinhPhiDocx {
  readonly document: Document;
  /** The summary table as data, as the document shows it. */
  readonly table: SummaryTable;
  /**
   * The outline's findings (once, though both the text and the table show its rows), then problems
   * met while writing (an amount that cannot be written in words, a table too wide).
   */
  readonly findings: Finding<OutlineCode | RenderCode | ExportCode>[];
}

const PROGRAMME = 'CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG';

/** Builds the document; `packKinhPhiDocument` (./pack) packs it into .docx bytes. */
export function buildKinhPhiDocument(plan: Plan, options: KinhPhiDocumentOptions): KinhPhiDocx {
  const landscape = options.landscape ?? false;
  const outline = buildOutline(plan);
  const section = renderSection(plan, {
    style: options.style,
    words: options.words,
    outline,
    ...(options.wordsOptions ? { wordsOptions: options.wordsOptions } : {}),
  });
  const findings: Finding<OutlineCode | RenderCode | ExportCode>[] = [...section.findings];
  const year = plan.year !== undefined ? ` NĂM ${plan.year}` : '';
  const opening: Paragraph[] = [titleParagraph(`KINH PHÍ THỰC HIỆN ${PROGRAMME}${year}`)];
  if (plan.locality) opening.push(titleParagraph(capitalize(plan.locality)));

  const table = summaryTable(plan, outline);
  const layout = columnLayout(table, landscape);
  if (!layout.figuresFit) findings.push(tooWide(landscape));
  const tablePart: (Paragraph | Table)[] = [
    titleParagraph(`BẢNG TỔNG HỢP KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH${year}`, {
      before: PARAGRAPH_BEFORE * 2,
      after: PARAGRAPH_BEFORE / 2,
    }),
    italicParagraph(`Đơn vị tính: ${capitalize(UNIT_LABEL_VI[plan.unit])}`, 'right'),
    summaryDocxTable(table, layout),
  ];
  const total = table.total.total;
  if (options.words !== 'none' && total !== undefined) {
    const words = amountInWords(total, plan.unit, options.wordsOptions ?? {});
    if (words.ok) tablePart.push(italicParagraph(`(Bằng chữ: ${words.value})`));
    else {
      findings.push(
        finding({
          severity: 'warning',
          code: 'WORDS_UNAVAILABLE',
          where: at.plan(),
          actual: total,
          text: EXPORT_MESSAGES.WORDS_UNAVAILABLE({ reason: words.error.text }),
        }),
      );
    }
  }
  const text = [...opening, ...sectionParagraphs(section.lines)];
  const sections: ISectionOptions[] = landscape
    ? [pageSection(text, false), pageSection(tablePart, true)]
    : [pageSection([...text, ...tablePart], false)];
  const document = new Document({
    creator: 'Kinh phí GNBV',
    title: `Kinh phí thực hiện Chương trình MTQG Giảm nghèo bền vững${year.toLowerCase()}`,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: halfPoints(BODY_PT),
            language: { value: 'vi-VN' },
          },
        },
      },
    },
    sections,
  });
  return { document, table, findings };
}

function pageSection(children: FileChild[], landscape: boolean): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: mmToTwip(A4_MM.width),
          height: mmToTwip(A4_MM.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(MARGIN_MM.top),
          bottom: mmToTwip(MARGIN_MM.bottom),
          left: mmToTwip(MARGIN_MM.left),
          right: mmToTwip(MARGIN_MM.right),
        },
      },
    },
    children,
  };
}

function tooWide(landscape: boolean): Finding<ExportCode> {
  return finding({
    severity: 'info',
    code: 'EXPORT_TABLE_TOO_WIDE',
    where: at.plan(),
    text: EXPORT_MESSAGES.EXPORT_TABLE_TOO_WIDE({ landscape }),
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
