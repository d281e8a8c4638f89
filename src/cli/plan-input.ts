/** Reading the plan a command is given: a JSON plan or a plan document, by path. */
import { openPlanFile, type OpenedPlan } from '../app/open-document';
import type { Services } from '../app/services';
import { cliServices } from './compose';
import { valueOf } from './io';

/**
 * Reads a plan from a JSON plan file, or imports it from a plan document (.txt, .docx). An input
 * that cannot be read throws an InputError naming the file and the reason (exit code 2).
 */
export async function loadPlan(path: string, services: Services = cliServices()): Promise<OpenedPlan> {
  return valueOf(await openPlanFile(path, services));
}
