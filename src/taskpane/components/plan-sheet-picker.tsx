import { Label, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { PlanSheetsView, TaskpaneController } from '../controller-types';
import { loadAfterPaint } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  label: { flexShrink: 0 },
  select: { flexGrow: 1, minWidth: 0 },
});

/**
 * "Trang kế hoạch": one line choosing which plan sheet the steps work on, shown only when the workbook
 * holds more than one (one per catalogue). The list is read again after every action, undo or redo, and
 * when a step opens; a choice tells the controller and then `onChosen`, so the steps
 * read the sheet again.
 */
export function PlanSheetPicker(props: {
  readonly controller: TaskpaneController;
  /** The last action's notice: a new one may mean a plan sheet was added or removed. */
  readonly notice: unknown;
  /** Goes up after every undo, redo and choice. */
  readonly revision: number;
  readonly disabled?: boolean;
  readonly onChosen: () => void;
}): JSX.Element | null {
  const { controller, notice, revision, onChosen } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const id = useId();
  const [plans, setPlans] = useState<PlanSheetsView | null>(null);

  useEffect(
    () =>
      loadAfterPaint(
        () => controller.planSheets(),
        setPlans,
        () => setPlans(null),
      ),
    [controller, notice, revision],
  );

  if (plans === null || plans.sheets.length < 2) return null;
  return (
    <div className={styles.line}>
      <Label htmlFor={id} className={styles.label}>
        {t.planSheetLabel}
      </Label>
      <Select
        id={id}
        size="small"
        className={styles.select}
        disabled={props.disabled}
        value={plans.current ?? ''}
        onChange={(_e, data) => {
          controller.choosePlanSheet(data.value);
          setPlans({ ...plans, current: data.value });
          onChosen();
        }}
      >
        {plans.sheets.map((p) => (
          <option key={p.sheet} value={p.sheet}>
            {p.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
