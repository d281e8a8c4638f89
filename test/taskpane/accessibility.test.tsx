/** @jest-environment jsdom */
import './setup';
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { FakeController } from './fake-controller';
import { openStep, renderApp } from './render-app';

/** Rule violations axe finds in the page, by rule id and the offending markup. */
async function violations(): Promise<string[]> {
  // jsdom computes no layout or colours, so contrast cannot be judged here (the e2e run does it).
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.html}`));
}

describe('accessibility', () => {
  it.each([
    [/Mẫu/, 'Chèn mẫu'],
    [/Phân bổ/, 'Xem trước'],
    [/Kiểm tra/, 'Đánh dấu ô lỗi'],
    [/Xuất/, 'Sao chép cho Word'],
  ])('step %s has no axe violations', async (tab, button) => {
    const { user } = renderApp(new FakeController('browser'));
    await openStep(user, tab);
    await screen.findByRole('button', { name: button });
    if (button === 'Xem trước') {
      await user.click(screen.getByRole('button', { name: button }));
      await screen.findByRole('table');
    }
    if (button === 'Đánh dấu ô lỗi') {
      await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
      await screen.findByRole('list', { name: 'Kết quả kiểm tra' });
    }
    expect(await violations()).toEqual([]);
  });
});
