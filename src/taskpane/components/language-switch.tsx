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
import { useArrowFocus } from '../hooks/use-arrow-focus';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  arrow: { marginLeft: tokens.spacingHorizontalXS },
  // As wide as the popover allows (300 px less its padding), so the Vietnamese note takes three lines
  // and the open menu, at 320–500 px, ends above the workbook line's buttons instead of half covering
  // them (axe-core's target-size rule: a partly covered button under 24 px of free height).
  note: {
    maxWidth: '280px',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    height: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
  },
  popover: { zIndex: 10 },
});

/**
 * The language menu of the header: Tiếng Việt / English, each named in its own language so either
 * reader can find it, under the one note that documents and sheet text stay Vietnamese.
 */
export function LanguageSwitch(props: { readonly onChange: (lang: Lang) => void }): JSX.Element {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const onMenuKeys = useArrowFocus('[role="menuitemradio"]', 'vertical');
  return (
    // Inline, so the open menu is inside the page's main landmark; useArrowFocus instead of Tabster's
    // mover (see there).
    <Menu
      inline
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
      <MenuPopover className={styles.popover}>
        <MenuList data-tabster={undefined} onKeyDown={onMenuKeys}>
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
