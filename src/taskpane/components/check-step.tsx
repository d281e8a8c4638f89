import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { FindingView, TaskpaneController } from '../controller-types';
import type { ActionRunner } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';
import { FindingsList } from './findings-list';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function count(findings: readonly FindingView[], severity: FindingView['severity']): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

/** Step 3 ("Kiểm tra"): validate the plan sheet, list the findings, mark or unmark the cells. */
export function CheckStep(props: {
  readonly controller: TaskpaneController;
  readonly runner: ActionRunner;
  /** Goes up after every undo and redo: findings already shown are checked again. */
  readonly revision?: number;
}): JSX.Element {
  const { controller, runner, revision } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const [findings, setFindings] = useState<readonly FindingView[] | null>(null);
  const shown = useRef(false);
  shown.current = findings !== null;

  // After an undo or redo the listed findings may no longer hold: checked again, quietly.
  useEffect(() => {
    if (revision === undefined || revision === 0 || !shown.current) return;
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
    if (outcome.value.length === 0) runner.notify('success', t.noFindings);
  };

  const select = (finding: FindingView): void => {
    void runner.task(() => controller.selectFinding(finding));
  };

  return (
    <section className={styles.section} aria-labelledby="check-heading">
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
    </section>
  );
}
