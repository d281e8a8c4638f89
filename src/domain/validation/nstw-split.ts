import type { Finding } from '../findings';
import { TONG } from '../findings';
import type { Plan, StatedAmounts } from '../plan';
import { makeFinding, sumDefined, type ValidationContext } from './context';
import { nstwSplitMessage } from './messages';

/**
 * NSTW_SPLIT (error): stated Ngân sách trung ương that is not vốn sự nghiệp + vốn đầu tư phát triển.
 * Checked only when a part is stated; an unstated part counts as zero because the stated
 * part and the whole are both given, so the other part is what the plan implies.
 */
export function checkNstwSplit(plan: Plan, _context: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const check = (where: string, a: StatedAmounts): void => {
    const nstw = a.nstw;
    if (nstw === undefined) return;
    const parts = sumDefined([a.nstw_su_nghiep, a.nstw_dau_tu]);
    if (parts === undefined || parts.eq(nstw)) return;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'NSTW_SPLIT',
        where,
        expected: parts,
        actual: nstw,
        message: nstwSplitMessage(where, nstw, parts, plan.unit),
      }),
    );
  };
  for (const item of plan.items) check(item.code, item.stated);
  if (plan.statedTotals) check(TONG, plan.statedTotals);
  return findings;
}
