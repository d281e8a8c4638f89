/**
 * Two jest projects:
 * - `unit`: everything pure, run by `npm run test:unit` without a build: the engine, the importers,
 *   the sheet mapping, the hosts (fake Excel, in-memory, .xlsx via exceljs), the export, the CLI
 *   (in-process and through `node bin/gnbv.cjs`), the custom functions, the manifest check, the lint
 *   boundaries and the task pane in jsdom.
 * - `integration`: tests that need the built `dist/` or an external program: `test/e2e` (dist/ in
 *   Debian's Chromium), `test/lo` (LibreOffice recalculates built workbooks) and `test/lo-docx`
 *   (LibreOffice and poppler read the exported .docx).
 * `npm test` builds dist/ and runs both; a new directory of tests that needs a build, a browser or
 * LibreOffice goes into INTEGRATION below.
 * @type {import('jest').Config}
 */
const INTEGRATION = ['e2e', 'lo', 'lo-docx'];

/** What both projects share; browser-side tests opt into jsdom with a `@jest-environment jsdom` docblock. */
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Type-checking is done once by `npm run typecheck`; the tests only transpile (tsconfig.json sets
    // isolatedModules, so ts-jest transpiles each file on its own).
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

const integrationDirs = `<rootDir>/test/(${INTEGRATION.join('|')})/`;

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testPathIgnorePatterns: ['/node_modules/', integrationDirs],
      // Fluent UI's CSS in jsdom, reduced to the rules that hide or disable elements (see the file).
      setupFiles: ['<rootDir>/test/setup/jsdom-styles.ts', '<rootDir>/test/setup/testing-library.ts'],
      // The task pane's jsdom tests type character by character through Fluent's components; on a loaded
      // two-core machine one such test can pass jest's 5 s default without anything being wrong.
      testTimeout: 20_000,
    },
    {
      ...shared,
      displayName: 'integration',
      roots: INTEGRATION.map((dir) => `<rootDir>/test/${dir}`),
    },
  ],
};
