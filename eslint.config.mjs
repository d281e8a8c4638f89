import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries of src/ (README, "Architecture"). Data flows one way: document or snapshot →
 * plan → outline → allocate / validate / render → patch or document.
 *
 *   domain     pure: the engine. Imports nothing else of src/.
 *   import     pure: plan documents → plan. domain, and the pure platform contract (types, one error class).
 *   sheet      pure: plans ↔ sheets (snapshots and patches). domain only.
 *   export     the Word document. domain, and the `docx` package (only here).
 *   hosts      the only code touching a workbook. domain and sheet; `exceljs` only in hosts/xlsx/,
 *              Office.js globals only in hosts/office/; no sideways imports between hosts/office,
 *              hosts/xlsx and hosts/memory (shared code lives directly in src/hosts/).
 *   platform   bytes in, inflate, save. domain; `node:*` only in platform/node.ts and platform/node-*.ts.
 *   app        the use cases, pure TypeScript over contracts: domain, import, sheet, export,
 *              hosts/contract and platform/contract; no host or platform implementation.
 *   taskpane   adapter (React, Fluent UI): app and domain; no host or platform implementation, no
 *              `exceljs`, `docx` or `node:*`.
 *   cli        adapter (argv): app and domain; no host or platform implementation, no `exceljs`,
 *              `docx`, and no file system or zlib of its own (bytes go through the platform).
 *   functions  custom functions: domain and app; Excel/CustomFunctions globals only at the edge
 *              (src/functions/*.ts), not in functions/core/.
 *   commands   ribbon commands: Office globals; domain and app.
 *
 * Composition roots: the one file of each adapter that picks the implementations may import host,
 * platform and export implementations (never `exceljs` or `docx` directly, also not through
 * `import()`: packing a document with docx's Packer belongs in src/export):
 *   src/taskpane/compose.ts   (OfficeHost, MemoryHost, XlsxHost; browser platform; src/export)
 *   src/cli/compose.ts        (XlsxHost; node platform; src/export)
 * src/taskpane/index.tsx waits for Office.onReady and renders; it may use the Office globals but
 * gets its implementations from compose.ts.
 *
 * Each file gets exactly one `no-restricted-imports` setting: flat config replaces a rule's options
 * per file, so every block below lists the whole set of what its files must not import.
 * A relative import is placed in a layer by the first folder after its `../` chain (`../../hosts/xlsx`
 * is hosts/xlsx); so no folder inside a layer may be named like a layer (src/taskpane/app.tsx is a
 * file, `../app` from taskpane/components is allowed either way). test/lint/boundaries.test.ts
 * shows each rule firing.
 */

const SRC_LAYERS = [
  'domain',
  'import',
  'sheet',
  'export',
  'hosts',
  'platform',
  'app',
  'taskpane',
  'cli',
  'functions',
  'commands',
];

/** A relative import that lands in one of `layers` (src/<layer>/…). */
const layerRegex = (layers) => `^(\\.\\./)+(${layers.join('|')})(/|$)`;

/** Every layer except those `allowed` (a block passes its own layer too). */
const layersBut = (...allowed) => SRC_LAYERS.filter((l) => !allowed.includes(l));

/** A pattern forbidding relative imports into `layers`. */
const layers = (list, why) => ({ regex: layerRegex(list), message: why });

/** hosts/ or platform/ other than their contract (`../hosts/contract`, `../../platform/contract`). */
const implementationsOf = (...dirs) => ({
  regex: `^(\\.\\./)+(${dirs.join('|')})(/(?!contract$)|$)`,
  message:
    'Only the contract of this layer may be imported here; implementations are chosen by a composition root.',
});

const bareBuiltins = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace('/', '\\/'));

const NODE = [
  { regex: '^node:', message: 'No node built-ins here: bytes, files and zlib go through src/platform.' },
  {
    regex: `^(${bareBuiltins.join('|')})$`,
    message: 'No node built-ins here: bytes, files and zlib go through src/platform.',
  },
];
const NODE_FILES = [
  {
    regex: '^(node:)?(fs|fs\\/promises|zlib)$',
    message: 'Files and zlib go through src/platform (the composition root creates the node platform).',
  },
];
const UI = [{ regex: '^(react|react-dom|@fluentui)(/|$)', message: 'UI code belongs in src/taskpane.' }];
const OFFICE_JS = [
  { regex: '^(@microsoft/)?office-js(/|$)', message: 'Office.js is reached only through src/hosts/office.' },
];
const EXCELJS = [{ regex: '^exceljs(/|$)', message: '`exceljs` is used only in src/hosts/xlsx.' }];
const DOCX = [{ regex: '^docx(/|$)', message: '`docx` is used only in src/export.' }];
const JSZIP = [{ regex: '^jszip(/|$)', message: 'ZIP reading is src/import (with the platform inflate).' }];

