/** @jest-environment jsdom */
import './setup';
import { screen } from '@testing-library/react';
import { nextByKey } from '../../src/taskpane/hooks/use-arrow-focus';
import { FakeController } from './fake-controller';
import { renderApp } from './render-app';

function items(n: number): HTMLElement[] {
  return Array.from({ length: n }, () => document.createElement('button'));
}

describe('nextByKey', () => {
  const [a, b, c] = items(3) as [HTMLElement, HTMLElement, HTMLElement];
  const all = [a, b, c];

  it('goes round the items along its axis, with Home and End', () => {
    expect(nextByKey(all, a, 'ArrowRight', 'horizontal')).toBe(b);
    expect(nextByKey(all, c, 'ArrowRight', 'horizontal')).toBe(a);
    expect(nextByKey(all, a, 'ArrowLeft', 'horizontal')).toBe(c);
    expect(nextByKey(all, b, 'ArrowDown', 'vertical')).toBe(c);
    expect(nextByKey(all, a, 'ArrowUp', 'vertical')).toBe(c);
    expect(nextByKey(all, b, 'Home', 'vertical')).toBe(a);
    expect(nextByKey(all, b, 'End', 'horizontal')).toBe(c);
  });

  it('leaves other keys, the other axis and an empty group alone', () => {
    expect(nextByKey(all, a, 'ArrowDown', 'horizontal')).toBeUndefined();
    expect(nextByKey(all, a, 'ArrowRight', 'vertical')).toBeUndefined();
    expect(nextByKey(all, a, 'Enter', 'vertical')).toBeUndefined();
    expect(nextByKey([], null, 'Home', 'vertical')).toBeUndefined();
  });

  it('starts from the first item when the focus is outside the group', () => {
    expect(nextByKey(all, document.body, 'ArrowRight', 'horizontal')).toBe(a);
    expect(nextByKey(all, document.body, 'ArrowLeft', 'horizontal')).toBe(c);
  });
});

describe('the step tabs and the language menu without focus sentinels', () => {
  it('puts only the open step in the tab order and moves along the tabs with the arrow keys', async () => {
    const { user } = renderApp(new FakeController('browser'));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(screen.getByRole('tablist').querySelector('[data-tabster-dummy]')).toBeNull();
    tabs[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabs[1]);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(tabs[3]);
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, -1, -1, 0]);
  });

  it('moves between the language menu items with the arrow keys', async () => {
    const { user } = renderApp(new FakeController('browser'));
    await user.click(screen.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' }));
    const vi = await screen.findByRole('menuitemradio', { name: 'Tiếng Việt' });
    const en = screen.getByRole('menuitemradio', { name: 'English' });
    expect(screen.getByRole('menu').querySelector('[data-tabster-dummy]')).toBeNull();
    // The open menu is in the page's main landmark, not in a portal after it.
    expect(screen.getByRole('main').contains(vi)).toBe(true);
    vi.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(en);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(vi);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(en);
  });
});
