/** @jest-environment jsdom */
import './setup';
import { screen } from '@testing-library/react';
import { failed } from '../../src/app/outcome';
import { FakeController } from './fake-controller';
import { chooseLanguage, openStep, renderApp } from './render-app';

function button(name: string): HTMLButtonElement {
  return screen.getByRole<HTMLButtonElement>('button', { name });
}

/**
 * The labels of the tabs, in order. Fluent renders a hidden bold copy of each unselected label after the
 * label itself (to reserve its width), so the first span is the label the user reads.
 */
function tabNames(): string[] {
  return screen.getAllByRole('tab').map((tab) => tab.querySelector('span')?.textContent ?? '');
}

describe('task pane', () => {
  it('has a heading, four steps and Vietnamese as the default language', () => {
    renderApp(new FakeController());

    expect(screen.getByRole('heading', { level: 1, name: 'Kinh phí GNBV' })).toBeTruthy();
    expect(tabNames()).toEqual(['1. Mẫu', '2. Phân bổ', '3. Kiểm tra', '4. Xuất']);
    expect(screen.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-template');
  });

  it('switches every visible text to English, including the last result', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await user.click(button('Chèn mẫu'));
    await screen.findByText('Đã ghi: mẫu kế hoạch.');

    await chooseLanguage(user, 'English');

    expect(screen.getByText('Written: mẫu kế hoạch.')).toBeTruthy();
    expect(screen.queryByText('Đã ghi: mẫu kế hoạch.')).toBeNull();
    expect(tabNames()).toEqual(['1. Template', '2. Allocate', '3. Check', '4. Export']);
    expect(screen.getByLabelText('Plan year')).toBeTruthy();
    expect(button('Insert template')).toBeTruthy();
    expect(button('Undo')).toBeTruthy();
    expect(screen.queryByText('Năm kế hoạch')).toBeNull();
  });

  it('enables "Hoàn tác" after a write and undoes it through the controller', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    expect(button('Hoàn tác').disabled).toBe(true);

    await user.click(button('Chèn mẫu'));
    await screen.findByText('Đã ghi: mẫu kế hoạch.');
    expect(button('Hoàn tác').disabled).toBe(false);

    await user.click(button('Hoàn tác'));
    expect(await screen.findByText('Đã hoàn tác lần ghi trước.')).toBeTruthy();
    expect(controller.callsTo('undo')).toHaveLength(1);
    expect(button('Hoàn tác').disabled).toBe(true);
  });

  it('shows a failed write as an error message in words, in both languages', async () => {
    const controller = new FakeController();
    controller.writeResults.push(
      failed({
        vi: 'Không tìm thấy trang "Kế hoạch": hãy chèn mẫu trước.',
        en: 'No "Kế hoạch" sheet: insert the template first.',
      }),
    );
    const { user } = renderApp(controller);
    await openStep(user, /Xuất/);
    await user.click(button('Ghi vào trang Kinh phí'));

    expect(await screen.findByText('Không tìm thấy trang "Kế hoạch": hãy chèn mẫu trước.')).toBeTruthy();
    expect(screen.getByText('Có lỗi')).toBeTruthy();
    expect(button('Hoàn tác').disabled).toBe(true);
    await chooseLanguage(user, 'English');
    expect(screen.getByText('No "Kế hoạch" sheet: insert the template first.')).toBeTruthy();
  });

  it('reports an unexpected failure of the controller instead of losing it', async () => {
    const controller = new FakeController();
    controller.failure = new Error('Excel is in cell-editing mode');
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);
    await user.click(button('Kiểm tra'));

    expect(await screen.findByText('Lỗi không mong đợi: Excel is in cell-editing mode')).toBeTruthy();
  });

  it('dismisses the result message on request', async () => {
    const { user } = renderApp(new FakeController());
    await user.click(button('Chèn mẫu'));
    await screen.findByText('Đã ghi: mẫu kế hoạch.');
    await user.click(button('Đóng thông báo'));
    expect(screen.queryByText('Đã ghi: mẫu kế hoạch.')).toBeNull();
  });

  it('explains what works when running outside Excel, and not inside it', () => {
    const { unmount } = renderApp(new FakeController('browser'));
    expect(screen.getByText(/^Đang chạy ngoài Excel: /)).toBeTruthy();
    unmount();
    renderApp(new FakeController('excel'));
    expect(screen.queryByText(/Đang chạy ngoài Excel/)).toBeNull();
  });

  it('keeps what was typed in a step while another step is open', async () => {
    const { user } = renderApp(new FakeController());
    await user.type(screen.getByLabelText('Địa phương'), 'huyện Sông Mã');
    await openStep(user, /Xuất/);
    expect(screen.queryByRole('textbox', { name: 'Địa phương' })).toBeNull();
    await openStep(user, /Mẫu/);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Địa phương' }).value).toBe('huyện Sông Mã');
  });
});
