import {
  Button,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  arrow: { marginLeft: tokens.spacingHorizontalXS },
  note: {
    maxWidth: '240px',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    height: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
  },
});

/**
 * The language menu of the header: Tiếng Việt / English, each named in its own language so either
 * reader can find it, under the one note that documents and sheet text stay Vietnamese.
 */
export function LanguageSwitch(props: { readonly onChange: (lang: Lang) => void }): JSX.Element {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <Menu
      checkedValues={{ lang: [lang] }}
      onCheckedValueChange={(_event, data) => props.onChange(data.checkedItems[0] === 'en' ? 'en' : 'vi')}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" aria-label={`${t.languageLabel}: ${t.languageName}`}>
          {t.languageName}
          <span aria-hidden="true" className={styles.arrow}>
            ▾
          </span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader className={styles.note}>{t.languageNote}</MenuGroupHeader>
            <MenuItemRadio name="lang" value="vi" lang="vi">
              Tiếng Việt
            </MenuItemRadio>
            <MenuItemRadio name="lang" value="en" lang="en">
              English
            </MenuItemRadio>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
