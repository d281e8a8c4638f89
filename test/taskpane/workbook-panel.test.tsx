/** @jest-environment jsdom */
import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { confirm, done, failed } from '../../src/app/outcome';
import { browserPlatform } from '../../src/platform/browser';
import type { ActionResult, WriteOptions } from '../../src/taskpane/controller-types';
import type { SheetPreview } from '../../src/app/sheet-preview';
import type { StandaloneWorkbookApi, WorkbookSource } from '../../src/taskpane/standalone/standalone-types';
import { downloaded } from '../../src/taskpane/standalone/strings';
import { FakeController } from './fake-controller';

const EXAMPLE_PREVIEW: SheetPreview = {
  sheet: 'Kế hoạch kinh phí',
  columns: ['A', 'B', 'C'],
  rows: [
    { number: 1, cells: ['STT', 'Nội dung', 'Tổng cộng'] },
    { number: 2, cells: ['', 'TỔNG CỘNG', '7.645'] },
  ],
  truncated: false,
};

/** A recording stand-in for standalone mode's workbook. */
class FakeWorkbook implements StandaloneWorkbookApi {
  current: WorkbookSource = { kind: 'example' };
  shown: SheetPreview = EXAMPLE_PREVIEW;
  readonly opened: { name: string; bytes: Uint8Array }[] = [];
  openResult: ActionResult | null = null;
  examples = 0;
  previews = 0;
  /** Unsaved changes: opening or using the example asks first. */
  unsaved = false;

  source(): WorkbookSource {
    return this.current;
  }
  hasUnsavedChanges(): boolean {
    return this.unsaved;
  }
  open(file: { name: string; bytes: Uint8Array }): Promise<ActionResult> {
    this.opened.push(file);
    if (this.openResult) return Promise.resolve(this.openResult);
    this.current = { kind: 'file', name: file.name };
    this.shown = {
      sheet: 'Kế hoạch kinh phí',
      columns: ['A', 'B', 'C', 'D'],
      rows: [{ number: 12, cells: ['', 'TỔNG CỘNG', '', '15.089,00'] }],
      truncated: true,
    };
    return Promise.resolve(done(null, { vi: `Đã mở sổ tính "${file.name}".`, en: 'Opened.' }));
  }
  useExample(options?: WriteOptions): Promise<ActionResult> {
    if (this.unsaved && options?.overwrite !== true) {
      return Promise.resolve(
        confirm(
          { vi: 'Sổ tính có thay đổi chưa tải về; dùng kế hoạch mẫu sẽ bỏ chúng.', en: 'Unsaved.' },
          'x',
          [],
        ),
      );
    }
    this.unsaved = false;
    this.examples += 1;
    this.current = { kind: 'example' };
    this.shown = EXAMPLE_PREVIEW;
    return Promise.resolve(done(null, { vi: 'Đang dùng kế hoạch mẫu.', en: 'Example.' }));
  }

  download(): Promise<ActionResult> {
    const name = this.current.kind === 'file' ? this.current.name : 'ke-hoach-kinh-phi.xlsx';
    return this.save(name, new Uint8Array([0x50, 0x4b, 3, 4]));
  }

  /** Saves as the real standalone workbook does: through the browser platform's download. */
  private async save(name: string, bytes: Uint8Array): Promise<ActionResult> {
    const saved = await browserPlatform.save(name, bytes);
    return saved.ok ? done(null, downloaded(saved.value)) : failed(saved.error.text);
  }
  preview(): Promise<SheetPreview | null> {
    this.previews += 1;
    return Promise.resolve(this.shown);
  }
}

function setup(workbook = new FakeWorkbook()) {
  const user = userEvent.setup();
  const controller = new FakeController('browser');
  render(<App controller={controller} workbook={workbook} />);
  return { user, workbook, controller };
}

