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
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

const BADGE_COLOR: Readonly<Record<Severity, BadgeProps['color']>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** Validation findings; each is a button that selects the cell it points at. */
export function FindingsList(props: {
  readonly findings: readonly FindingView[];
  readonly onSelect: (finding: FindingView) => void;
}): JSX.Element {
  const { t, say } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t.findingsListLabel}>
      {props.findings.map((finding) => (
        <li key={finding.id}>
          <Button appearance="subtle" className={styles.item} onClick={() => props.onSelect(finding)}>
            <Badge appearance="filled" color={BADGE_COLOR[finding.severity]}>
              {t.severity[finding.severity]}
            </Badge>
            <span className={styles.text}>
              <span>{say(finding.message)}</span>
              <Caption1>{finding.cell !== undefined ? t.cellLabel(finding.cell) : finding.where}</Caption1>
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
