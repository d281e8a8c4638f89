/** @jest-environment jsdom */
import './setup';
import { act, screen } from '@testing-library/react';
import { BUSY_ATTRIBUTE } from '../../src/taskpane/hooks/use-busy-origin';
import { FakeController } from './fake-controller';
import { chooseLanguage, openStep, renderApp } from './render-app';

function button(name: string): HTMLButtonElement {
  return screen.getByRole<HTMLButtonElement>('button', { name });
}

describe('the pane header and language', () => {
  it('puts the name, undo, redo and the language menu in one header, above the tabs', () => {
    renderApp(new FakeController());
    const header = screen.getByRole('banner');
    expect(header.contains(screen.getByRole('heading', { level: 1, name: 'Kinh phí GNBV' }))).toBe(true);
    expect(header.contains(button('Hoàn tác'))).toBe(true);
    expect(header.contains(button('Làm lại'))).toBe(true);
    expect(header.contains(button('Ngôn ngữ: Tiếng Việt'))).toBe(true);
    const tabs = screen.getByRole('tablist');
    // The tabs come right after the header, before any notice or step content.
    expect(header.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(tabs.parentElement).toBe(header.parentElement);
  });

  it('sets <html lang> to the chosen language and says once that documents stay Vietnamese', async () => {
    const { user } = renderApp(new FakeController());
    expect(document.documentElement.lang).toBe('vi');
    await chooseLanguage(user, 'English');
    expect(document.documentElement.lang).toBe('en');
    expect(button('Language: English')).toBeTruthy();
    await user.click(button('Language: English'));
    expect(
      await screen.findByText('Documents and sheet text stay in Vietnamese, as official documents require.'),
    ).toBeTruthy();
    await user.click(await screen.findByRole('menuitemradio', { name: 'Tiếng Việt' }));
    expect(document.documentElement.lang).toBe('vi');
  });
});

describe('feedback where the eye is', () => {
  it('shows the result at the top of the open step, scrolls it into view and gives it the focus', async () => {
    const scrolled: Element[] = [];
    const scroll = jest.fn(function (this: Element) {
      scrolled.push(this);
    });
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { configurable: true, value: scroll });
    try {
      const { user } = renderApp(new FakeController());
      await user.click(button('Chèn mẫu'));
      const message = await screen.findByText('Đã ghi: mẫu kế hoạch.');
      const bar = message.closest('.fui-MessageBar');
      const panel = screen.getByRole('tabpanel');
      expect(bar).not.toBeNull();
      expect(panel.firstElementChild).toBe(bar);
      expect(scrolled).toEqual([bar]);
      expect(bar?.contains(document.activeElement)).toBe(true);

      // Coming back to the step does not steal the focus again for the same result.
      await openStep(user, /Xuất/);
      await openStep(user, /Mẫu/);
      expect(screen.getByText('Đã ghi: mẫu kế hoạch.')).toBeTruthy();
      expect(scrolled).toHaveLength(1);
      expect(document.activeElement?.getAttribute('role')).toBe('tab');
    } finally {
      delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('marks an invalid year under its field with aria-invalid and focuses it, and clears it on typing', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    const year = screen.getByLabelText('Năm kế hoạch');
    await user.clear(year);
    await user.type(year, '20x');
    await user.click(button('Chèn mẫu'));

    const message = await screen.findByText(/Ô "Năm kế hoạch" phải là một năm từ 2000 đến 2100/);
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(year.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(year);
    expect(controller.callsTo('insertTemplate')).toHaveLength(0);

    await user.type(year, '6');
    expect(year.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Ô "Năm kế hoạch" phải là/)).toBeNull();
  });
});

describe('the spinner on the control that started a slow action', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function advance(ms: number): Promise<void> {
    await act(async () => {
      await jest.advanceTimersByTimeAsync(ms);
    });
  }

  it('appears on that button after 300 ms, not on undo, and goes when the action ends', async () => {
    const controller = new FakeController();
    controller.delayMs = 1000;
    const { user } = renderApp(controller, { fakeTimers: true });
    await user.click(button('Chèn mẫu'));

    await advance(250);
    expect(button('Chèn mẫu').hasAttribute(BUSY_ATTRIBUTE)).toBe(false);
    await advance(100);
    expect(button('Chèn mẫu').hasAttribute(BUSY_ATTRIBUTE)).toBe(true);
    expect(button('Chèn mẫu').getAttribute('aria-busy')).toBe('true');
    expect(button('Hoàn tác').hasAttribute(BUSY_ATTRIBUTE)).toBe(false);

    await advance(1000);
    expect(screen.getByText('Đã ghi: mẫu kế hoạch.')).toBeTruthy();
    expect(button('Chèn mẫu').hasAttribute(BUSY_ATTRIBUTE)).toBe(false);
    expect(button('Chèn mẫu').hasAttribute('aria-busy')).toBe(false);
  });
});
