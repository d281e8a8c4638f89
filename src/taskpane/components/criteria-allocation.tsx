import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Text as TextOf } from '../../domain/findings';
import {
  fieldErrors,
  type CriteriaController,
  type CriteriaField,
  type CriteriaPreviewView,
  type CriteriaRequestView,
} from '../criteria-controller';
import type { ActionRunner } from '../hooks/use-action';
import { useFieldError, type FieldError } from '../hooks/use-field-error';
import { useI18n } from '../hooks/use-i18n';
import { stringsFor } from '../i18n';

/** The two ways of step 2: by weights over the plan's rows (the default), or by criteria over a range. */
export type AllocationMode = 'weights' | 'criteria';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  modes: { display: 'flex', flexWrap: 'wrap' },
  range: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  rangeInput: { flexGrow: 1, minWidth: '8em' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: { tableLayout: 'fixed', width: '100%' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  number: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    width: '5.5em',
    paddingLeft: 0,
    paddingRight: '2px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  score: { width: '3.5em' },
  // A native select is as wide as its longest option (a table's full title): keep it to the pane.
  select: { minWidth: 0, maxWidth: '100%' },
  totals: { fontWeight: 600 },
});

/** The switch between the two modes of step 2 ("Theo tỷ trọng" | "Theo tiêu chí, hệ số"). */
export function AllocationModeSwitch(props: {
  readonly mode: AllocationMode;
  readonly onChange: (mode: AllocationMode) => void;
}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Field label={t.allocationModeLabel}>
      <RadioGroup
        layout="horizontal"
        className={styles.modes}
        value={props.mode}
        onChange={(_e, data) => props.onChange(data.value === 'criteria' ? 'criteria' : 'weights')}
      >
        <Radio value="weights" label={t.modeWeights} />
        <Radio value="criteria" label={t.modeCriteria} />
      </RadioGroup>
    </Field>
  );
}

/** A message of the pane's own, in both languages (so switching language re-renders it). */
function both(key: 'criteriaRangeRequired' | 'criteriaTotalRequired' | 'criteriaNoSelection'): TextOf {
  return { vi: stringsFor('vi')[key], en: stringsFor('en')[key] };
}

/** A preview with the request it was made for. */
interface Shown {
  readonly key: string;
  readonly view: Extract<CriteriaPreviewView, { kind: 'ok' }>;
}

/**
 * Step 2 in the mode "Theo tiêu chí, hệ số": recipients read from a sheet range (header
 * `ten,nhom,<quantity ids…>`), scored by a built-in coefficient table, the total shared exactly;
 * "Xem trước" shows Tên | Điểm | Phần with the totals, "Ghi vào trang tính" writes the scores and parts
 * right of the range. Problems of a field show under it, every problem in the result bar above.
 */
