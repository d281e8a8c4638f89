/**
 * The bundled example plan (thị xã Mường Lay 2024, seed 000's figures), loaded here once for every
 * adapter: the task pane's "example" button and tests. The JSON ships inside the bundle.
 */
import example from '../../examples/muong-lay-2024.json';
import { planFromJson } from '../domain/plan/json';
import type { OpenedPlan } from './open-document';
import { done, failed, type Outcome } from './outcome';

/** The name the example is shown under. */
export const EXAMPLE_NAME = 'muong-lay-2024.json';

/** The example plan read as any JSON plan is; a failed outcome only if the bundled file were broken. */
export function examplePlan(): Outcome<OpenedPlan> {
  const r = planFromJson(example);
  if (!r.ok) return failed(r.error.text, [r.error]);
  return done(
    { plan: r.plan, findings: r.findings },
    {
      vi: `Kế hoạch mẫu: ${r.plan.locality ?? ''}${r.plan.year !== undefined ? `, năm ${r.plan.year}` : ''}.`,
      en: `Example plan: ${r.plan.locality ?? ''}${r.plan.year !== undefined ? `, ${r.plan.year}` : ''}.`,
    },
    r.findings,
  );
}