/** Chooses an item of the "Sổ tính" menu. */
async function fromMenu(user: UserEvent, item: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Sổ tính' }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

/** Opens the collapsed preview of the plan sheet. */
async function showPreview(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Xem trang tính', expanded: false }));
}

describe('the "Sổ tính" panel of standalone mode', () => {
  it('is absent inside Excel', () => {
    render(<App controller={new FakeController('excel')} />);
    expect(screen.queryByRole('heading', { name: 'Sổ tính' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the example on one line and, on request, a read-only preview of the plan sheet', async () => {
    const { user } = setup();
    expect(screen.getByRole('heading', { name: 'Sổ tính' })).toBeTruthy();
    expect(screen.getByText('Đang làm việc trên kế hoạch mẫu (thị xã Mường Lay, năm 2024).')).toBeTruthy();
    // Collapsed at first, so the steps come first.
    expect(screen.queryByRole('table')).toBeNull();
    await showPreview(user);
    const table = await screen.findByRole('table');
    expect(
      within(table).getByText('Xem trước trang "Kế hoạch kinh phí" (chỉ xem, không sửa được)'),
    ).toBeTruthy();
    expect(within(table).getByText('TỔNG CỘNG')).toBeTruthy();
    expect(within(table).getByText('7.645')).toBeTruthy();
    expect(within(table).queryByRole('textbox')).toBeNull();
  });

  it('opens the chosen .xlsx, says so, and shows the new workbook in the preview', async () => {
    const { user, workbook } = setup();
    await showPreview(user);
    await screen.findByText('7.645');
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 9]);
    const file = new File([bytes], 'song-ma.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await user.upload(screen.getByLabelText('Mở sổ tính .xlsx'), file);

    await screen.findByText('Đã mở sổ tính "song-ma.xlsx".');
    expect(workbook.opened.map((f) => [f.name, Array.from(f.bytes)])).toEqual([
      ['song-ma.xlsx', [0x50, 0x4b, 3, 4, 9]],
    ]);
    expect(screen.getByText('Đang làm việc trên sổ tính "song-ma.xlsx".')).toBeTruthy();
    await screen.findByText('15.089,00');
    expect(screen.getByRole('rowheader', { name: '12' })).toBeTruthy();
    expect(
      screen.getByText(
        'Xem trước trang "Kế hoạch kinh phí" (chỉ xem, không sửa được); chỉ hiện 40 dòng, 10 cột đầu',
      ),
    ).toBeTruthy();
  });

  it('shows the refusal of a file that cannot be opened and keeps the example', async () => {
    const workbook = new FakeWorkbook();
    workbook.openResult = failed({
      vi: 'Không mở được "hong.xlsx": cần một sổ tính Excel .xlsx.',
      en: 'Cannot open.',
    });
    const { user } = setup(workbook);
    await user.upload(screen.getByLabelText('Mở sổ tính .xlsx'), new File(['x'], 'hong.xlsx'));
    await screen.findByText('Không mở được "hong.xlsx": cần một sổ tính Excel .xlsx.');
    expect(screen.getByText('Đang làm việc trên kế hoạch mẫu (thị xã Mường Lay, năm 2024).')).toBeTruthy();
  });

  it('goes back to the example plan', async () => {
    const { user, workbook } = setup();
    await showPreview(user);
    await user.upload(screen.getByLabelText('Mở sổ tính .xlsx'), new File(['x'], 'a.xlsx'));
    await screen.findByText('15.089,00');
    await fromMenu(user, 'Dùng kế hoạch mẫu');
    await screen.findByText('Đang dùng kế hoạch mẫu.');
    expect(workbook.examples).toBe(1);
    await screen.findByText('7.645');
  });

  it('asks through the confirm dialog before throwing unsaved changes away for the example', async () => {
    const { user, workbook } = setup();
    workbook.unsaved = true;
    await fromMenu(user, 'Dùng kế hoạch mẫu');
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/dùng kế hoạch mẫu sẽ bỏ chúng/)).toBeTruthy();
    expect(workbook.examples).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Huỷ' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(workbook.examples).toBe(0);
    await fromMenu(user, 'Dùng kế hoạch mẫu');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ghi đè' }));
    await screen.findByText('Đang dùng kế hoạch mẫu.');
    expect(workbook.examples).toBe(1);
  });

  it('downloads the workbook as an .xlsx under its name', async () => {
    const created: Blob[] = [];
    const clicked: { download: string; href: string }[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        created.push(blob);
        return 'blob:gnbv/1';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    try {
      const { user } = setup();
      await fromMenu(user, 'Tải về sổ tính');
      await screen.findByText('Đã tạo tệp "ke-hoach-kinh-phi.xlsx" để tải về.');
      expect(clicked).toEqual([{ download: 'ke-hoach-kinh-phi.xlsx', href: 'blob:gnbv/1' }]);
      expect(created[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(created[0]?.size).toBe(4);
    } finally {
      click.mockRestore();
    }
  });

  it('leaves the Word document to step 4: the menu offers open, example and workbook download', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Sổ tính' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Mở sổ tính .xlsx…',
      'Dùng kế hoạch mẫu',
      'Tải về sổ tính',
    ]);
  });

  it('refreshes the preview after a step writes', async () => {
    const { user, workbook } = setup();
    await showPreview(user);
    await screen.findByText('7.645');
    const before = workbook.previews;
    workbook.shown = { ...EXAMPLE_PREVIEW, rows: [{ number: 2, cells: ['', 'TỔNG CỘNG', '7.700'] }] };
    await user.click(screen.getByRole('tab', { name: /Xuất/ }));
    await user.click(screen.getByRole('button', { name: 'Ghi vào trang Kinh phí' }));
    await screen.findByText('7.700');
    await waitFor(() => expect(workbook.previews).toBeGreaterThan(before));
  });
});
