import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { nameLines, previewByCode, weightErrors, type WeightCache } from '../allocation-grid-logic';
import {
  QD90_ROW_KINDS,
  type AllocationMethod,
  type AllocationPreview,
  type AllocationRow,
  type NumberLocale,
  type RowKinds,
  type TaskpaneController,
} from '../controller-types';
import type { Text as TextOf } from '../../domain/findings';
import type { ActionRunner } from '../hooks/use-action';
import { useAllocationForm } from '../hooks/use-allocation-form';
import { useI18n } from '../hooks/use-i18n';
import { AllocationRows, type GridPreview } from './allocation-rows';
import { AllocationModeSwitch, CriteriaAllocation, type AllocationMode } from './criteria-allocation';
import { PreviewTable } from './preview-table';
import { STICKY_OFFSET_PX } from './result-bar';

/** Room the sticky action bar takes at the bottom of the pane (one line of buttons and its padding). */
const ACTIONS_HEIGHT_PX = 48;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Preview and write stay on screen at the bottom of the pane while the form and grid scroll above.
  actions: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Brought into view after "Xem trước", clear of the sticky header above and the actions below.
  result: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    scrollMarginTop: `${STICKY_OFFSET_PX}px`,
    scrollMarginBottom: `${ACTIONS_HEIGHT_PX}px`,
  },
});

const METHODS: readonly AllocationMethod[] = ['weights', 'last-year', 'equal'];

function isMethod(value: string): value is AllocationMethod {
  return (METHODS as readonly string[]).includes(value);
}

const LOCALES: readonly NumberLocale[] = ['auto', 'vi', 'en'];

function isLocale(value: string): value is NumberLocale {
  return (LOCALES as readonly string[]).includes(value);
}

/** A preview together with the request it was computed for, and the chosen rows ("Dòng 2" is the 2nd). */
interface ShownPreview {
  readonly key: string;
  readonly preview: AllocationPreview;
  readonly chosen: readonly AllocationRow[];
}

/** Weight errors listed above the grid; the rest are counted. */
const LISTED_ERRORS = 5;

