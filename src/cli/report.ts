/** How the CLI prints findings and plans: one line per finding, a one-line count, a plan's title. */
import { findingCount, SEVERITY_LABEL } from '../app/check-sheet';
import { whereLabel, type Finding } from '../domain/findings';
import { formatVi } from '../domain/money/format';
import { UNIT_LABEL_VI } from '../domain/money/units';
import { buildOutline } from '../domain/outline';
import type { Plan } from '../domain/plan/model';

/** The severity column: "LỖI      ". */
export function severityColumn(f: Finding): string {
  return SEVERITY_LABEL[f.severity].vi.padEnd(9);
}

/** One line per finding: "LỖI       DA4.1   [ITEM_TOTAL] …". */
export function findingLine(f: Finding): string {
  return `${severityColumn(f)} ${whereLabel(f.where).padEnd(7)} [${f.code}] ${f.text.vi}`;
}

/** A one-line count: "1 lỗi, 0 cảnh báo, 2 thông tin". */
export function findingSummary(findings: readonly Finding[]): string {
  return findingCount(findings).vi;
}

/** "Kế hoạch thị xã Mường Lay, năm 2024". */
export function planTitle(plan: Plan): string {
  const where = [plan.locality, plan.year !== undefined ? `năm ${plan.year}` : undefined]
    .filter(Boolean)
    .join(', ');
  return `Kế hoạch${where ? ` ${where}` : ''}`;
}

/** ", tổng kinh phí các mục 7.645 triệu đồng", or '' when no item states money. */
export function itemsTotal(plan: Plan, words = 'tổng kinh phí các mục'): string {
  const total = buildOutline(plan).totals.total;
  return total === undefined ? '' : `, ${words} ${formatVi(total)} ${UNIT_LABEL_VI[plan.unit]}`;
}
