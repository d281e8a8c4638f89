/**
 * Drives the standalone page as a person would, one finished action at a time: every action first
 * closes the last notice, then waits for its own, so a notice left over from an earlier action (the
 * same words after each undo) never passes for the new one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TypedAllocation } from './allocation-expectation';

const METHOD_LABEL: Readonly<Record<TypedAllocation['method'], string>> = {
  weights: 'Theo tỷ trọng',
  'last-year': 'Theo tỷ lệ năm trước',
  equal: 'Chia đều',
};

/** The page of one test, with where its downloads go. */
export class StandaloneDriver {
  private downloads = 0;

  constructor(
    readonly page: Page,
    private readonly dir: string,
  ) {}

  /** The message bar of the last action. */
  private notice(text: string | RegExp): Locator {
    return this.page.getByText(text).first();
  }

  /** Closes the last action's notice, if one is showing, and waits until it is gone. */
  async dismiss(): Promise<void> {
    const close = this.page.getByRole('button', { name: 'Đóng thông báo' });
    if ((await close.count()) > 0) {
      await close.first().click();
      await close.first().waitFor({ state: 'detached' });
    }
  }

  /** Runs a command of the "Sổ tính" panel: a button where it shows one, else the item of its menu. */
  private async workbookCommand(name: string): Promise<void> {
    const button = this.page.getByRole('button', { name, exact: true });
    if ((await button.count()) > 0) {
      await button.first().click();
      return;
    }
    await this.page.getByRole('button', { name: 'Sổ tính', exact: true }).click();
    await this.page.getByRole('menuitem', { name, exact: true }).click();
  }

  /** Opens an .xlsx with the file chooser and waits until the page works on it. */
  async open(path: string, name: string): Promise<void> {
    await this.dismiss();
    await this.page.getByLabel('Mở sổ tính .xlsx').setInputFiles(path);
    await this.page.getByText(`Đang làm việc trên sổ tính "${name}".`).waitFor();
  }

  async tab(name: 'Mẫu' | 'Phân bổ' | 'Kiểm tra' | 'Xuất'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`\\d\\. ${name}$`) }).click();
  }

  /**
   * Runs a write started by `click`, confirms the overwrite dialog when it asks (returns whether it
   * did), and waits for the notice `done`.
   */
  async write(click: () => Promise<void>, done: RegExp): Promise<boolean> {
    await this.dismiss();
    await click();
    const dialog = this.page.getByRole('alertdialog');
    const finished = this.notice(done);
    await Promise.race([dialog.waitFor(), finished.waitFor()]);
    let asked = false;
    if (await dialog.isVisible()) {
      asked = true;
      await dialog.getByRole('button', { name: 'Ghi đè' }).click();
    }
    await finished.waitFor();
    return asked;
  }

  /**
   * In step "Phân bổ": types the assigned totals and the step, picks the method, previews, and writes
   * the values; returns the preview table's body rows as shown and whether the overwrite was asked.
   */
  async allocate(typed: TypedAllocation): Promise<{ shown: string[][]; asked: boolean }> {
    await this.tab('Phân bổ');
    const page = this.page;
    const panel = page.locator('#panel-allocation');
    // The rows are read when the step shows; wait for them before choosing anything.
    await panel.getByRole('grid', { name: 'Các Dự án, Tiểu dự án nhận phân bổ' }).waitFor();
    await panel.getByLabel('Ngân sách trung ương được giao').fill(typed.nstw);
    await panel.getByLabel('Ngân sách địa phương (vốn đối ứng)').fill(typed.nsdp);
    await panel.getByLabel('Bước làm tròn').fill(typed.step);
    await panel.getByRole('radio', { name: METHOD_LABEL[typed.method] }).check();
    await this.dismiss();
    await panel.getByRole('button', { name: 'Xem trước' }).click();
    const table = panel.getByRole('table', { name: /^Xem trước phân bổ/ });
    await table.waitFor();
    // The body rows, without the header.
    const shown = await table
      .locator('tbody')
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => (c.textContent ?? '').trim())),
      );
    const asked = await this.write(
      () => panel.getByRole('button', { name: 'Ghi giá trị' }).click(),
      /Đã ghi phân bổ cho \d+ dòng/,
    );
    return { shown, asked };
  }

  /** In step "Kiểm tra": runs the check; returns the findings listed ("Lỗi …", "Cảnh báo …"). */
  async check(): Promise<string[]> {
    await this.tab('Kiểm tra');
    await this.dismiss();
    const panel = this.page.locator('#panel-check');
    const list = panel.getByRole('list', { name: 'Kết quả kiểm tra' });
    await panel.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const clean = this.notice('Không phát hiện sai lệch: mọi tổng đều khớp.');
    const summary = panel.getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ thông tin\./);
    await Promise.race([clean.waitFor(), summary.waitFor()]);
    if (await clean.isVisible()) return [];
    return list.getByRole('listitem').allInnerTexts();
  }

  /** In step "Xuất": writes the kinh phí section into its sheet. */
  async writeSection(): Promise<boolean> {
    await this.tab('Xuất');
    return this.write(
      () => this.page.getByRole('button', { name: 'Ghi vào trang Kinh phí' }).click(),
      /Đã ghi phần kinh phí/,
    );
  }

  /** Presses "Hoàn tác" once and waits until it is done. */
  async undo(): Promise<void> {
    await this.write(
      () => this.page.getByRole('button', { name: 'Hoàn tác', exact: true }).click(),
      /Đã hoàn tác/,
    );
  }

  /** Presses "Làm lại" once and waits until it is done. */
  async redo(): Promise<void> {
    await this.write(
      () => this.page.getByRole('button', { name: 'Làm lại', exact: true }).click(),
      /Đã làm lại/,
    );
  }

  /** Downloads the workbook as it is now; returns its bytes (also kept in the test's folder). */
  async download(name: string): Promise<Uint8Array> {
    await this.dismiss();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.workbookCommand('Tải về sổ tính'),
    ]);
    this.downloads++;
    const path = join(this.dir, `${String(this.downloads).padStart(2, '0')}-${name}.xlsx`);
    await download.saveAs(path);
    await this.notice(/Đã tạo tệp ".*" để tải về\./).waitFor();
    return readFileSync(path);
  }
}
