import { Button, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';
import { LanguageSwitch } from './language-switch';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '36px',
  },
  title: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  icon: { minWidth: '32px', fontSize: tokens.fontSizeBase400 },
});

/** The one-line header: product name, undo and redo, the language menu. */
export function AppHeader(props: {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onLang: (lang: Lang) => void;
}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.row}>
      <Subtitle1 as="h1" className={styles.title} title={t.appSubtitle}>
        {t.appTitle}
      </Subtitle1>
      <Button
        appearance="subtle"
        size="small"
        className={styles.icon}
        aria-label={t.undo}
        title={t.undo}
        disabled={!props.canUndo}
        onClick={props.onUndo}
      >
        <span aria-hidden="true">↶</span>
      </Button>
      <Button
        appearance="subtle"
        size="small"
        className={styles.icon}
        aria-label={t.redo}
        title={t.redo}
        disabled={!props.canRedo}
        onClick={props.onRedo}
      >
        <span aria-hidden="true">↷</span>
      </Button>
      <LanguageSwitch onChange={props.onLang} />
    </header>
  );
}
