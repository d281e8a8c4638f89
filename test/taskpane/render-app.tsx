import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import type { FakeController } from './fake-controller';

/** Renders the pane over a fake controller, with a user-event session (fake-timer aware when asked). */
export function renderApp(
  controller: FakeController,
  options: { fakeTimers?: boolean; applyAccept?: boolean } = {},
): RenderResult & { user: UserEvent } {
  const user = userEvent.setup({
    ...(options.fakeTimers === true ? { advanceTimers: jest.advanceTimersByTime } : {}),
    ...(options.applyAccept === false ? { applyAccept: false } : {}),
  });
  return { user, ...render(<App controller={controller} />) };
}

/** Opens one of the four steps by its tab. */
export async function openStep(user: UserEvent, name: RegExp): Promise<void> {
  await user.click(screen.getByRole('tab', { name }));
}

/** Switches the pane's language through the header's language menu. */
export async function chooseLanguage(user: UserEvent, name: 'Tiếng Việt' | 'English'): Promise<void> {
  await user.click(screen.getByRole('button', { name: /^(Ngôn ngữ|Language): / }));
  await user.click(await screen.findByRole('menuitemradio', { name }));
}
