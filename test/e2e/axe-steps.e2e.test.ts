/**
 * axe-core on every step of the built task pane at task-pane width (350×800), standalone mode, in
 * Vietnamese and in English: each step as opened, after its main action (the result bar), with a
 * field error, with findings listed and marked, the sheet preview expanded, the menus and the
 * overwrite question open, and the page as loaded. Every axe rule runs except the AAA-only ones, and a
 * violation of any impact fails, printed as rule, impact, target and HTML; the one exclusion is
 * Tabster's two <body>-level sentinels for aria-hidden-focus alone (see audit()).
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { XlsxHost } from '../../src/hosts/xlsx';
import type { Lang } from '../../src/taskpane/controller-types';
import { stringsFor, type Strings } from '../../src/taskpane/i18n';
import { workbookStrings, type WorkbookStrings } from '../../src/taskpane/standalone/strings';
import { songMaWorkbookBytes } from '../fixtures/workbooks/song-ma-workbook';
import { startBrowser, type BrowserSession } from './browser';

jest.setTimeout(300_000);

let session: BrowserSession;
let browser: Browser;
let url: string;
/** Sông Mã's workbook with one amount typed as text, so the check lists findings. */
let withFindings: string;

beforeAll(async () => {
  session = await startBrowser();
  ({ browser, url } = session);
  const dir = mkdtempSync(join(tmpdir(), 'gnbv-axe-'));
  withFindings = join(dir, 'song-ma-text.xlsx');
  const host = await XlsxHost.fromBuffer(await songMaWorkbookBytes());
  const [sheet] = await host.listSheets();
  // E21 is Tiểu dự án 3 of Dự án 4, vốn sự nghiệp (see export-findings.e2e.test.ts): "1.460" as text.
  await host.applyPatch({ sheet: sheet ?? '', cells: [{ address: 'E21', value: '1.460' }] });
  writeFileSync(withFindings, await host.toBytes());
});

afterAll(async () => {
  await session?.close();
});

/**
 * The rules that are off for the whole page: the AAA-only ones (enhanced contrast, identical links,
 * meta refresh without exception). The bar is WCAG 2.2 AA plus axe's best practices and its
 * experimental and deprecated rules (duplicate ids included), all of which run.
 */
const AAA_ONLY = ['color-contrast-enhanced', 'identical-links-same-purpose', 'meta-refresh-no-exceptions'];

/** Every rule axe-core knows except the AAA-only ones. */
const RULES = axe
  .getRules()
  .map((r) => r.ruleId)
  .filter((id) => !AAA_ONLY.includes(id));

