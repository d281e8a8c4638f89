/**
 * Acceptance (issue 9): bad inputs across every CLI command and the task pane's import and open
 * paths, as tables (test/acceptance/support/bad-input-*-cases.ts). What each case asserts:
 * - CLI, refused (exit 2): stdout empty; stderr exactly one line "Lỗi: …" whose text after the
 *   prefix is Vietnamese (has a Vietnamese diacritic) and names the argument, file, line or cell;
 * - CLI, findings (exit 1): every line (or --json message) with the finding's code is one such line;
 * - pane: the outcome is `failed` with one Vietnamese sentence naming the file (and line or key);
 * - always: no stack frame, no "…Error", no errno code, no library's English (bad-input-message.ts);
 *   the case's folder is exactly as before — each input byte-identical (SHA-256), no output
 *   created, an old output unchanged, no temporary file left — or, in the pane, the chosen bytes,
 *   the workbook's cells and the session as before.
 * A full disk is simulated at the platform contract (a write that fails halfway with ENOSPC) for
 * build, export and the pane's downloads, and made real with a folder the process may not write.
 */
import { documentFileName } from '../../src/app/document-file-name';
import { examplePlan } from '../../src/app/example';
import { EXAMPLE_FILE_NAME, StandaloneWorkbook } from '../../src/taskpane/standalone/standalone-workbook';
import { MemoryHost } from '../../src/hosts';
import { createMemoryPlatform } from '../../src/platform/memory';
import { DEFAULT_TEMPLATE_SHEET } from '../../src/app/template';
import { paneServices } from '../../src/taskpane/compose';
import { CLI_CASES, OLD_XLSX } from './support/bad-input-cli-cases';
import { runCliCase } from './support/bad-input-cli-run';
import { sha256 } from './support/bad-input-folder';
import { CLI_ERROR_PREFIX, messageProblems } from './support/bad-input-message';
import { PANE_CASES } from './support/bad-input-pane-cases';
import { runPaneCase } from './support/bad-input-pane-run';
import { buildIntoReadOnlyFolder } from './support/bad-input-real-save';

jest.setTimeout(60_000);

/** The Word file name of the example plan, from its locality and year. */
function exampleDocumentName(): string {
  const example = examplePlan();
  if (example.kind !== 'done') throw new Error('no example plan');
  return documentFileName(example.value.plan);
}

describe('every CLI command refuses bad input in one Vietnamese line and changes no file', () => {
  it.each(CLI_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const verdict = await runCliCase(c);
    expect(verdict.problems).toEqual([]);
  });
});

describe("the pane's import and open refuse bad files in one Vietnamese sentence and change nothing", () => {
  it.each(PANE_CASES.map((c) => [`${c.path}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    expect(await runPaneCase(c)).toEqual([]);
  });
});

describe('a save that fails keeps the old output', () => {
  it('build into a folder the process may not write: exit 2, one line, the old workbook intact', () => {
    const r = buildIntoReadOnlyFolder(OLD_XLSX);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(messageProblems(r.err, [r.output, 'không có quyền truy cập'], CLI_ERROR_PREFIX)).toEqual([]);
    expect(r.err).toMatch(CLI_ERROR_PREFIX);
    expect(r.after).toEqual(r.before);
  });

  it.each(['download', 'downloadDocument'] as const)(
    'the pane’s %s on a full disk fails in one sentence and keeps the old file',
    async (action) => {
      const platform = createMemoryPlatform();
      const workbook = new StandaloneWorkbook(
        { ...paneServices, platform },
        () => new MemoryHost([DEFAULT_TEMPLATE_SHEET]),
      );
      const name = action === 'download' ? EXAMPLE_FILE_NAME : exampleDocumentName();
      platform.files.set(name, OLD_XLSX.slice());
      const unsaved = workbook.hasUnsavedChanges();
      platform.failNextSaves();
      const run = () =>
        action === 'download'
          ? workbook.download()
          : workbook.controller.downloadDocument({ style: 'kinh-phi-thuc-hien', words: 'total' });
      const outcome = await run();
      expect(outcome.kind).toBe('failed');
      expect(messageProblems(outcome.text.vi, [name, 'ổ đĩa đã đầy'])).toEqual([]);
      expect([...platform.files.keys()]).toEqual([name]);
      expect(sha256(platform.files.get(name) ?? new Uint8Array())).toBe(sha256(OLD_XLSX));
      expect(workbook.hasUnsavedChanges()).toBe(unsaved);
      // The same download succeeds once the disk has room, so the failure was the disk's.
      expect((await run()).kind).toBe('done');
      expect(sha256(platform.files.get(name) ?? new Uint8Array())).not.toBe(sha256(OLD_XLSX));
    },
  );
});
