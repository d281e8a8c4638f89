/** @jest-environment jsdom */
/**
 * Both catalogues in the pane: step 1 offers them (by default the one of the plan year, until the user
 * picks one) and passes the choice on; a workbook holding one plan sheet per catalogue gets a "Trang
 * kế hoạch" choice, and the check and the section preview then work on the chosen sheet.
 */
import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { WorkbookSession } from '../../src/app/session';
import { insertTemplate } from '../../src/app/template';
import { planFromJson } from '../../src/domain/plan';
import { MemoryHost } from '../../src/hosts';
import { DEFAULT_TEMPLATE_SHEET } from '../../src/sheet';
import { App } from '../../src/taskpane/app';
import { WorkbookController } from '../../src/taskpane/workbook-controller';
import { example, memoryServices } from '../app/app-session-helpers';
import { FakeController } from './fake-controller';
import { openStep, renderApp } from './render-app';

const NEW = /^2026–2035 \(NQ 257\/2025\/QH15\)$/;
const OLD = /^2021–2025 \(QĐ 90\/QĐ-TTg\) — vốn kéo dài đến 31\/12\/2026$/;
const NEW_SHEET = `${DEFAULT_TEMPLATE_SHEET} 2026-2035`;

function radio(name: RegExp): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('radio', { name });
}

async function typeYear(user: UserEvent, year: string): Promise<void> {
  const field = screen.getByLabelText('Năm kế hoạch');
  await user.clear(field);
  await user.type(field, year);
}

describe('the catalogue choice of step "Mẫu"', () => {
  it('follows the year until the user picks one, and passes the one shown', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    expect(screen.getByRole('radiogroup', { name: 'Danh mục chương trình' })).toBeTruthy();

    await typeYear(user, '2025');
    expect(radio(OLD).checked).toBe(true);
    expect(radio(NEW).checked).toBe(false);
    await typeYear(user, '2027');
    expect(radio(NEW).checked).toBe(true);

    await user.click(radio(OLD));
    await typeYear(user, '2028');
    expect(radio(OLD).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));
    await screen.findByText('Đã ghi: mẫu kế hoạch.');
    expect(controller.callsTo('insertTemplate')).toEqual([
      [{ year: 2028, locality: '', catalogueId: 'qd90-2021-2025' }, undefined],
    ]);
  });

  it('names both catalogues in English too', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await user.click(screen.getByRole('button', { name: /^Ngôn ngữ: / }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'English' }));
    const group = screen.getByRole('radiogroup', { name: 'Programme catalogue' });
    expect(within(group).getByRole('radio', { name: /— funds extended to 31\/12\/2026$/ })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: NEW })).toBeTruthy();
  });

  it('shows no plan-sheet choice for a workbook with one plan sheet', async () => {
    const controller = new FakeController();
    controller.plans = {
      sheets: [{ sheet: 'KH', catalogueId: 'qd90-2021-2025', label: 'KH — 2021–2025 (QĐ 90/QĐ-TTg)' }],
      current: 'KH',
    };
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('list', { name: 'Kết quả kiểm tra' });
    expect(screen.queryByLabelText('Trang kế hoạch')).toBeNull();
  });
});

/** The pane over the real controller and an in-memory workbook, as standalone mode runs it. */
function renderReal(host: MemoryHost): { user: UserEvent } {
  const controller = new WorkbookController(host, memoryServices(), 'browser');
  const user = userEvent.setup();
  render(<App controller={controller} />);
  return { user };
}

function planSheetSelect(): HTMLSelectElement {
  return screen.getByLabelText<HTMLSelectElement>('Trang kế hoạch');
}

