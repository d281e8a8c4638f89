/**
 * `gnbv section <kế hoạch> [--style …] [--words none|total|all] [--force]`: prints the kinh phí
 * section; a plan whose totals do not add up is refused (exit 1) unless forced.
 */
import { renderPlanSection } from '../app/section';
import type { Services } from '../app/services';
import { SECTION_STYLES, sectionText } from '../domain/render';
import { flag, parseArgs } from './args';
import { cliServices } from './compose';
import { guarded, InputError, type Io } from './io';
import { localeArg, sectionArgs, single, WORDS_FLAGS, wordsOptionsArg } from './options';
import { refuseEmptyPlan } from './output-safety';
import { loadPlan, PLAN_INPUT_VALUES, planInputArgs } from './plan-input';
import { findingLine } from './report';

export const SECTION_USAGE = `gnbv section <kế hoạch.json|.txt|.docx> [--catalogue <mã>] [--style ${SECTION_STYLES.join('|')}] [--words none|total|all] [--force] [--locale vi|en|auto]`;

/** Runs `gnbv section`; returns the exit code. */
export function sectionCommand(
  argv: readonly string[],
  io: Io,
  services: Services = cliServices(),
): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs(argv, {
      values: ['style', 'words', 'locale', ...PLAN_INPUT_VALUES],
      flags: ['force', ...WORDS_FLAGS],
    });
    localeArg(args); // accepted for every command; section reads no typed number
    const path = single(args, 'tệp kế hoạch');
    const { plan, findings: readFindings } = await loadPlan(path, services, planInputArgs(args));
    refuseEmptyPlan(plan, path, 'không có phần kinh phí để in');
    const section = renderPlanSection(plan, {
      ...sectionArgs(args),
      wordsOptions: wordsOptionsArg(args),
      readFindings,
      force: flag(args, 'force'),
    });
    if (section.kind !== 'done') {
      if (section.kind === 'confirm' || section.findings.length === 0) throw new InputError(section.text.vi);
      for (const f of section.findings) io.err(findingLine(f));
      io.err('Kế hoạch có lỗi về số liệu nên chưa in phần kinh phí; sửa các lỗi trên (hoặc dùng --force).');
      return 1;
    }
    io.out(sectionText(section.value));
    for (const f of section.value.findings) io.err(findingLine(f));
    return 0;
  });
}
