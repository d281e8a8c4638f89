import { Caption1, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { currentLock } from '../allocation-grid-logic';
import type { AllocationRow } from '../controller-types';
import type { AllocationForm } from '../hooks/use-allocation-form';
import { useI18n } from '../hooks/use-i18n';
import { showAmount } from '../show-amount';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  input: { minWidth: 0, width: '100%' },
});

/**
 * The row picked in the grid, in full: its whole name, current figures and, when locked, the fixed
 * NSTW / NSĐP fields, one under the other so they fit 320 px. An empty field keeps the current figure,
 * and the hint says which.
 */
export function AllocationRowDetails(props: {
  readonly row: AllocationRow;
  readonly form: AllocationForm;
}): JSX.Element {
  const { row, form } = props;
  const { t } = useI18n();
  const s = useStyles();
  const choice = form.choiceOf(row.code);
  const shownLock = (value: string | null): string =>
    value === null ? t.emptyCell : currentLock(value, form.locale);
  const figure = (value: string | null): string => (value === null ? t.notEntered : showAmount(value));
  return (
    <section className={s.box} aria-label={row.label}>
      <Text className={s.name}>{row.label}</Text>
      <Caption1>{t.currentFigures(figure(row.nstw), figure(row.nsdp))}</Caption1>
      {choice.chosen && choice.locked ? (
        <>
          <Caption1 role="note">{t.lockEmptyKeeps(shownLock(row.nstw), shownLock(row.nsdp))}</Caption1>
          <Field label={t.lockedNstwLabel(row.label)} size="small">
            <Input
              size="small"
              className={s.input}
              inputMode="decimal"
              placeholder={shownLock(row.nstw)}
              value={choice.lockedNstw}
              onChange={(_e, data) => form.updateChoice(row.code, { lockedNstw: data.value })}
            />
          </Field>
          <Field label={t.lockedNsdpLabel(row.label)} size="small">
            <Input
              size="small"
              className={s.input}
              inputMode="decimal"
              placeholder={shownLock(row.nsdp)}
              value={choice.lockedNsdp}
              onChange={(_e, data) => form.updateChoice(row.code, { lockedNsdp: data.value })}
            />
          </Field>
        </>
      ) : choice.chosen ? (
        <Caption1>{t.lockOpenHint}</Caption1>
      ) : null}
    </section>
  );
}
