/**
 * The bad inputs of every CLI command, as one table: what is put in the case's folder, the command
 * line (`@name` is the path of `name` in that folder), the exit code, what the message must name (the
 * argument, the file, the item, the line or the cell) and, for a finding, its code. The cases live by
 * group in bad-input-cli-{args,plans,outputs}.ts; their shape in bad-input-cli-common.ts.
 */
import { ARGUMENT_CASES } from './bad-input-cli-args';
import type { CliCase } from './bad-input-cli-common';
import { OUTPUT_CASES } from './bad-input-cli-outputs';
import { PLAN_CASES } from './bad-input-cli-plans';

export type { CliCase } from './bad-input-cli-common';
export { OLD_DOCX, OLD_XLSX } from './bad-input-cli-common';

/** Every CLI case. */
export const CLI_CASES: readonly CliCase[] = [...ARGUMENT_CASES, ...PLAN_CASES, ...OUTPUT_CASES];
