import { Badge, Button, Caption1, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { FindingView, Severity } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  nested: {
    marginTop: tokens.spacingVerticalXXS,
    marginLeft: tokens.spacingHorizontalL,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  // The pill keeps its text on one line at its natural width, however long the message beside it.
  badge: { flexShrink: 0, whiteSpace: 'nowrap', minWidth: 'max-content' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: 'anywhere' },
});

const BADGE_COLOR: Readonly<Record<Severity, BadgeProps['color']>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** Findings at the top level, each with the findings it causes (a consequence whose cause is not listed stays on top). */
export function groupByCause(
  findings: readonly FindingView[],
): { readonly finding: FindingView; readonly consequences: readonly FindingView[] }[] {
  const ids = new Set(findings.map((f) => f.id));
  const isConsequence = (f: FindingView): boolean =>
    f.causeId !== undefined && f.causeId !== f.id && ids.has(f.causeId);
  return findings
    .filter((f) => !isConsequence(f))
    .map((finding) => ({
      finding,
      consequences: findings.filter((f) => isConsequence(f) && f.causeId === finding.id),
    }));
}

function FindingButton(props: {
  readonly finding: FindingView;
  readonly onSelect: (finding: FindingView) => void;
}): JSX.Element {
  const { t, say } = useI18n();
  const styles = useStyles();
  const { finding } = props;
  return (
    <Button appearance="subtle" className={styles.item} onClick={() => props.onSelect(finding)}>
      <Badge appearance="filled" color={BADGE_COLOR[finding.severity]} className={styles.badge}>
        {t.severity[finding.severity]}
      </Badge>
      <span className={styles.text}>
        <span className={styles.message}>{say(finding.message)}</span>
        <Caption1>{finding.cell !== undefined ? t.cellLabel(finding.cell) : finding.where}</Caption1>
      </span>
    </Button>
  );
}

/**
 * Validation findings; each is a button that selects the cell it points at. Findings caused by
 * another (sums that disagree only because of a text number or a date in an amount cell) are listed
 * under their cause.
 */
export function FindingsList(props: {
  readonly findings: readonly FindingView[];
  readonly onSelect: (finding: FindingView) => void;
}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t.findingsListLabel}>
      {groupByCause(props.findings).map(({ finding, consequences }) => (
        <li key={finding.id}>
          <FindingButton finding={finding} onSelect={props.onSelect} />
          {consequences.length > 0 ? (
            <ul
              className={`${styles.list} ${styles.nested}`}
              aria-label={t.consequencesLabel(finding.cell ?? finding.where)}
            >
              {consequences.map((c) => (
                <li key={c.id}>
                  <FindingButton finding={c} onSelect={props.onSelect} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