/** Step 2 ("Phân bổ"): split the assigned NSTW and NSĐP over the chosen rows, preview, then write. */
export function AllocationStep(props: {
  readonly controller: TaskpaneController;
  readonly runner: ActionRunner;
  /** The step's tab is showing: the row list is (re)read then, as earlier steps may have changed it. */
  readonly active: boolean;
  /** Goes up after every undo and redo: the row list is read again. */
  readonly revision?: number;
}): JSX.Element {
  const { controller, runner, active, revision } = props;
  const { t, say } = useI18n();
  const styles = useStyles();
  const form = useAllocationForm();
  const [shown, setShown] = useState<ShownPreview | null>(null);
  const [mode, setMode] = useState<AllocationMode>('weights');
  const [kinds, setKinds] = useState<RowKinds>(QD90_ROW_KINDS);
  const { setRows, fillFromSheet, locale } = form;
  const { notify } = runner;

  // Read again when the number locale changes, so figures filled from the sheet read back in it.
  const loadRows = useCallback(async (): Promise<boolean> => {
    try {
      const start = await controller.allocationForm(locale);
      setRows(start.rows);
      setKinds(start.kinds);
      fillFromSheet(start.settings);
      return true;
    } catch (error) {
      notify('error', t.unexpected(error instanceof Error ? error.message : String(error)));
      return false;
    }
  }, [controller, setRows, fillFromSheet, locale, notify, t]);

  useEffect(() => {
    if (active) void loadRows();
  }, [active, loadRows]);

  // After an undo or redo the sheet holds other figures: read the rows again, and preview again (once
  // the form holds them) when a preview was showing, so neither "Hiện có" nor the preview is outdated.
  const [refresh, setRefresh] = useState(false);
  const lastRevision = useRef(revision);
  const hadPreview = useRef(false);
  hadPreview.current = shown !== null;
  useEffect(() => {
    if (lastRevision.current === revision) return;
    lastRevision.current = revision;
    void loadRows().then((ok) => {
      if (ok && hadPreview.current) setRefresh(true);
      setShown(null);
    });
  }, [revision, loadRows]);

  const chosenRows = useMemo(() => {
    const chosen = new Set(form.request.rows.map((r) => r.code));
    return form.rows.filter((r) => chosen.has(r.code));
  }, [form.rows, form.request]);

  useEffect(() => {
    if (!refresh) return;
    setRefresh(false);
    if (form.request.rows.length === 0) return;
    const key = form.requestKey;
    const chosen = chosenRows;
    void controller.previewAllocation(form.request).then(
      (p) => setShown({ key, preview: p, chosen }),
      () => undefined,
    );
  }, [refresh, controller, form.request, form.requestKey, chosenRows]);

  const cache = useRef<WeightCache>(new Map());
  const errors = useMemo(
    () =>
      form.method === 'weights'
        ? weightErrors(form.rows, form.choiceOf, form.locale, cache.current)
        : new Map<string, TextOf>(),
    [form.method, form.rows, form.choiceOf, form.locale],
  );
  const invalid = useMemo(() => new Set(errors.keys()), [errors]);
  const [focus, setFocus] = useState<{ code: string } | null>(null);

  // After "Xem trước" the preview is brought into view (above the sticky actions), where the eye is.
  const resultRef = useRef<HTMLDivElement>(null);
  const [reveal, setReveal] = useState(0);
  useEffect(() => {
    const result = resultRef.current;
    // jsdom has no scrollIntoView; browsers do.
    if (reveal === 0 || result === null || typeof result.scrollIntoView !== 'function') return;
    result.scrollIntoView({ block: 'nearest' });
  }, [reveal]);

  const preview = async (): Promise<void> => {
    if (form.request.rows.length === 0) {
      runner.notify('error', t.noRowChosen(kinds));
      return;
    }
    const first = errors.entries().next();
    if (!first.done) {
      const [code, message] = first.value;
      runner.notify('error', t.weightErrorsFirst(errors.size, message));
      setFocus({ code });
      return;
    }
    const key = form.requestKey;
    const request = form.request;
    const chosen = chosenRows;
    const outcome = await runner.task(() => controller.previewAllocation(request));
    setShown(outcome.ok ? { key, preview: outcome.value, chosen } : null);
    if (outcome.ok) setReveal((n) => n + 1);
  };

  const write = async (mode: 'values' | 'formulas'): Promise<void> => {
    const request = form.request;
    // The rows are read again once the result shows, also after "Ghi đè".
    await runner.write(
      (options) => controller.writeAllocation(request, mode, options),
      async () => {
        await loadRows();
      },
    );
  };

  const current = shown !== null && shown.key === form.requestKey ? shown.preview : null;
  const stale = shown !== null && shown.key !== form.requestKey;
  const previewed = current?.kind === 'ok';
  const canWrite = previewed && !runner.busy;
  const gridPreview = useMemo((): GridPreview | null => {
    if (shown?.preview.kind !== 'ok') return null;
    return { rows: previewByCode(shown.preview.rows), totals: shown.preview.totals, stale };
  }, [shown, stale]);
  const errorList = [...errors.entries()];

  const modeSwitch =
    controller.criteria !== undefined ? <AllocationModeSwitch mode={mode} onChange={setMode} /> : null;
  if (mode === 'criteria' && controller.criteria !== undefined) {
    return (
      <CriteriaAllocation
        criteria={controller.criteria}
        runner={runner}
        modeSwitch={modeSwitch}
        revision={revision}
      />
    );
  }

  return (
    <section className={styles.form} aria-labelledby="allocation-heading">
      <Subtitle2 as="h2" id="allocation-heading">
        {t.allocationHeading}
      </Subtitle2>
      {modeSwitch}
      <Text>{t.unitNote}</Text>
      <Field label={t.nstwAssigned} hint={t.amountHint}>
        <Input inputMode="decimal" value={form.nstw} onChange={(_e, data) => form.setNstw(data.value)} />
      </Field>
      <Field label={t.nsdpAssigned} hint={t.amountHint}>
        <Input inputMode="decimal" value={form.nsdp} onChange={(_e, data) => form.setNsdp(data.value)} />
      </Field>
      <Field label={t.stepLabel} hint={t.stepHint}>
        <Input inputMode="decimal" value={form.step} onChange={(_e, data) => form.setStep(data.value)} />
      </Field>
      {form.sheetHint !== null ? <Text role="note">{say(form.sheetHint)}</Text> : null}
      <Field label={t.localeLabel} hint={t.localeHint}>
        <Select
          value={form.locale}
          onChange={(_e, data) => {
            if (isLocale(data.value)) form.setLocale(data.value);
          }}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t.localeOption[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.methodLabel}>
        <RadioGroup
          value={form.method}
          onChange={(_e, data) => {
            if (isMethod(data.value)) form.setMethod(data.value);
          }}
        >
          <Radio value="weights" label={t.methodWeights} />
          <Radio value="last-year" label={t.methodLastYear} />
          <Radio value="equal" label={t.methodEqual} />
        </RadioGroup>
      </Field>
      <Subtitle2 as="h3">{t.rowsHeading(kinds)}</Subtitle2>
      {errorList.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.weightErrorsTitle(errorList.length)}</MessageBarTitle>
            <ul>
              {errorList.slice(0, LISTED_ERRORS).map(([code, message]) => (
                <li key={code}>
                  <Link as="button" onClick={() => setFocus({ code })}>
                    {say(message)}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {form.rows.length === 0 ? (
        <Text>{t.rowsEmpty(kinds)}</Text>
      ) : (
        <AllocationRows form={form} kinds={kinds} preview={gridPreview} invalid={invalid} focus={focus} />
      )}
      <div className={styles.buttons}>
        <Button onClick={() => void loadRows()} disabled={runner.busy}>
          {t.reloadRows}
        </Button>
      </div>
      <div ref={resultRef} className={styles.result}>
        {stale ? <Text role="note">{t.previewStale}</Text> : null}
        {current?.kind === 'failed' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.previewFailed}</MessageBarTitle>
              <ul>
                {current.messages.map((message, index) => (
                  <li key={index}>{say(nameLines(message, shown?.chosen ?? []))}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {current?.kind === 'ok' && current.warnings.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.previewWarnings}</MessageBarTitle>
              <ul>
                {current.warnings.map((message, index) => (
                  <li key={index}>{say(message)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {current?.kind === 'ok' ? (
          <PreviewTable rows={current.rows} totals={current.totals} kinds={kinds} />
        ) : null}
      </div>
      <div className={styles.actions}>
        {/* The next step is the primary one: preview until a current preview shows, then write. */}
        <Button
          size="small"
          appearance={previewed ? 'secondary' : 'primary'}
          onClick={() => void preview()}
          disabled={runner.busy}
        >
          {t.preview}
        </Button>
        <Button
          size="small"
          appearance={previewed ? 'primary' : 'secondary'}
          disabled={!canWrite}
          onClick={() => void write('values')}
        >
          {t.writeValues}
        </Button>
        <Button size="small" disabled={!canWrite} onClick={() => void write('formulas')}>
          {t.writeFormulas}
        </Button>
      </div>
    </section>
  );
}