export function CriteriaAllocation(props: {
  readonly criteria: CriteriaController;
  readonly runner: ActionRunner;
  /** The mode switch, shown under the heading. */
  readonly modeSwitch: ReactNode;
  /** Goes up after every undo and redo: a preview showing is then outdated. */
  readonly revision?: number;
}): JSX.Element {
  const { criteria, runner, revision } = props;
  const { t, say } = useI18n();
  const styles = useStyles();
  const tables = useMemo(() => criteria.tables(), [criteria]);
  const [range, setRange] = useState('');
  const [total, setTotal] = useState('');
  const [step, setStep] = useState('1');
  const [table, setTable] = useState(tables[0]?.id ?? '');
  const [shown, setShown] = useState<Shown | null>(null);
  const errors: Record<CriteriaField, FieldError> = {
    vung: useFieldError(),
    tong: useFieldError(),
    buoc: useFieldError(),
    bang: useFieldError(),
  };
  const rangeRef = useRef<HTMLInputElement>(null);
  const totalRef = useRef<HTMLInputElement>(null);

  const lastRevision = useRef(revision);
  useEffect(() => {
    if (lastRevision.current === revision) return;
    lastRevision.current = revision;
    setShown(null);
  }, [revision]);

  const request: CriteriaRequestView = useMemo(
    () => ({ range, total, step, table, locale: 'auto' }),
    [range, total, step, table],
  );
  const key = JSON.stringify(request);
  const chosen = tables.find((x) => x.id === table);

  /** Shows each field's problem under it; true when some field has one. */
  const showFields = (fields: Readonly<Partial<Record<CriteriaField, TextOf>>>): boolean => {
    let any = false;
    for (const name of ['vung', 'tong', 'buoc', 'bang'] as const) {
      const message = fields[name];
      if (message === undefined) errors[name].clear();
      else {
        errors[name].show(message);
        any = true;
      }
    }
    if (fields.vung !== undefined) rangeRef.current?.focus();
    else if (fields.tong !== undefined) totalRef.current?.focus();
    return any;
  };

  /** The form's own checks before asking the workbook: a range and a total are needed. */
  const filled = (): boolean => {
    const fields: Partial<Record<CriteriaField, TextOf>> = {};
    if (range.trim() === '') fields.vung = both('criteriaRangeRequired');
    if (total.trim() === '') fields.tong = both('criteriaTotalRequired');
    if (!showFields(fields)) return true;
    // Said under the fields, the first of which gets the focus; an older result would only mislead.
    runner.dismiss();
    return false;
  };

  const preview = async (): Promise<void> => {
    if (!filled()) return;
    const asked = request;
    const outcome = await runner.task(() => criteria.preview(asked));
    if (!outcome.ok) return;
    const view = outcome.value;
    if (view.kind === 'failed') {
      setShown(null);
      // A field's problem is said under it (the field focused); the range's cells in the result bar.
      if (showFields(view.fields)) runner.dismiss();
      else runner.notify('error', view.text);
      return;
    }
    showFields({});
    setShown({ key: JSON.stringify(asked), view });
  };

  const write = async (): Promise<void> => {
    if (!filled()) return;
    const asked = request;
    const result = await runner.write((options) => criteria.write(asked, options));
    if (result?.kind === 'failed') showFields(fieldErrors(result.findings));
  };

  const takeSelection = async (): Promise<void> => {
    const select = criteria.selectedRange;
    if (select === undefined) return;
    const outcome = await runner.task(select);
    if (!outcome.ok) return;
    if (outcome.value === null) runner.notify('warning', both('criteriaNoSelection'));
    else {
      setRange(outcome.value);
      errors.vung.clear();
    }
  };

  const current = shown !== null && shown.key === key ? shown.view : null;
  const stale = shown !== null && shown.key !== key;
  const canWrite = current !== null && !runner.busy;

  return (
    <section className={styles.form} aria-labelledby="allocation-heading">
      <Subtitle2 as="h2" id="allocation-heading">
        {t.allocationHeading}
      </Subtitle2>
      {props.modeSwitch}
      <Text>{t.criteriaIntro}</Text>
      <div className={styles.range}>
        <Field
          className={styles.rangeInput}
          label={t.criteriaRangeLabel}
          hint={t.criteriaRangeHint}
          {...errors.vung.field}
        >
          <Input
            ref={rangeRef}
            value={range}
            spellCheck={false}
            onChange={(_e, data) => {
              setRange(data.value);
              errors.vung.clear();
            }}
          />
        </Field>
        {criteria.selectedRange !== undefined ? (
          <Button onClick={() => void takeSelection()} disabled={runner.busy}>
            {t.criteriaUseSelection}
          </Button>
        ) : null}
      </div>
      <Field label={t.criteriaTotalLabel} hint={t.criteriaTotalHint} {...errors.tong.field}>
        <Input
          ref={totalRef}
          inputMode="decimal"
          value={total}
          onChange={(_e, data) => {
            setTotal(data.value);
            errors.tong.clear();
          }}
        />
      </Field>
      <Field label={t.criteriaStepLabel} {...errors.buoc.field}>
        <Input
          inputMode="decimal"
          value={step}
          onChange={(_e, data) => {
            setStep(data.value);
            errors.buoc.clear();
          }}
        />
      </Field>
      <Field label={t.criteriaTableLabel} {...errors.bang.field}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          value={table}
          onChange={(_e, data) => {
            setTable(data.value);
            errors.bang.clear();
          }}
        >
          {tables.map((x) => (
            <option key={x.id} value={x.id}>
              {`${x.id} — ${say(x.title)}`}
            </option>
          ))}
        </Select>
      </Field>
      {chosen?.caution !== undefined ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.criteriaCautionTitle}</MessageBarTitle>
            {say(chosen.caution)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        <Button
          appearance={current ? 'secondary' : 'primary'}
          onClick={() => void preview()}
          disabled={runner.busy}
        >
          {t.criteriaPreview}
        </Button>
        <Button
          appearance={current ? 'primary' : 'secondary'}
          onClick={() => void write()}
          disabled={!canWrite}
        >
          {t.criteriaWrite}
        </Button>
      </div>
      {stale ? <Text role="note">{t.criteriaPreviewStale}</Text> : null}
      {current !== null ? <CriteriaPreviewTable view={current} /> : null}
    </section>
  );
}

/** Tên | Điểm | Phần, one line per recipient, and the totals (the parts sum exactly to the total). */
function CriteriaPreviewTable(props: {
  readonly view: Extract<CriteriaPreviewView, { kind: 'ok' }>;
}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const { rows, totals } = props.view;
  const scoreClass = mergeClasses(styles.number, styles.score);
  return (
    <>
      <Caption1>{t.criteriaPreviewCaption}</Caption1>
      <Table size="extra-small" className={styles.table} aria-label={t.criteriaPreviewCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.criteriaColName}</TableHeaderCell>
            <TableHeaderCell className={scoreClass}>{t.criteriaColScore}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.criteriaColPart}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i}>
              <TableCell className={styles.name} title={row.name}>
                {row.name}
              </TableCell>
              <TableCell className={scoreClass}>{row.score}</TableCell>
              <TableCell className={styles.number}>{row.part}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.totals}>
            <TableCell className={styles.name}>{t.criteriaTotalsRow}</TableCell>
            <TableCell className={scoreClass}>{totals.score}</TableCell>
            <TableCell className={styles.number}>{totals.part}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </>
  );
}
