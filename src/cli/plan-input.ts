import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Finding } from '../domain/findings';
import { planFromJson } from '../domain/plan/json';
import type { Plan } from '../domain/plan/model';
import { importPlanFile } from '../import';

/** Input the CLI cannot read at all: exit code 2, one clear line, no stack trace. */
export class InputError extends Error {}

export interface LoadedPlan {
  readonly plan: Plan;
  /** Findings of reading the input itself (import notes, catalogue rows). */
  readonly findings: Finding[];
}

/** Import findings that mean the document could not be read at all. */
const UNREADABLE = new Set(['IMPORT_FILE_UNREADABLE', 'IMPORT_DOCX_UNREADABLE', 'IMPORT_FAILED']);

/** Reads a plan from a JSON plan file, or imports it from a plan document (.txt, .docx). */
export async function loadPlan(path: string | undefined): Promise<LoadedPlan> {
  if (path === undefined) throw new InputError('Thiếu tệp kế hoạch (.json, .txt hoặc .docx).');
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.docx') {
    if (!existsSync(path)) throw new InputError(`Không tìm thấy tệp "${path}".`);
    const { plan, findings } = await importPlanFile(path);
    const fatal = findings.find((f) => UNREADABLE.has(f.code));
    if (fatal) throw new InputError(`${path}: ${fatal.text.vi}`);
    return { plan, findings };
  }
  if (ext !== '.json') {
    throw new InputError(`Không đọc được "${path}": chỉ nhận kế hoạch dạng .json, .txt hoặc .docx.`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `Không tìm thấy tệp "${path}".`
        : `Không đọc được tệp "${path}" (${code ?? 'lỗi'}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`Tệp "${path}" không phải JSON hợp lệ: ${(e as Error).message}.`);
  }
  const r = planFromJson(json);
  if (!r.ok) throw new InputError(`${path}: ${r.error.text.vi}`);
  return { plan: r.plan, findings: r.findings };
}
