/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { FakeController } from './fake-controller';
import { openStep, renderApp } from './render-app';

function button(name: string): HTMLButtonElement {
  return screen.getByRole<HTMLButtonElement>('button', { name });
}

describe('"Hoàn tác" and "Làm lại" in the pane', () => {
  it('redoes an undone write through the controller, next to "Hoàn tác"', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    expect(button('Làm lại').disabled).toBe(true);
    await user.click(button('Chèn mẫu'));
    await screen.findByText('Đã ghi: mẫu kế hoạch.');
    expect(button('Làm lại').disabled).toBe(true);

    await user.click(button('Hoàn tác'));
    await screen.findByText('Đã hoàn tác lần ghi trước.');
    expect(button('Làm lại').disabled).toBe(false);
    const toolbar = button('Hoàn tác').parentElement!;
    expect(within(toolbar).getByRole('button', { name: 'Làm lại' })).toBeTruthy();

    await user.click(button('Làm lại'));
    expect(await screen.findByText('Đã làm lại lần ghi đó.')).toBeTruthy();
    expect(controller.callsTo('redo')).toHaveLength(1);
    expect(button('Làm lại').disabled).toBe(true);
    expect(button('Hoàn tác').disabled).toBe(false);
  });

  it('reads the allocation rows and the listed findings again after an undo and a redo', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('list', { name: 'Kết quả kiểm tra' });
    await user.click(screen.getByRole('button', { name: 'Đánh dấu ô lỗi' }));
    await screen.findByText('Đã ghi: đánh dấu.');
    const validated = controller.callsTo('validate').length;

    // The sheet changes under the listed findings: an undo shows the new state without a click.
    controller.findings = [];
    await user.click(button('Hoàn tác'));
    await screen.findByText('Đã hoàn tác lần ghi trước.');
    await waitFor(() => expect(controller.callsTo('validate').length).toBe(validated + 1));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Kết quả kiểm tra' })).toBeNull());

    await openStep(user, /Phân bổ/);
    await waitFor(() => expect(controller.callsTo('allocationForm').length).toBeGreaterThan(0));
    const rowsRead = controller.callsTo('allocationForm').length;
    await user.click(button('Làm lại'));
    await screen.findByText('Đã làm lại lần ghi đó.');
    await waitFor(() => expect(controller.callsTo('allocationForm').length).toBe(rowsRead + 1));
  });
});
