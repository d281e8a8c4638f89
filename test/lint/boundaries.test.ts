/**
 * The import boundaries of eslint.config.mjs fire on deliberate violations and stay quiet on the
 * imports each layer is allowed. Every snippet is linted by the ESLint Node API with the project's
 * real config, as a virtual file at the path given (`lintText` with `filePath`).
 *
 * ESLint loads eslint.config.mjs with a dynamic import, which jest's module system refuses without
 * --experimental-vm-modules, so the snippets are linted in one plain node child process. The virtual
 * files are not on disk, so the type-checked rules are switched off for them
 * (`tseslint.configs.disableTypeChecked`); the boundary rules need no type information.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const BOUNDARY_RULES = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax'];

type Rule = (typeof BOUNDARY_RULES)[number];

/** A snippet at a path under src/, and the boundary rule it must break (null: it breaks none). */
interface Case {
  readonly file: string;
  readonly code: string;
  readonly breaks: Rule | null;
}

const breaks = (file: string, code: string, rule: Rule = 'no-restricted-imports'): Case => ({
  file,
  code,
  breaks: rule,
});
const allows = (file: string, code: string): Case => ({ file, code, breaks: null });

const CASES: readonly Case[] = [
  // domain: pure, imports nothing else of src/
  breaks('src/domain/x.ts', "import { readFile } from 'node:fs';\nexport const f = readFile;"),
  breaks('src/domain/plan/x.ts', "import { join } from 'path';\nexport const f = join;"),
  breaks('src/domain/x.ts', "import { inflateRawSync } from 'zlib';\nexport const f = inflateRawSync;"),
  breaks('src/domain/x.ts', "import { useState } from 'react';\nexport const f = useState;"),
  breaks('src/domain/x.ts', "import { Button } from '@fluentui/react-components';\nexport const f = Button;"),
  breaks('src/domain/x.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/domain/x.ts', "import { Document } from 'docx';\nexport const f = Document;"),
  breaks('src/domain/x.ts', "import JSZip from 'jszip';\nexport const f = JSZip;"),
  breaks('src/domain/money/x.ts', "import { importText } from '../../import';\nexport const f = importText;"),
  breaks('src/domain/x.ts', "export { readSheet } from '../sheet/read';"),
  breaks(
    'src/domain/x.ts',
    "import type { WorkbookHost } from '../hosts/contract';\nexport type H = WorkbookHost;",
  ),
  breaks('src/domain/x.ts', "import '../app/outcome';"),
  breaks('src/domain/x.ts', 'export const t = document.title;', 'no-restricted-globals'),
  breaks('src/domain/x.ts', 'export const run = Excel.run;', 'no-restricted-globals'),
  allows('src/domain/x.ts', "import { dec } from './money';\nexport const f = dec;"),
  allows('src/domain/outline/x.ts', "import type { Plan } from '../plan';\nexport type P = Plan;"),
  allows('src/domain/money/x.ts', "import Decimal from 'decimal.js';\nexport const D = Decimal;"),

  // import: pure, domain and the platform contract only
  breaks('src/import/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"),
  breaks(
    'src/import/x.ts',
    "import { createNodePlatform } from '../platform/node';\nexport const f = createNodePlatform;",
  ),
  breaks('src/import/x.ts', "import { readSheet } from '../sheet';\nexport const f = readSheet;"),
  breaks('src/import/x.ts', "import { Document } from 'docx';\nexport const f = Document;"),
  allows(
    'src/import/x.ts',
    "import type { InflateRaw } from '../platform/contract';\nexport type I = InflateRaw;",
  ),
  allows('src/import/x.ts', "import type { Plan } from '../domain/plan';\nexport type P = Plan;"),

  // sheet: pure, domain only
  breaks(
    'src/sheet/x.ts',
    "import type { WorkbookHost } from '../hosts/contract';\nexport type H = WorkbookHost;",
  ),
  breaks(
    'src/sheet/patches/x.ts',
    "import { importText } from '../../import';\nexport const f = importText;",
  ),
  breaks('src/sheet/x.ts', 'export const ok = typeof Office;', 'no-restricted-globals'),
  allows('src/sheet/patches/x.ts', "import type { Plan } from '../../domain/plan';\nexport type P = Plan;"),

  // export: domain and docx; docx nowhere else
  allows('src/export/x.ts', "import { Document } from 'docx';\nexport const f = Document;"),
  breaks('src/export/x.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/export/x.ts', "import { writeFileSync } from 'node:fs';\nexport const f = writeFileSync;"),
  breaks('src/export/x.ts', "import { numbering } from '../sheet/numbering';\nexport const f = numbering;"),

  // hosts: domain and sheet; exceljs only in hosts/xlsx; no sideways imports
  breaks('src/hosts/office/x.ts', "import { readXlsx } from '../xlsx/read';\nexport const f = readXlsx;"),
  breaks(
    'src/hosts/office/x.ts',
    "import { MemoryHost } from '../memory/memory-host';\nexport const f = MemoryHost;",
  ),
  breaks(
    'src/hosts/xlsx/x.ts',
    "import { priorStyle } from '../memory/workbook';\nexport const f = priorStyle;",
  ),
  breaks(
    'src/hosts/memory/x.ts',
    "import { excelRun } from '../office/excel-run';\nexport const f = excelRun;",
  ),
  breaks('src/hosts/office/x.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/hosts/x.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/hosts/xlsx/x.ts', "import { Document } from 'docx';\nexport const f = Document;"),
  breaks('src/hosts/xlsx/x.ts', "import { importText } from '../../import';\nexport const f = importText;"),
  breaks(
    'src/hosts/xlsx/x.ts',
    "export const fs = () => import('node:fs/promises');",
    'no-restricted-syntax',
  ),
  breaks('src/hosts/xlsx/x.ts', 'export const run = Excel.run;', 'no-restricted-globals'),
  allows('src/hosts/xlsx/x.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  allows('src/hosts/office/x.ts', "import { planPatch } from '../patch-plan';\nexport const f = planPatch;"),
  allows('src/hosts/office/x.ts', "import type { Patch } from '../../sheet/types';\nexport type P = Patch;"),
  allows('src/hosts/office/x.ts', 'export const run = Excel.run;'),
  allows('src/hosts/x.ts', "export { MemoryHost } from './memory/memory-host';"),

  // platform: node only in node.ts and node-*.ts
  breaks('src/platform/browser.ts', "import { inflateRaw } from 'node:zlib';\nexport const f = inflateRaw;"),
  breaks('src/platform/x.ts', "import { readFile } from 'fs/promises';\nexport const f = readFile;"),
  breaks('src/platform/node.ts', "import { importText } from '../import';\nexport const f = importText;"),
  allows('src/platform/node.ts', "import { inflateRaw } from 'node:zlib';\nexport const f = inflateRaw;"),
  allows('src/platform/node-save.ts', "import { rename } from 'node:fs/promises';\nexport const f = rename;"),

  // app: pure over the contracts
  breaks('src/app/x.ts', "import '../hosts/xlsx/xlsx-host';"),
  breaks('src/app/x.ts', "import { OfficeHost } from '../hosts';\nexport const f = OfficeHost;"),
  breaks(
    'src/app/x.ts',
    "import { createNodePlatform } from '../platform/node';\nexport const f = createNodePlatform;",
  ),
  breaks('src/app/x.ts', "import { App } from '../taskpane/app';\nexport const f = App;"),
  breaks('src/app/x.ts', "import { main } from '../cli/main';\nexport const f = main;"),
  breaks('src/app/x.ts', "import { readFile } from 'node:fs/promises';\nexport const f = readFile;"),
  breaks('src/app/x.ts', "import { createElement } from 'react';\nexport const f = createElement;"),
  breaks('src/app/x.ts', "import { Document } from 'docx';\nexport const f = Document;"),
  breaks('src/app/x.ts', 'export const ready = () => Office.onReady();', 'no-restricted-globals'),
  allows(
    'src/app/x.ts',
    "import type { WorkbookHost } from '../hosts/contract';\nexport type H = WorkbookHost;",
  ),
  allows('src/app/x.ts', "import type { Platform } from '../platform/contract';\nexport type P = Platform;"),
  allows('src/app/x.ts', "import { importText } from '../import';\nexport const f = importText;"),
  allows('src/app/x.ts', "import { buildDocument } from '../export';\nexport const f = buildDocument;"),

  // task pane: an adapter of app; only its composition root picks hosts
  breaks('src/taskpane/x.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/taskpane/x.ts', "import { Document } from 'docx';\nexport const f = Document;"),
  breaks(
    'src/taskpane/x.ts',
    "import { XlsxHost } from '../hosts/xlsx/xlsx-host';\nexport const f = XlsxHost;",
  ),
  breaks(
    'src/taskpane/standalone/x.ts',
    "import { MemoryHost } from '../../hosts/memory/memory-host';\nexport const f = MemoryHost;",
  ),
  breaks(
    'src/taskpane/x.ts',
    "import { OfficeHost } from '../hosts/office/office-host';\nexport const f = OfficeHost;",
  ),
  breaks(
    'src/taskpane/x.ts',
    "import { importText } from '../import/text-importer';\nexport const f = importText;",
  ),
  breaks('src/taskpane/x.ts', "import { readFile } from 'node:fs';\nexport const f = readFile;"),
  breaks(
    'src/taskpane/components/x.tsx',
    'export const ready = () => Office.onReady();',
    'no-restricted-globals',
  ),
  allows(
    'src/taskpane/components/x.tsx',
    "import { Button } from '@fluentui/react-components';\nexport const f = Button;",
  ),
  allows('src/taskpane/components/x.tsx', "import { App } from '../app';\nexport const f = App;"),
  allows(
    'src/taskpane/x.ts',
    "import type { WorkbookHost } from '../hosts/contract';\nexport type H = WorkbookHost;",
  ),
  allows('src/taskpane/x.ts', "import { formatVi } from '../domain/money';\nexport const f = formatVi;"),
  allows(
    'src/taskpane/compose.ts',
    "import { OfficeHost } from '../hosts/office/office-host';\nexport const f = OfficeHost;",
  ),
  allows(
    'src/taskpane/compose.ts',
    "import { browserPlatform } from '../platform/browser';\nexport const f = browserPlatform;",
  ),
  breaks('src/taskpane/compose.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/taskpane/compose.ts', "export const load = () => import('docx');", 'no-restricted-syntax'),
  breaks('src/taskpane/compose.ts', "export type D = typeof import('docx');", 'no-restricted-syntax'),
  allows('src/taskpane/compose.ts', "export const load = () => import('../export/document');"),
  allows('src/taskpane/compose.ts', "export const load = () => import('../hosts/xlsx/xlsx-host');"),
  breaks(
    'src/taskpane/x.ts',
    "export const load = () => import('../hosts/xlsx/xlsx-host');",
    'no-restricted-syntax',
  ),
  allows('src/taskpane/index.tsx', 'export const ready = () => Office.onReady();'),
  breaks(
    'src/taskpane/index.tsx',
    "import { OfficeHost } from '../hosts/office/office-host';\nexport const f = OfficeHost;",
  ),

  // CLI: an adapter of app; only its composition root picks the host and the platform
  breaks('src/cli/x.ts', "import { Document } from 'docx';\nexport const f = Document;"),
  breaks('src/cli/x.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/cli/x.ts', "import { XlsxHost } from '../hosts/xlsx';\nexport const f = XlsxHost;"),
  breaks('src/cli/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"),
  breaks('src/cli/x.ts', "import { exportDocument } from '../export';\nexport const f = exportDocument;"),
  allows('src/cli/x.ts', "import { basename } from 'node:path';\nexport const f = basename;"),
  allows('src/cli/x.ts', "import { parseAmount } from '../domain/money';\nexport const f = parseAmount;"),
  allows(
    'src/cli/compose.ts',
    "import { XlsxHost } from '../hosts/xlsx/xlsx-host';\nexport const f = XlsxHost;",
  ),
  allows(
    'src/cli/compose.ts',
    "import { createNodePlatform } from '../platform/node';\nexport const f = createNodePlatform;",
  ),
  breaks('src/cli/compose.ts', "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;"),
  breaks('src/cli/compose.ts', "import { Packer } from 'docx';\nexport const f = Packer;"),
  allows(
    'src/cli/compose.ts',
    "import { buildKinhPhiDocument } from '../export';\nexport const f = buildKinhPhiDocument;",
  ),
  breaks('src/cli/compose.ts', "import { readSheet } from '../sheet';\nexport const f = readSheet;"),
  breaks('src/cli/x.ts', "export const load = () => import('exceljs');", 'no-restricted-syntax'),

  // custom functions: domain and app; Excel/CustomFunctions globals only at the edge
  breaks('src/functions/core/x.ts', "import { readSheet } from '../../sheet';\nexport const f = readSheet;"),
  breaks(
    'src/functions/x.ts',
    "import type { WorkbookHost } from '../hosts/contract';\nexport type H = WorkbookHost;",
  ),
  breaks('src/functions/core/x.ts', 'export const E = CustomFunctions.Error;', 'no-restricted-globals'),
  allows(
    'src/functions/core/x.ts',
    "import type { Outcome } from '../../app/outcome';\nexport type O = Outcome;",
  ),
  allows('src/functions/x.ts', 'export const E = CustomFunctions.Error;'),

  // ribbon commands
  allows('src/commands/x.ts', 'export const ready = () => Office.onReady();'),
  breaks(
    'src/commands/x.ts',
    "import { OfficeHost } from '../hosts/office/office-host';\nexport const f = OfficeHost;",
  ),
];

/** The boundary messages (rule ids) and any fatal message ESLint gives each case. */
interface Linted {
  readonly rules: string[];
  readonly fatal: string[];
}

/** Lints every case in one node process with the ESLint Node API and the project's config. */
function lintAll(cases: readonly Case[]): Linted[] {
  const script = `
    import { ESLint } from 'eslint';
    import tseslint from 'typescript-eslint';
    import { join } from 'node:path';
    const cases = JSON.parse(await new Response(process.stdin).text());
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code + '\\n', { filePath: join(process.cwd(), c.file) });
      out.push({
        rules: result.messages.map((m) => m.ruleId).filter((id) => ${JSON.stringify(BOUNDARY_RULES)}.includes(id)),
        fatal: result.messages.filter((m) => m.fatal || m.ruleId === null).map((m) => m.message),
      });
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as Linted[];
}

let linted: Linted[];

beforeAll(() => {
  linted = lintAll(CASES);
}, 60_000);

describe('ESLint import boundaries (eslint.config.mjs)', () => {
  it('lints every snippet without a parsing error', () => {
    expect(linted).toHaveLength(CASES.length);
    expect(linted.flatMap((l, i) => l.fatal.map((m) => `${CASES[i]!.file}: ${m}`))).toEqual([]);
  });

  it.each(CASES.map((c, i) => [c.breaks ?? 'nothing', c.file, c.code.split('\n')[0], i] as const))(
    'reports %s in %s for `%s`',
    (_rule, _file, _line, i) => {
      const expected = CASES[i]!.breaks;
      const rules = linted[i]!.rules;
      if (expected === null) expect(rules).toEqual([]);
      else expect(rules).toContain(expected);
    },
  );
});