const PURE_PACKAGES = [...NODE, ...UI, ...OFFICE_JS, ...EXCELJS, ...DOCX, ...JSZIP];

/** A pattern's regex as an esquery regex literal (slashes escaped). */
const selectorRegex = (regex) => `/${regex.replace(/(?<!\\)\//g, '\\/')}/`;

/**
 * One boundary block: `files` (minus `ignores`) must not import what `patterns` name, statically
 * (`no-restricted-imports`) nor through `import()` or `typeof import()` (`no-restricted-syntax`, as
 * no-restricted-imports does not look at those).
 */
const boundary = (files, patterns, ignores = []) => ({
  files,
  ...(ignores.length > 0 ? { ignores } : {}),
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      ...patterns.flatMap(({ regex, message }) => [
        { selector: `ImportExpression[source.value=${selectorRegex(regex)}]`, message },
        { selector: `TSImportType[argument.literal.value=${selectorRegex(regex)}]`, message },
      ]),
    ],
  },
});

const OFFICE_GLOBALS = ['Office', 'Excel', 'CustomFunctions', 'OfficeExtension'].map((name) => ({
  name,
  message:
    'Office.js globals only in src/hosts/office, src/commands, the edge of src/functions and src/taskpane/index.tsx.',
}));
const DOM_GLOBALS = ['window', 'document'].map((name) => ({
  name,
  message: 'Pure layers do not touch the DOM.',
}));