/** One violation on one element, readable in a failure: state, rule, impact, target, HTML. */
function describeViolations(
  state: string,
  violations: readonly {
    id: string;
    impact?: string | null;
    help: string;
    nodes: readonly { target: unknown; html: string; failureSummary?: string }[];
  }[],
): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${state}] ${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n  at ${JSON.stringify(n.target)}\n  ${n.html}` +
        (n.failureSummary ? `\n  ${n.failureSummary.replace(/\n/g, '\n  ')}` : ''),
    ),
  );
}

/** Runs every rule on the page as it is now and returns its violations, described. */
async function audit(page: Page, state: string): Promise<string[]> {
  // Let animations (menus, dialogs, the result bar) settle so contrast is measured on the final colours.
  await page.waitForTimeout(300);
  // Every rule, nothing excluded: the confirm dialog is mounted only while it asks, so Tabster's
  // focusable aria-hidden sentinels (microsoft/tabster#288) are not left in <body> after it.
  const result = await new AxeBuilder({ page }).withRules([...RULES]).analyze();
  // The rules did look at the page (a blank or broken page would pass few).
  expect(result.passes.length).toBeGreaterThan(20);
  return describeViolations(state, result.violations);
}

/** The labels the test clicks, in the pane's own words of the language. */
interface Words {
  readonly lang: Lang;
  readonly t: Strings;
  readonly w: WorkbookStrings;
}

function wordsOf(lang: Lang): Words {
  return { lang, t: stringsFor(lang), w: workbookStrings(lang) };
}

async function open(words: Words): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 350, height: 800 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${url}taskpane.html`);
  const vi = stringsFor('vi');
  await page.getByRole('heading', { name: vi.appTitle }).waitFor();
  if (words.lang === 'en') {
    await page.getByRole('button', { name: `${vi.languageLabel}: ${vi.languageName}` }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await page.getByRole('tab', { name: `1. ${words.t.tabTemplate}` }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  return page;
}

type StepId = 'template' | 'allocation' | 'check' | 'export';

function tabName(t: Strings, step: StepId): string {
  const index = { template: 1, allocation: 2, check: 3, export: 4 }[step];
  const label = {
    template: t.tabTemplate,
    allocation: t.tabAllocation,
    check: t.tabCheck,
    export: t.tabExport,
  }[step];
  return `${index}. ${label}`;
}

async function openStep(page: Page, words: Words, step: StepId): Promise<Locator> {
  await page.getByRole('tab', { name: tabName(words.t, step), exact: true }).click();
  const panel = page.locator(`#panel-${step}`);
  await panel.waitFor();
  return panel;
}

/** Clicks an action of the step, agrees to overwrite when asked (auditing the question first), and waits for the result bar. */
async function act(
  page: Page,
  panel: Locator,
  name: string,
  words: Words,
  problems: string[],
  state: string,
): Promise<void> {
  const bar = panel.locator('.fui-MessageBar').first();
  const before = await bar.count();
  const previous = before > 0 ? await bar.textContent() : null;
  await panel.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  const changed = page.waitForFunction(
    ([selector, old]) => {
      const el = document.querySelector(selector);
      return el !== null && el.textContent !== old;
    },
    [`#${await panel.getAttribute('id')} .fui-MessageBar`, previous] as const,
  );
  await Promise.race([dialog.waitFor(), changed]);
  if (await dialog.isVisible()) {
    problems.push(...(await audit(page, `${state}: overwrite question`)));
    await dialog.getByRole('button', { name: words.t.overwrite }).click();
    await changed;
  }
}

/** Opens the workbook with a figure typed as text (the panel's hidden file input). */
async function openWithFindings(page: Page, words: Words): Promise<void> {
  await page.getByLabel(words.w.open, { exact: true }).setInputFiles(withFindings);
  await page.getByText(words.w.onFile('song-ma-text.xlsx')).first().waitFor();
}

describe.each<[Lang]>([['vi'], ['en']])('axe-core at 350×800 px, UI in %s', (lang) => {
  const words = wordsOf(lang);
  const { t, w } = words;

  it('step 1 (Mẫu): opened, a field error, the overwrite question, the result', async () => {
    const page = await open(words);
    const problems: string[] = [];
    const panel = await openStep(page, words, 'template');
    problems.push(...(await audit(page, 'Mẫu opened')));
    const year = panel.getByLabel(t.yearLabel);
    const typed = await year.inputValue();
    await year.fill('202');
    await panel.getByRole('button', { name: t.insertTemplate, exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    problems.push(...(await audit(page, 'Mẫu year error')));
    await year.fill(typed);
    await act(page, panel, t.insertTemplate, words, problems, 'Mẫu insert');
    problems.push(...(await audit(page, 'Mẫu result')));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('step 2 (Phân bổ): opened, a weight error, the preview, the result', async () => {
    const page = await open(words);
    const problems: string[] = [];
    const panel = await openStep(page, words, 'allocation');
    const weight = panel.locator('input[id^="weight-"]').first();
    await weight.waitFor();
    problems.push(...(await audit(page, 'Phân bổ opened')));
    const typed = await weight.inputValue();
    await weight.fill('abc');
    await panel.getByRole('button', { name: t.preview, exact: true }).click();
    await panel.locator('input[aria-invalid="true"]').first().waitFor();
    problems.push(...(await audit(page, 'Phân bổ weight error')));
    await weight.fill(typed);
    await panel.getByRole('button', { name: t.preview, exact: true }).click();
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('#panel-allocation button')].some(
          (b) => b.textContent === name && !(b as HTMLButtonElement).disabled,
        ),
      t.writeValues,
    );
    problems.push(...(await audit(page, 'Phân bổ preview shown')));
    await act(page, panel, t.writeValues, words, problems, 'Phân bổ write');
    problems.push(...(await audit(page, 'Phân bổ result')));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('step 3 (Kiểm tra): opened, no findings, findings listed, a finding shown, cells marked', async () => {
    const page = await open(words);
    const problems: string[] = [];
    let panel = await openStep(page, words, 'check');
    problems.push(...(await audit(page, 'Kiểm tra opened')));
    await act(page, panel, t.runCheck, words, problems, 'Kiểm tra example');
    problems.push(...(await audit(page, 'Kiểm tra no findings')));

    await openWithFindings(page, words);
    panel = await openStep(page, words, 'check');
    await panel.getByRole('button', { name: t.runCheck, exact: true }).click();
    const list = panel.getByRole('list', { name: t.findingsListLabel });
    await list.waitFor();
    problems.push(...(await audit(page, 'Kiểm tra findings listed')));
    await list.getByRole('button').first().click();
    await panel.locator('[aria-current="location"]').waitFor();
    problems.push(...(await audit(page, 'Kiểm tra finding shown')));
    await act(page, panel, t.markFindings, words, problems, 'Kiểm tra mark');
    problems.push(...(await audit(page, 'Kiểm tra cells marked')));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('step 4 (Xuất): opened with its preview, the result of writing and of the download', async () => {
    const page = await open(words);
    const problems: string[] = [];
    const panel = await openStep(page, words, 'export');
    await panel.getByRole('region', { name: t.sectionPreviewLabel }).locator('p').nth(1).waitFor();
    problems.push(...(await audit(page, 'Xuất opened')));
    await act(page, panel, t.writeSection, words, problems, 'Xuất write');
    problems.push(...(await audit(page, 'Xuất result')));
    const download = page.waitForEvent('download');
    await act(page, panel, t.downloadDocument, words, problems, 'Xuất download');
    await download;
    problems.push(...(await audit(page, 'Xuất downloaded')));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the workbook line: its preview expanded, its menu and the language menu open', async () => {
    const page = await open(words);
    const problems: string[] = [];
    problems.push(...(await audit(page, 'as loaded')));
    await page.getByRole('button', { name: w.showPreview }).click();
    await page.getByRole('table').getByText('TỔNG CỘNG', { exact: true }).waitFor();
    problems.push(...(await audit(page, 'sheet preview expanded')));
    await page.getByRole('button', { name: w.menu, exact: true }).click();
    await page.getByRole('menuitem', { name: w.useExample }).waitFor();
    problems.push(...(await audit(page, 'Sổ tính menu open')));
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: w.useExample }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `${t.languageLabel}: ${t.languageName}` }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).waitFor();
    problems.push(...(await audit(page, 'language menu open')));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
