/**
 * The kinh phí section as the export step shows and saves it: a preview of its lines, worded with the
 * chosen style and amounts in words, and the official Word document made with the same options and
 * saved under a name from the plan's locality and year ({@link documentFileName}). Both refuse a plan
 * whose figures do not add up, as writing the section does.
 */
import { DEFAULT_SECTION_STYLE, type SectionLineKind } from '../domain/render';
import { documentFileName } from './document-file-name';
import { exportDocument } from './export-document';
import { done, failed, passOn, type Outcome } from './outcome';
import { checkedPlan, renderPlanSection, type SectionOptions } from './section';
import type { Services } from './services';
import type { WorkbookSession } from './session';

/** One line of the section preview; headings are shown bold, as Word gets them. */
export interface PreviewLine {
  readonly kind: SectionLineKind;
  readonly text: string;
  readonly bold: boolean;
}

/** The lines of the section of the plan sheet's plan, as they will be written. */
export async function previewSection(
  session: WorkbookSession,
  options: SectionOptions,
): Promise<Outcome<readonly PreviewLine[]>> {
  const checked = await checkedPlan(session);
  if (checked.kind !== 'done') return passOn(checked);
  const section = renderPlanSection(checked.value.plan, { ...options, force: true });
  if (section.kind !== 'done') return passOn(section);
  const lines = section.value.lines.map((line) => ({
    kind: line.kind,
    text: line.text,
    bold: line.kind === 'section' || line.kind === 'heading',
  }));
  return done(lines, section.text, section.findings);
}

/**
 * Makes the Word document of the plan sheet's plan (section worded with `options`, summary table) and
 * saves it through the platform as `kinh-phi-<locality>-<year>.docx`; gives the name saved.
 */
export async function downloadSectionDocument(
  session: WorkbookSession,
  options: SectionOptions,
  services: Pick<Services, 'writeDocument' | 'platform'>,
): Promise<Outcome<{ name: string }>> {
  const checked = await checkedPlan(session);
  if (checked.kind !== 'done') return passOn(checked);
  const { plan, findings } = checked.value;
  const documentOptions = {
    style: options.style ?? DEFAULT_SECTION_STYLE,
    words: options.words ?? 'total',
    ...(options.wordsOptions ? { wordsOptions: options.wordsOptions } : {}),
  };
  const exported = await exportDocument(plan, findings, documentOptions, services);
  if (exported.kind !== 'done') return passOn(exported);
  const saved = await services.platform.save(documentFileName(plan), exported.value.bytes);
  if (!saved.ok) return failed(saved.error.text, [saved.error]);
  return done(
    { name: saved.value },
    {
      vi: `Đã tạo văn bản Word "${saved.value}" để tải về.`,
      en: `The Word document "${saved.value}" was made for download.`,
    },
    exported.findings,
  );
}
