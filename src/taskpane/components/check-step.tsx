import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { FindingView, SheetPreview, TaskpaneController } from '../controller-types';
import { loadAfterPaint, type ActionRunner } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';
import { useShown } from '../hooks/use-shown';
import { FindingsList } from './findings-list';
import { SheetPreviewTable } from './sheet-preview-table';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function count(findings: readonly FindingView[], severity: FindingView['severity']): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

/** Whether a cell ("E14") lies in the preview's shown block. */
function shownIn(preview: SheetPreview, cell: string): boolean {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return false;
  return preview.columns.includes(m[1] ?? '') && preview.rows.some((r) => r.number === Number(m[2]));
}

/**
 * Standalone mode's sheet preview beside the findings: read again after every action (a new notice)
 * and undo (`revision`), so marks show as soon as they are set.
 */
function useSheetPreview(
  controller: TaskpaneController,
  notice: unknown,
  revision: number | undefined,
  checks: number,
  shown: boolean,
): SheetPreview | null {
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const browser = controller.environment === 'browser';
  useEffect(() => {
    if (!browser || !shown) return;
    return loadAfterPaint(
      () => controller.sheetPreview(),
      setPreview,
      () => setPreview(null),
    );
  }, [controller, browser, notice, revision, checks, shown]);
  return browser ? preview : null;
}

/**
 * Step 3 ("Kiểm tra"): validate the plan sheet, list the findings (consequences under their cause),
 * mark or unmark the cells. Inside Excel a finding selects its cell; in standalone mode the sheet
 * preview below the list scrolls to the cell and outlines it.
 */
export function CheckStep(props: {
  readonly controller: TaskpaneController;
  readonly runner: ActionRunner;
  /** Goes up after every undo and redo: findings already shown are checked again. */
  readonly revision?: number;
  /** The step is on show; when not given, the step finds out from the page. */
  readonly active?: boolean;
}): JSX.Element {
  const { controller, runner, revision } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const [ref, shown] = useShown<HTMLElement>(props.active);
  const [findings, setFindings] = useState<readonly FindingView[] | null>(null);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [checks, setChecks] = useState(0);
  const preview = useSheetPreview(controller, runner.notice, revision, checks, shown);
  const listed = useRef(false);
  listed.current = findings !== null;

  // After an undo or redo the listed findings may no longer hold: checked again, quietly.
  useEffect(() => {
    if (revision === undefined || revision === 0 || !listed.current) return;
    let live = true;
    controller.validate().then(
      (next) => {
        if (live) setFindings(next);
      },
      () => {
        if (live) setFindings(null);
      },
    );
    return () => {
      live = false;
    };
  }, [controller, revision]);

  const check = async (): Promise<void> => {
    const outcome = await runner.task(() => controller.validate());
    if (!outcome.ok) return;
    setFindings(outcome.value);
    setChecks((n) => n + 1);
    if (outcome.value.length === 0) runner.notify('success', t.noFindings);
  };

  const select = (finding: FindingView): void => {
    setSelected(finding.cell);
    void runner.task(() => controller.selectFinding(finding));
  };

  return (
    <section ref={ref} className={styles.section} aria-labelledby="check-heading">
      <Subtitle2 as="h2" id="check-heading">
        {t.checkHeading}
      </Subtitle2>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={runner.busy} onClick={() => void check()}>
          {t.runCheck}
        </Button>
        <Button disabled={runner.busy} onClick={() => void runner.write(() => controller.markFindings())}>
          {t.markFindings}
        </Button>
        <Button disabled={runner.busy} onClick={() => void runner.write(() => controller.clearMarks())}>
          {t.clearMarks}
        </Button>
      </div>
      {findings !== null && findings.length > 0 ? (
        <>
          <Text>
            {t.findingsSummary(count(findings, 'error'), count(findings, 'warning'), count(findings, 'info'))}
          </Text>
          <FindingsList findings={findings} onSelect={select} />
        </>
      ) : null}
      {preview !== null ? (
        <>
          {selected !== undefined ? (
            <Caption1 role="status">
              {shownIn(preview, selected) ? t.highlightedCell(selected) : t.cellOutsidePreview(selected)}
            </Caption1>
          ) : null}
          <SheetPreviewTable
            preview={preview}
            caption={t.sheetPreviewCaption(preview.sheet)}
            {...(selected !== undefined ? { highlight: selected } : {})}
          />
        </>
      ) : null}
    </section>
  );
}