describe('one plan sheet per catalogue', () => {
  it('inserts both templates into one workbook, each on its own sheet, and offers the choice', async () => {
    const host = new MemoryHost([DEFAULT_TEMPLATE_SHEET]);
    const { user } = renderReal(host);

    await typeYear(user, '2025');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));
    await screen.findByText(/^Đã ghi mẫu kế hoạch vào trang "Kế hoạch kinh phí" \(/);
    // No choice with one plan sheet.
    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Không phát hiện sai lệch: mọi tổng đều khớp.');
    expect(screen.queryByLabelText('Trang kế hoạch')).toBeNull();

    await openStep(user, /Mẫu/);
    await typeYear(user, '2027');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));
    await screen.findByText(`Đã ghi mẫu kế hoạch vào trang "${NEW_SHEET}" (`, { exact: false });
    expect(await host.listSheets()).toEqual([DEFAULT_TEMPLATE_SHEET, NEW_SHEET]);

    await openStep(user, /Kiểm tra/);
    const select = await waitFor(planSheetSelect);
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Kế hoạch kinh phí — 2021–2025 (QĐ 90/QĐ-TTg)',
      `${NEW_SHEET} — 2026–2035 (NQ 257/2025/QH15)`,
    ]);
    // The sheet just written is the one the steps work on.
    expect(select.value).toBe(NEW_SHEET);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByRole('table', { name: new RegExp(`^Trang "${NEW_SHEET}"`) })).toBeTruthy();

    await user.selectOptions(planSheetSelect(), DEFAULT_TEMPLATE_SHEET);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByRole('table', { name: /^Trang "Kế hoạch kinh phí" \(/ })).toBeTruthy();
    // Not offered in step 1, where a template goes to its catalogue's own sheet anyway.
    await openStep(user, /Mẫu/);
    expect(screen.queryByLabelText('Trang kế hoạch')).toBeNull();
  });

  it("names the allocation rows by the sheet's catalogue: Hợp phần, Nội dung thành phần on a 2026–2035 sheet", async () => {
    const host = new MemoryHost([DEFAULT_TEMPLATE_SHEET]);
    const { user } = renderReal(host);
    await typeYear(user, '2027');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));
    await screen.findByText(/^Đã ghi mẫu kế hoạch vào trang /);

    await openStep(user, /Phân bổ/);
    const grid = await screen.findByRole('grid', { name: 'Các Hợp phần, Nội dung thành phần nhận phân bổ' });
    expect(within(grid).getByRole('columnheader', { name: 'Hợp phần, Nội dung thành phần' })).toBeTruthy();
    const search = screen.getByRole<HTMLInputElement>('searchbox', {
      name: 'Tìm Hợp phần, Nội dung thành phần',
    });
    // The hint's example is a query that finds a row of this sheet.
    const example = /^Mã hoặc tên, ví dụ (HP\S* .+)$/.exec(search.placeholder)?.[1];
    expect(example).toBeDefined();
    await user.type(search, example ?? '');
    expect(within(grid).getAllByRole('checkbox').length).toBeGreaterThan(0);
    const panel = document.getElementById('panel-allocation');
    expect(panel?.textContent).not.toMatch(/Dự án|Tiểu dự án/);
  });

  /** A commune plan of 2027 in the 2026–2035 structure (figures of our own). */
  const NEW_PLAN = {
    catalogue: 'ctmtqg-2026-2035',
    unit: 'trieu_dong',
    year: 2027,
    locality: 'xã Thử Nghiệm',
    items: [
      { code: 'HP1' },
      { code: 'HP1.4' },
      {
        code: 'HP1.4.2',
        name: 'Dạy nghề may cho phụ nữ',
        amounts: { total: '420', nstw_su_nghiep: '400', nsdp: '20' },
      },
    ],
  };

  async function twoPlans(): Promise<MemoryHost> {
    const host = new MemoryHost([DEFAULT_TEMPLATE_SHEET]);
    const session = new WorkbookSession(host);
    const old = example();
    const read = planFromJson(NEW_PLAN);
    if (!read.ok) throw new Error(read.error.text.en);
    for (const plan of [old, read.plan]) {
      const written = await insertTemplate(session, { year: plan.year ?? 2027, locality: '', plan });
      if (written.kind !== 'done') throw new Error(written.text.en);
    }
    return host;
  }

  it("checks the chosen sheet and previews its catalogue's section", async () => {
    const host = await twoPlans();
    const { user } = renderReal(host);

    await openStep(user, /Xuất/);
    const preview = await screen.findByRole('region', { name: 'Xem trước phần kinh phí' });
    // A fresh session works on the default sheet first: the 2021–2025 plan.
    await waitFor(() => expect(planSheetSelect().value).toBe(DEFAULT_TEMPLATE_SHEET));
    await within(preview).findAllByText(/^\d+\. Dự án \d+: /);
    expect(within(preview).queryByText(/Hợp phần/)).toBeNull();

    await user.selectOptions(planSheetSelect(), NEW_SHEET);
    await within(preview).findByText(/Hợp phần thứ nhất/);
    expect(within(preview).queryByText(/Dự án \d/)).toBeNull();
    expect(within(preview).getByText(/Dạy nghề may cho phụ nữ/)).toBeTruthy();

    await openStep(user, /Kiểm tra/);
    expect(planSheetSelect().value).toBe(NEW_SHEET);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByRole('table', { name: new RegExp(`^Trang "${NEW_SHEET}"`) })).toBeTruthy();

    await user.selectOptions(planSheetSelect(), DEFAULT_TEMPLATE_SHEET);
    await openStep(user, /Xuất/);
    await within(preview).findAllByText(/^\d+\. Dự án \d+: /);
  });
});
