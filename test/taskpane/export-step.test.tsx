/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { failed } from '../../src/app/outcome';
import { FakeController } from './fake-controller';
import { openStep, renderApp } from './render-app';

/** Records what the pane hands to ClipboardItem, as jsdom has none. */
class RecordingClipboardItem {
  static made: RecordingClipboardItem[] = [];
  constructor(readonly items: Record<string, Blob>) {
    RecordingClipboardItem.made.push(this);
  }
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('no text read'));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(blob);
  });
}

function installClipboard(clipboard: Partial<Clipboard>, withItem: boolean): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  if (withItem)
    Object.defineProperty(globalThis, 'ClipboardItem', { configurable: true, value: RecordingClipboardItem });
  else Reflect.deleteProperty(globalThis, 'ClipboardItem');
}

afterEach(() => {
  RecordingClipboardItem.made = [];
  Reflect.deleteProperty(globalThis, 'ClipboardItem');
});

describe('step "Xuất"', () => {
  it('writes the section with the chosen style and words', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('radio', { name: /^Nguồn vốn giao/ }));
    await user.click(screen.getByRole('radio', { name: 'Tất cả' }));
    await user.click(screen.getByRole('button', { name: 'Ghi vào trang Kinh phí' }));

    await screen.findByText('Đã ghi: phần kinh phí.');
    expect(controller.callsTo('writeSection')).toEqual([
      [{ style: 'nguon-von-giao', words: 'all' }, undefined],
    ]);
  });

  it('copies the section for Word as HTML with a plain-text alternative', async () => {
    const write = jest.fn<Promise<void>, [ClipboardItems]>().mockResolvedValue(undefined);
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    const controller = new FakeController();
    const { user } = renderApp(controller);
    // user-event installs its own clipboard stub in setup(), so ours goes in afterwards.
    installClipboard({ write, writeText }, true);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('radio', { name: 'Không' }));
    await user.click(screen.getByRole('button', { name: 'Sao chép cho Word' }));

    await screen.findByText('Đã sao chép phần kinh phí. Mở Word và dán (Ctrl+V).');
    expect(controller.callsTo('sectionForClipboard')).toEqual([
      [{ style: 'kinh-phi-thuc-hien', words: 'none' }],
    ]);
    expect(write).toHaveBeenCalledTimes(1);
    expect(writeText).not.toHaveBeenCalled();
    const [item] = RecordingClipboardItem.made;
    expect(Object.keys(item?.items ?? {}).sort()).toEqual(['text/html', 'text/plain']);
    expect(await readBlob(item!.items['text/html']!)).toBe(controller.section.html);
    expect(await readBlob(item!.items['text/plain']!)).toBe(controller.section.text);
  });

  it('falls back to plain text where ClipboardItem is missing, and says so', async () => {
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    const controller = new FakeController();
    const { user } = renderApp(controller);
    // user-event installs its own clipboard stub in setup(), so ours goes in afterwards.
    installClipboard({ writeText }, false);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('button', { name: 'Sao chép cho Word' }));

    expect(await screen.findByText(/dạng văn bản thường/)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(controller.section.text);
  });

  it("copies nothing and says why when the plan's figures do not add up", async () => {
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    const controller = new FakeController();
    controller.sectionRefusal = failed({
      vi: 'Bảng kế hoạch còn 2 lỗi về số liệu (xem bước "Kiểm tra").',
      en: 'The plan table has 2 errors in its figures (see the "Check" step).',
    });
    const { user } = renderApp(controller);
    installClipboard({ writeText }, false);
    await openStep(user, /Xuất/);
    // The step says it before any click, in place of the preview…
    const why = 'Bảng kế hoạch còn 2 lỗi về số liệu (xem bước "Kiểm tra").';
    await screen.findByText(why);
    await user.click(screen.getByRole('button', { name: 'Sao chép cho Word' }));

    // …and the copy's result says it again.
    await waitFor(() => expect(screen.getAllByText(why)).toHaveLength(2));
    expect(screen.queryByRole('region', { name: 'Xem trước phần kinh phí' })).toBeNull();
    expect(writeText).not.toHaveBeenCalled();
  });

  it('shows a clear error when the clipboard refuses', async () => {
    const writeText = jest
      .fn<Promise<void>, [string]>()
      .mockRejectedValue(new Error('Document is not focused.'));
    const { user } = renderApp(new FakeController());
    // user-event installs its own clipboard stub in setup(), so ours goes in afterwards.
    installClipboard({ writeText }, false);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('button', { name: 'Sao chép cho Word' }));

    expect(
      await screen.findByText('Không sao chép được vào bộ nhớ tạm: Document is not focused.'),
    ).toBeTruthy();
  });

  it('previews the section with the chosen options, composed again when they change', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    // A hidden step composes nothing.
    expect(controller.callsTo('previewSection')).toEqual([]);
    await openStep(user, /Xuất/);
    const preview = await screen.findByRole('region', { name: 'Xem trước phần kinh phí' });
    await within(preview).findByText('b) Kinh phí thực hiện: 7.645 triệu đồng (kinh-phi-thuc-hien, total)');
    // Headings are bold, as Word gets them.
    expect(within(preview).getByText('IV. KINH PHÍ THỰC HIỆN').className).not.toBe(
      within(preview).getByText(/^b\) Kinh phí/).className,
    );
    await user.click(screen.getByRole('radio', { name: /^Nguồn vốn giao/ }));
    await user.click(screen.getByRole('radio', { name: 'Không' }));
    await within(preview).findByText('b) Kinh phí thực hiện: 7.645 triệu đồng (nguon-von-giao, none)');
    expect(controller.callsTo('previewSection').at(-1)).toEqual([{ style: 'nguon-von-giao', words: 'none' }]);
  });

  it('downloads the Word document with the options chosen for the preview', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('radio', { name: /^Nguồn vốn giao/ }));
    await user.click(screen.getByRole('radio', { name: 'Tất cả' }));
    await user.click(screen.getByRole('button', { name: 'Tải văn bản Word' }));

    await screen.findByText('Đã tạo tệp "kinh-phi-thi-xa-muong-lay-2024.docx".');
    expect(controller.callsTo('downloadDocument')).toEqual([[{ style: 'nguon-von-giao', words: 'all' }]]);
    // Downloading writes nothing to the workbook: nothing to undo.
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toHaveProperty('disabled', true);
  });
});
