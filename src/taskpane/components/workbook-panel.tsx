import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { readFileBytes } from '../file-bytes';
import { loadAfterPaint, type ActionRunner } from '../hooks/use-action';
import { useArrowFocus } from '../hooks/use-arrow-focus';
import { useI18n } from '../hooks/use-i18n';
import type { SheetPreview } from '../../app/sheet-preview';
import type { StandaloneWorkbookApi } from '../standalone/standalone-types';
import { workbookStrings } from '../standalone/strings';
import { SheetPreviewTable } from './sheet-preview-table';

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  source: {
    flexGrow: 1,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  hidden: visuallyHidden,
  button: { flexShrink: 0, minWidth: 'auto' },
  preview: { maxWidth: '100%', overflowX: 'auto' },
  arrow: { marginLeft: tokens.spacingHorizontalXS },
  popover: { zIndex: 10 },
});

/** How long to wait at most for a closing menu to give the focus back to its button. */
const FOCUS_RETURN_MS = 1000;

/**
 * Runs a chosen menu item once the closed menu has given the focus back to its button: a confirm
 * dialog opened before that would lose the focus (and be hidden from screen readers) when it does.
 */
function runAfterFocusReturns(button: HTMLElement | null, item: () => void): void {
  if (button === null || button.ownerDocument.activeElement === button) {
    setTimeout(item, 0);
    return;
  }
  let ran = false;
  const run = (): void => {
    if (ran) return;
    ran = true;
    button.removeEventListener('focus', run);
    setTimeout(item, 0);
  };
  button.addEventListener('focus', run);
  setTimeout(run, FOCUS_RETURN_MS);
}

/**
 * Standalone mode's "Sổ tính" line, under the steps' tabs: which workbook the pane works on, a menu
 * to open an .xlsx, go back to the example or download the workbook (the Word document is step 4's), and a toggle for the read-only preview of the
 * plan sheet (which follows every write).
 */
export function WorkbookPanel(props: {
  readonly workbook: StandaloneWorkbookApi;
  readonly runner: ActionRunner;
}): JSX.Element {
  const { workbook, runner } = props;
  const { lang } = useI18n();
  const w = workbookStrings(lang);
  const styles = useStyles();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<SheetPreview | null | undefined>(undefined);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  // The chosen menu item runs once the menu has closed and given the focus back (see below).
  const chosen = useRef<(() => void) | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const onMenuKeys = useArrowFocus('[role="menuitem"]', 'vertical');
  useEffect(() => {
    const item = chosen.current;
    if (menuOpen || item === null) return;
    chosen.current = null;
    runAfterFocusReturns(trigger.current, item);
  }, [menuOpen]);
  const choose = (item: () => void) => () => {
    chosen.current = item;
  };
  const source = workbook.source();
  const sourceKey = source.kind === 'file' ? `file:${source.name}` : 'example';
  const sourceText = source.kind === 'file' ? w.onFile(source.name) : w.onExample;

  // Every action ends with a notice, so a new notice is when the sheet may have changed.
  useEffect(
    () =>
      loadAfterPaint(
        () => workbook.preview(),
        setPreview,
        () => setPreview(null),
      ),
    [workbook, runner.notice, sourceKey],
  );

  const open = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const read = await runner.task(() => readFileBytes(file));
    // Cleared so choosing the same file again opens it again.
    input.value = '';
    if (!read.ok) return;
    const bytes = read.value;
    await runner.write((options) => workbook.open({ name: file.name, bytes }, options));
  };

  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.hidden}>
        {w.heading}
      </h2>
      <div className={styles.line}>
        <Text size={200} className={styles.source} title={sourceText}>
          {sourceText}
        </Text>
        <Button
          size="small"
          className={styles.button}
          aria-expanded={previewOpen}
          aria-controls={`${id}-preview`}
          onClick={() => setPreviewOpen((o) => !o)}
        >
          {w.showPreview}
          <span aria-hidden="true" className={styles.arrow}>
            {previewOpen ? '▴' : '▾'}
          </span>
        </Button>
        {/* Inline, so the open menu is inside the page's main landmark; useArrowFocus instead of
            Tabster's mover (see there). */}
        <Menu inline open={menuOpen} onOpenChange={(_event, data) => setMenuOpen(data.open)}>
          <MenuTrigger disableButtonEnhancement>
            <Button ref={trigger} size="small" className={styles.button} disabled={runner.busy}>
              {w.menu}
              <span aria-hidden="true" className={styles.arrow}>
                ▾
              </span>
            </Button>
          </MenuTrigger>
          <MenuPopover className={styles.popover}>
            <MenuList data-tabster={undefined} onKeyDown={onMenuKeys}>
              <MenuItem onClick={choose(() => fileInput.current?.click())}>{w.openItem}</MenuItem>
              <MenuItem onClick={choose(() => void runner.write((options) => workbook.useExample(options)))}>
                {w.useExample}
              </MenuItem>
              <MenuItem onClick={choose(() => void runner.write(() => workbook.download()))}>
                {w.download}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <input
        ref={fileInput}
        id={`${id}-file`}
        aria-label={w.open}
        className={styles.hidden}
        tabIndex={-1}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={runner.busy}
        onChange={(event) => void open(event)}
      />
      <div id={`${id}-preview`} className={styles.preview} hidden={!previewOpen}>
        {!previewOpen || preview === undefined ? null : preview === null ? (
          <Text>{w.previewEmpty}</Text>
        ) : (
          <SheetPreviewTable preview={preview} caption={w.previewCaption(preview.sheet, preview.truncated)} />
        )}
      </div>
    </section>
  );
}
