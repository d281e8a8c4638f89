/**
 * Opening a plan, whatever it comes as: a JSON plan (`.json`), or a plan document (`.txt` in UTF-8
 * or UTF-16, `.docx`) read by src/import with the platform's inflate. Every input that cannot be
 * read is a failed outcome whose text names the file and says why: no such file, an extension that
 * is not a plan, JSON that does not parse or is not a plan, text in a legacy encoding such as
 * Windows-1258, binary data, a damaged .docx.
 */
import { builtInCatalogue, builtInCatalogueIds } from '../domain/catalogue/catalogue';
import { hasErrors, type Finding, type Text } from '../domain/findings';
import { planFromJson } from '../domain/plan/json';
import type { Plan } from '../domain/plan/model';
import { decodeText } from '../import/decode-text';
import { importDocument } from '../import/document';
import { parseJsonText } from './json-text';
import type { Platform } from '../platform/contract';
import { done, failed, passOn, type Outcome } from './outcome';

/** A plan read from its input, with the findings of reading it (import notes, catalogue rows). */
export interface OpenedPlan {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}

/** The kinds of input a plan is read from, by the name's extension. */
export const PLAN_EXTENSIONS = ['.json', '.txt', '.docx'] as const;

/** The extension of a file name or path, lower case with its dot (`.docx`), or '' when none. */
export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** `name: reason`, in both languages. */
function about(name: string, reason: Text): Text {
  return { vi: `${name}: ${reason.vi}`, en: `${name}: ${reason.en}` };
}

export const OPEN_MESSAGES = {
  notAPlan: (name: string): Text => ({
    vi: `Không đọc được "${name}": chỉ nhận kế hoạch dạng .json, .txt hoặc .docx.`,
    en: `Cannot read "${name}": a plan is a .json, .txt or .docx file.`,
  }),
  badJson: (name: string, reason: Text): Text => ({
    vi: `Tệp "${name}" không phải JSON hợp lệ: ${reason.vi}.`,
    en: `The file "${name}" is not valid JSON: ${reason.en}.`,
  }),
  noFileSystem: (name: string): Text => ({
    vi: `Không đọc được tệp "${name}": ở đây không mở được tệp theo đường dẫn; hãy chọn tệp.`,
    en: `Cannot read the file "${name}": files cannot be opened by path here; please pick the file.`,
  }),
  unknownCatalogue: (id: string): Text => ({
    vi: `Không có danh mục "${id}"; các danh mục có sẵn: ${builtInCatalogueIds().join(', ')}.`,
    en: `There is no catalogue "${id}"; the built-in ones are: ${builtInCatalogueIds().join(', ')}.`,
  }),
  otherCatalogue: (name: string, own: string, wanted: string): Text => ({
    vi: `Kế hoạch "${name}" theo danh mục "${own}", không phải "${wanted}".`,
    en: `The plan "${name}" follows the catalogue "${own}", not "${wanted}".`,
  }),
  opened: (name: string, plan: Plan): Text => ({
    vi: `Đã đọc kế hoạch "${name}": ${plan.items.length} mục.`,
    en: `Read the plan "${name}": ${plan.items.length} items.`,
  }),
} as const;

function openJson(bytes: Uint8Array, name: string): Outcome<OpenedPlan> {
  // Decoded as any text file is: a byte-order mark is dropped, UTF-16 is read, a legacy encoding refused.
  const text = decodeText(bytes);
  if (!text.ok) return failed(about(name, text.error.text), [text.error]);
  // A syntax error, or a number JSON would round or that has an exponent, is told with its line.
  const json = parseJsonText(text.value);
  if (!json.ok) return failed(OPEN_MESSAGES.badJson(name, json.reason));
  const r = planFromJson(json.value);
  if (!r.ok) return failed(about(name, r.error.text), [r.error]);
  return done({ plan: r.plan, findings: r.findings }, OPEN_MESSAGES.opened(name, r.plan), r.findings);
}

/** How to open a plan: `catalogueId` reads a document as that programme's plan (a JSON plan must name it). */
export interface OpenOptions {
  readonly catalogueId?: string;
}

async function openDocument(
  bytes: Uint8Array,
  name: string,
  platform: Platform,
  options: OpenOptions,
): Promise<Outcome<OpenedPlan>> {
  const { plan, findings } = await importDocument(
    bytes,
    name,
    platform.inflateRaw,
    options.catalogueId === undefined ? {} : { catalogueId: options.catalogueId },
  );
  // The importer reports an error only when the document cannot be read at all.
  if (hasErrors(findings)) {
    const fatal = findings.filter((f) => f.severity === 'error');
    const first = fatal[0];
    return failed(first ? about(name, first.text) : OPEN_MESSAGES.notAPlan(name), fatal);
  }
  return done({ plan, findings }, OPEN_MESSAGES.opened(name, plan), findings);
}

/**
 * Reads a plan from the bytes of a file named `name` (a path or a file name; its extension picks
 * the reader and it names the file in every message). Never rejects.
 */
export async function openPlanDocument(
  bytes: Uint8Array,
  name: string,
  services: { readonly platform: Platform },
  options: OpenOptions = {},
): Promise<Outcome<OpenedPlan>> {
  if (options.catalogueId !== undefined && !builtInCatalogue(options.catalogueId)) {
    return failed(OPEN_MESSAGES.unknownCatalogue(options.catalogueId));
  }
  switch (extensionOf(name)) {
    case '.json': {
      const opened = openJson(bytes, name);
      const id = opened.kind === 'done' ? opened.value.plan.catalogueId : undefined;
      if (options.catalogueId === undefined || id === undefined || id === options.catalogueId) return opened;
      return failed(OPEN_MESSAGES.otherCatalogue(name, id, options.catalogueId));
    }
    case '.txt':
    case '.docx':
      return openDocument(bytes, name, services.platform, options);
    default:
      return failed(OPEN_MESSAGES.notAPlan(name));
  }
}

/** A file's bytes through the platform, or a failed outcome naming the file. Never rejects. */
export async function readFileBytes(
  path: string,
  services: { readonly platform: Platform },
): Promise<Outcome<Uint8Array>> {
  const read = services.platform.readFile;
  if (!read) return failed(OPEN_MESSAGES.noFileSystem(path));
  const r = await read(path);
  if (!r.ok) return failed(r.error.text, [r.error]);
  return done(r.value, { vi: `Đã đọc tệp "${path}".`, en: `Read the file "${path}".` });
}

/**
 * Reads a plan from a file by path where there is a file system (the CLI): an extension that is
 * not a plan's is refused before the file is read. Never rejects.
 */
export async function openPlanFile(
  path: string,
  services: { readonly platform: Platform },
  options: OpenOptions = {},
): Promise<Outcome<OpenedPlan>> {
  if (!(PLAN_EXTENSIONS as readonly string[]).includes(extensionOf(path))) {
    return failed(OPEN_MESSAGES.notAPlan(path));
  }
  const bytes = await readFileBytes(path, services);
  if (bytes.kind !== 'done') return passOn(bytes);
  return openPlanDocument(bytes.value, path, services, options);
}
