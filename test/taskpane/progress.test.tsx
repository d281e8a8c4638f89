/** @jest-environment jsdom */
import './setup';
import { act, screen } from '@testing-library/react';
import { FakeController } from './fake-controller';
import { renderApp } from './render-app';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function progressText(): string {
  return screen.getByRole('status').textContent ?? '';
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

describe('progress indicator', () => {
  it('does not flash for an action that finishes within 300 ms', async () => {
    const controller = new FakeController();
    controller.delayMs = 200;
    const { user } = renderApp(controller, { fakeTimers: true });
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));

    for (let elapsed = 0; elapsed < 400; elapsed += 50) {
      expect(progressText()).toBe('');
      await advance(50);
    }
    expect(screen.getByText('Đã ghi: mẫu kế hoạch.')).toBeTruthy();
    expect(progressText()).toBe('');
  });

  it('announces a slow action after 300 ms and disappears when it ends', async () => {
    const controller = new FakeController();
    controller.delayMs = 2000;
    const { user } = renderApp(controller, { fakeTimers: true });
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));

    await advance(250);
    expect(progressText()).toBe('');
    await advance(100);
    expect(progressText()).toBe('Đang xử lý…');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Chèn mẫu' }).disabled).toBe(true);

    await advance(2000);
    expect(progressText()).toBe('');
    expect(screen.getByText('Đã ghi: mẫu kế hoạch.')).toBeTruthy();
  });
});
