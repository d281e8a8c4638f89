import { whereLabel, type Finding, type Severity } from '../domain/findings';

const SEVERITY_VI: Record<Severity, string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' };

/** One line per finding: "LỖI       DA4.1   [ITEM_TOTAL] …". */
export function findingLine(f: Finding): string {
  return `${SEVERITY_VI[f.severity].padEnd(9)} ${whereLabel(f.where).padEnd(7)} [${f.code}] ${f.text.vi}`;
}

/** A one-line count: "1 lỗi, 0 cảnh báo, 2 thông tin". */
export function findingSummary(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${n('error')} lỗi, ${n('warning')} cảnh báo, ${n('info')} thông tin`;
}
