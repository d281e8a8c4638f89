import { Caption1, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { AllocationRow } from '../controller-types';
import type { AllocationForm } from '../hooks/use-allocation-form';
import { useI18n } from '../hooks/use-i18n';
import { showAmount } from '../show-amount';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  locks: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Indentation per catalogue level, so Tiểu dự án sit under their Dự án. */
const INDENT_PER_LEVEL_PX = 12;

/** The rows the user can allocate to: choose, weigh, and optionally lock each one. */
export function AllocationRows(props: { readonly form: AllocationForm }): JSX.Element {
  const { form } = props;
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <ul className={styles.list} aria-label={t.rowsHeading}>
      {form.rows.map((row) => (
        <RowItem key={row.code} row={row} form={form} className={styles.row} locksClass={styles.locks} />
      ))}
    </ul>
  );
}

function RowItem(props: {
  readonly row: AllocationRow;
  readonly form: AllocationForm;
  readonly className: string;
  readonly locksClass: string;
}): JSX.Element {
  const { row, form } = props;
  const { t } = useI18n();
  const choice = form.choiceOf(row.code);
  const figure = (value: string | null): string => (value === null ? t.notEntered : showAmount(value));
  return (
    <li className={props.className} style={{ paddingLeft: Math.max(0, row.level - 1) * INDENT_PER_LEVEL_PX }}>
      <Checkbox
        checked={choice.chosen}
        label={row.label}
        onChange={(_e, data) => form.updateChoice(row.code, { chosen: data.checked === true })}
      />
      <Caption1>{t.currentFigures(figure(row.nstw), figure(row.nsdp))}</Caption1>
      {choice.chosen && form.method === 'weights' ? (
        <Field label={t.weightLabel(row.label)} size="small">
          <Input
            size="small"
            value={choice.weight}
            onChange={(_e, data) => form.updateChoice(row.code, { weight: data.value })}
          />
        </Field>
      ) : null}
      {choice.chosen ? (
        <Checkbox
          checked={choice.locked}
          label={t.lockLabel}
          aria-label={`${t.lockLabel}: ${row.label}`}
          onChange={(_e, data) => form.updateChoice(row.code, { locked: data.checked === true })}
        />
      ) : null}
      {choice.chosen && choice.locked ? (
        <div className={props.locksClass}>
          <Field label={t.lockedNstwLabel(row.label)} size="small">
            <Input
              size="small"
              value={choice.lockedNstw}
              onChange={(_e, data) => form.updateChoice(row.code, { lockedNstw: data.value })}
            />
          </Field>
          <Field label={t.lockedNsdpLabel(row.label)} size="small">
            <Input
              size="small"
              value={choice.lockedNsdp}
              onChange={(_e, data) => form.updateChoice(row.code, { lockedNsdp: data.value })}
            />
          </Field>
        </div>
      ) : null}
    </li>
  );
}
