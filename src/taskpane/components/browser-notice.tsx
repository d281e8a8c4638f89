import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  notice: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

/** One short line saying what works when the pane is opened in a plain browser rather than in Excel. */
export function BrowserNotice(): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Caption1 as="p" className={styles.notice}>
      {t.browserNotice}
    </Caption1>
  );
}
