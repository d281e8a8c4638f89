/**
 * What a bad command line of the CLI table is (see bad-input-cli-cases.ts) and the inputs several
 * groups of cases share: the good JSON plan and text, a JSON plan changed per case, old outputs.
 */
import type { Services } from '../../../src/app/services';
import { itemsOf, jsonBytes, jsonPlan, planTextBytes } from './bad-input-files';
import type { Entries } from './bad-input-folder';

/** One bad command line. */
export interface CliCase {
  readonly name: string;
  readonly files?: Entries;
  readonly argv: readonly string[];
  /** 2: refused in one line on stderr ("Lỗi: …"), nothing on stdout; 1: findings (see `finding`). */
  readonly code: 1 | 2;
  /** Texts the message must contain: the argument, file, item code, line or cell it is about. */
  readonly names: readonly string[];
  /** For exit 1: the code of the finding whose line(s) must name `names`. */
  readonly finding?: string;
  /** Services other than the node composition root's (a save that fails as on a full disk). */
  readonly services?: () => Services;
}

/** A previous good output, which a failed command must leave as it was. */
export const OLD_XLSX = new Uint8Array(Buffer.from('PK bản sổ tính cũ, đã kiểm tra và ký'));
export const OLD_DOCX = new Uint8Array(Buffer.from('PK bản văn bản cũ, đã ký'));

/** The good JSON plan, and the good plan text. */
export const PLAN_JSON = { 'plan.json': jsonBytes(jsonPlan()) };
export const PLAN_TXT = { 'plan.txt': planTextBytes() };

/** `plan.json` holding the good plan changed by `change`; `raw` is literal JSON for `"@RAW@"`. */
export const json = (change: Parameters<typeof jsonPlan>[0], raw?: string): Entries => ({
  'plan.json': jsonBytes(jsonPlan(change), raw),
});

/** `plan.json` with user rows added. */
export const withRows = (...rows: Record<string, unknown>[]): Entries =>
  json((p) => {
    itemsOf(p).push(...rows);
  });

/** A user row under `parent`, with money from the local budget. */
export const row = (code: string, parent: string, total: string) => ({
  code,
  parent,
  name: `Hỗ trợ bò giống cho hộ nghèo bản ${code}`,
  amounts: { total, nsdp: total },
});

/** A figure of 71 significant digits, beyond the engine's 60. */
export const LONG = `1${'0'.repeat(70)}`;
