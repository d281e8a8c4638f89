/** Reading the plan a command is given: a JSON plan or a plan document, by path. */
import { openPlanFile, type OpenedPlan } from '../app/open-document';
import type { Services } from '../app/services';
import { optionValue, type Args } from './args';
import { catalogueArg } from './catalogue';
import { cliServices } from './compose';
import { valueOf } from './io';

/** The option names `loadPlan`'s options come from; add them to a command's `values`. */
export const PLAN_INPUT_VALUES = ['catalogue'] as const;

/** How to read a plan: `catalogue` is a built-in catalogue's id (`--catalogue`). */
export interface PlanInputOptions {
  readonly catalogue?: string;
}

/** `--catalogue <id>` from the command line, checked (an unknown id is a usage error listing the known ones). */
export function planInputArgs(args: Args): PlanInputOptions {
  const id = optionValue(args, 'catalogue');
  return id === undefined ? {} : { catalogue: catalogueArg(id).id };
}

/**
 * Reads a plan from a JSON plan file, or imports it from a plan document (.txt, .docx): with
 * `catalogue`, as that programme's plan (a JSON plan must name it); without, the document's headings
 * and year say which. An input that cannot be read throws an InputError naming the file and the
 * reason (exit code 2).
 */
export async function loadPlan(
  path: string,
  services: Services = cliServices(),
  options: PlanInputOptions = {},
): Promise<OpenedPlan> {
  return valueOf(
    await openPlanFile(
      path,
      services,
      options.catalogue === undefined ? {} : { catalogueId: options.catalogue },
    ),
  );
}
