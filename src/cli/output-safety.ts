/**
 * What `build` and `export` check before writing a file: the output is not one of the inputs
 * (checked before anything is read, so a plan is never replaced by what was made from it), and
 * the plan has at least one item (an empty workbook or document is never written). `check`,
 * `import` and `section` refuse a plan with no items too, rather than report on nothing.
 */
import type { Services } from '../app/services';
import { builtInCatalogue, topKindWords } from '../domain/catalogue';
import type { Plan } from '../domain/plan/model';
import { InputError } from './io';

/** Refuses (exit 2) an `output` that is the same file as `input`, naming both. */
export async function refuseSameFile(input: string, output: string, services: Services): Promise<void> {
  const same = services.platform.sameFile
    ? await services.platform.sameFile(input, output)
    : input === output;
  if (same) {
    throw new InputError(
      `Tệp ghi ra "${output}" chính là tệp đầu vào "${input}"; hãy chọn tên khác để không ghi đè kế hoạch.`,
    );
  }
}

/** "Dự án, Tiểu dự án" or "Hợp phần, Nội dung thành phần": the top two kinds of the plan's catalogue. */
function topWords(plan: Plan): string {
  return topKindWords(builtInCatalogue(plan.catalogueId));
}

/**
 * Refuses (exit 2) a plan with no items, naming the file it was read from; `consequence` says what
 * is not done (no file written, nothing to check), so that no command reports success on it.
 */
export function refuseEmptyPlan(plan: Plan, input: string, consequence = 'không ghi tệp'): void {
  if (plan.items.length === 0) {
    throw new InputError(
      `${input}: kế hoạch không có mục kinh phí nào (không đọc được ${topWords(plan)} nào); ${consequence}.`,
    );
  }
}