const TASKPANE_ROOT = 'src/taskpane/compose.ts';
/** The task pane files that may use the Office globals: the entry (Office.onReady) and the composition root. */
const TASKPANE_OFFICE = ['src/taskpane/index.tsx', TASKPANE_ROOT];
const CLI_ROOT = 'src/cli/compose.ts';
const PLATFORM_NODE = ['src/platform/node.ts', 'src/platform/node-*.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'bin/',
      '.tmp/',
      '*.config.js',
      '*.config.mjs',
      'scripts/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      eqeqeq: ['error', 'always'],
    },
  },

  // ---- imports, one block per layer -------------------------------------------------------------
  boundary(
    ['src/domain/**'],
    [
      ...PURE_PACKAGES,
      layers(layersBut('domain'), 'src/domain is the pure engine: it imports nothing else of src/.'),
    ],
  ),
  boundary(
    ['src/import/**'],
    [
      ...PURE_PACKAGES,
      layers(layersBut('domain', 'import', 'platform'), 'src/import is pure: it imports src/domain only.'),
      implementationsOf('platform'),
    ],
  ),
  boundary(
    ['src/sheet/**'],
    [
      ...PURE_PACKAGES,
      layers(layersBut('domain', 'sheet'), 'src/sheet is pure: it imports src/domain only.'),
    ],
  ),
  boundary(
    ['src/export/**'],
    [
      ...NODE,
      ...UI,
      ...OFFICE_JS,
      ...EXCELJS,
      ...JSZIP,
      layers(layersBut('domain', 'export'), 'src/export imports src/domain (and `docx`) only.'),
    ],
  ),
  boundary(
    ['src/hosts/**'],
    [
      ...NODE,
      ...UI,
      ...DOCX,
      ...JSZIP,
      ...EXCELJS,
      layers(layersBut('domain', 'sheet', 'hosts'), 'src/hosts imports src/domain and src/sheet only.'),
    ],
    ['src/hosts/office/**', 'src/hosts/xlsx/**', 'src/hosts/memory/**'],
  ),
  // Each host: no sideways imports (`../xlsx` from hosts/office …); shared code sits in src/hosts/.
  ...[
    ['office', [...EXCELJS]],
    ['xlsx', []],
    ['memory', [...EXCELJS]],
  ].map(([host, packages]) =>
    boundary(
      [`src/hosts/${host}/**`],
      [
        ...NODE,
        ...UI,
        ...DOCX,
        ...JSZIP,
        ...packages,
        layers(layersBut('domain', 'sheet', 'hosts'), 'src/hosts imports src/domain and src/sheet only.'),
        layers(
          ['office', 'xlsx', 'memory'].filter((h) => h !== host),
          `No sideways imports between hosts: move what src/hosts/${host} shares into src/hosts/.`,
        ),
      ],
    ),
  ),
  boundary(
    ['src/platform/**'],
    [
      ...PURE_PACKAGES,
      layers(
        layersBut('domain', 'platform'),
        'src/platform imports src/domain only (it moves bytes, it does not parse them).',
      ),
    ],
    PLATFORM_NODE,
  ),
  boundary(PLATFORM_NODE, [
    ...UI,
    ...OFFICE_JS,
    ...EXCELJS,
    ...DOCX,
    ...JSZIP,
    layers(
      layersBut('domain', 'platform'),
      'src/platform imports src/domain only (it moves bytes, it does not parse them).',
    ),
  ]),
  boundary(
    ['src/app/**'],
    [
      ...PURE_PACKAGES,
      layers(
        ['taskpane', 'cli', 'functions', 'commands'],
        'src/app is used by the adapters, never the reverse.',
      ),
      implementationsOf('hosts', 'platform'),
    ],
  ),
  boundary(
    ['src/taskpane/**'],
    [
      ...NODE,
      ...OFFICE_JS,
      ...EXCELJS,
      ...DOCX,
      ...JSZIP,
      layers(
        ['import', 'sheet', 'export', 'cli', 'functions', 'commands'],
        'The task pane is an adapter: it calls src/app (and src/domain for types and formatting).',
      ),
      implementationsOf('hosts', 'platform'),
    ],
    [TASKPANE_ROOT],
  ),
  // Composition root of the task pane: picks the hosts, the platform and the Word writer (src/export).
  boundary(
    [TASKPANE_ROOT],
    [
      ...NODE,
      ...OFFICE_JS,
      ...EXCELJS,
      ...DOCX,
      ...JSZIP,
      layers(
        ['import', 'sheet', 'cli', 'functions', 'commands'],
        'A composition root picks implementations (hosts, platform, export) for src/app, nothing more.',
      ),
    ],
  ),
  boundary(
    ['src/cli/**'],
    [
      ...NODE_FILES,
      ...UI,
      ...OFFICE_JS,
      ...EXCELJS,
      ...DOCX,
      ...JSZIP,
      layers(
        ['import', 'sheet', 'export', 'taskpane', 'functions', 'commands'],
        'The CLI is an adapter: it calls src/app (and src/domain for types and formatting).',
      ),
      implementationsOf('hosts', 'platform'),
    ],
    [CLI_ROOT],
  ),
  // Composition root of the CLI: picks the .xlsx host, the node platform and the Word writer (src/export).
  boundary(
    [CLI_ROOT],
    [
      ...UI,
      ...OFFICE_JS,
      ...EXCELJS,
      ...DOCX,
      ...JSZIP,
      layers(
        ['import', 'sheet', 'taskpane', 'functions', 'commands'],
        'A composition root picks implementations (hosts, platform, export) for src/app, nothing more.',
      ),
    ],
  ),
  boundary(
    ['src/functions/**'],
    [
      ...PURE_PACKAGES,
      layers(layersBut('domain', 'app', 'functions'), 'Custom functions import src/domain and src/app only.'),
    ],
  ),
  boundary(
    ['src/commands/**'],
    [
      ...PURE_PACKAGES,
      layers(layersBut('domain', 'app', 'commands'), 'Ribbon commands import src/domain and src/app only.'),
    ],
  ),

  // ---- globals ---------------------------------------------------------------------------------
  {
    files: ['src/**'],
    ignores: [
      'src/hosts/office/**',
      'src/commands/**',
      'src/functions/*.ts',
      ...TASKPANE_OFFICE,
      // Pure layers get the stricter block below.
      'src/domain/**',
      'src/import/**',
      'src/sheet/**',
      'src/export/**',
      'src/app/**',
      'src/functions/core/**',
    ],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    files: [
      'src/domain/**',
      'src/import/**',
      'src/sheet/**',
      'src/export/**',
      'src/app/**',
      'src/functions/core/**',
    ],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS, ...DOM_GLOBALS] },
  },
);
