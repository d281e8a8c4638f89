import {
  FluentProvider,
  Tab,
  TabList,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
  mergeClasses,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { AllocationStep } from './components/allocation-step';
import { AppHeader } from './components/app-header';
import { BrowserNotice } from './components/browser-notice';
import { CheckStep } from './components/check-step';
import { ConfirmDialog } from './components/confirm-dialog';
import { ExportStep } from './components/export-step';
import { PlanSheetPicker } from './components/plan-sheet-picker';
import { ProgressStatus } from './components/progress-status';
import { ResultBar } from './components/result-bar';
import { TemplateStep } from './components/template-step';
import { WorkbookPanel } from './components/workbook-panel';
import type { ActionResult, Lang, TaskpaneController } from './controller-types';
import { useAction, type ActionRunner } from './hooks/use-action';
import { useArrowFocus } from './hooks/use-arrow-focus';
import { BUSY_ATTRIBUTE, useBusyOrigin } from './hooks/use-busy-origin';
import { useDocumentLang } from './hooks/use-document-lang';
import { I18nProvider, useI18n } from './hooks/use-i18n';
import type { StandaloneWorkbookApi } from './standalone/standalone-types';

// No page margin (the sticky header spans the pane), and the spinner after the label of the control
// whose action runs over 300 ms (see useBusyOrigin).
const useGlobalStyles = makeStaticStyles(`
body { margin: 0; }
@keyframes gnbv-busy-spin { to { transform: rotate(360deg); } }
[${BUSY_ATTRIBUTE}]::after {
  content: '';
  display: inline-block;
  box-sizing: border-box;
  width: 12px;
  height: 12px;
  margin-left: 6px;
  border: 2px solid currentColor;
  border-right-color: transparent;
  border-radius: 50%;
  vertical-align: middle;
  animation: gnbv-busy-spin 0.8s linear infinite;
}
@media (prefers-reduced-motion: reduce) { [${BUSY_ATTRIBUTE}]::after { animation-duration: 2.4s; } }
`);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  // Header and tabs stay at the top while the step scrolls under them (and above the sheet preview's
  // sticky row and column heads, z-index 1 and 2).
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingInline: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { overflowX: 'auto', marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  // The class's display would otherwise win over the hidden attribute and show every step at once.
  hiddenPanel: { display: 'none' },
});

/** The four steps, in the order the work is done. */
export type StepId = 'template' | 'allocation' | 'check' | 'export';
const STEPS: readonly StepId[] = ['template', 'allocation', 'check', 'export'];

function isStep(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/**
 * The task pane: a one-line header (name, undo, redo, language) and the four step tabs, both sticky;
 * in standalone mode (a plain browser tab) a line for the workbook it works on; then the open step,
 * with the result of the last action at its top.
 */
export function App(props: {
  readonly controller: TaskpaneController;
  readonly workbook?: StandaloneWorkbookApi;
}): JSX.Element {
  const [lang, setLang] = useState<Lang>('vi');
  useDocumentLang(lang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <I18nProvider lang={lang}>
        <Pane controller={props.controller} workbook={props.workbook} onLang={setLang} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Pane(props: {
  readonly controller: TaskpaneController;
  readonly workbook: StandaloneWorkbookApi | undefined;
  readonly onLang: (lang: Lang) => void;
}): JSX.Element {
  const { controller } = props;
  const { t } = useI18n();
  useGlobalStyles();
  const styles = useStyles();
  const runner = useAction();
  const onClickCapture = useBusyOrigin(runner.progress);
  const [step, setStep] = useState<StepId>('template');
  const onTabKeys = useArrowFocus('[role="tab"]', 'horizontal');
  // Goes up after every undo and redo, so the steps read the sheet again.
  const [revision, setRevision] = useState(0);
  const history = async (action: () => Promise<ActionResult>): Promise<void> => {
    const result = await runner.write(action);
    if (result?.kind === 'done') setRevision((n) => n + 1);
  };
  const label: Record<StepId, string> = {
    template: t.tabTemplate,
    allocation: t.tabAllocation,
    check: t.tabCheck,
    export: t.tabExport,
  };

  return (
    <main className={styles.root} onClickCapture={onClickCapture}>
      <div className={styles.sticky}>
        <AppHeader
          canUndo={!runner.busy && controller.canUndo()}
          canRedo={!runner.busy && controller.canRedo()}
          onUndo={() => void history(() => controller.undo())}
          onRedo={() => void history(() => controller.redo())}
          onLang={props.onLang}
        />
        {/* Without Fluent's Tabster mover (its focusable aria-hidden sentinels): a roving tab index and
            useArrowFocus give the tab list its arrow keys instead. */}
        <TabList
          data-tabster={undefined}
          onKeyDown={onTabKeys}
          className={styles.tabs}
          size="small"
          aria-label={t.stepsLabel}
          selectedValue={step}
          onTabSelect={(_e, data) => {
            if (isStep(data.value)) setStep(data.value);
          }}
        >
          {STEPS.map((id, index) => (
            <Tab
              key={id}
              id={`tab-${id}`}
              value={id}
              aria-controls={`panel-${id}`}
              tabIndex={id === step ? 0 : -1}
            >
              {`${index + 1}. ${label[id]}`}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.body}>
        {controller.environment === 'browser' ? <BrowserNotice /> : null}
        {props.workbook ? <WorkbookPanel workbook={props.workbook} runner={runner} /> : null}
        {/* With one plan sheet per catalogue, which one the steps work on (hidden with one). */}
        {step !== 'template' ? (
          <PlanSheetPicker
            controller={controller}
            notice={runner.notice}
            revision={revision}
            disabled={runner.busy}
            onChosen={() => setRevision((n) => n + 1)}
          />
        ) : null}
        {STEPS.map((id) => (
          <StepPanel
            key={id}
            id={id}
            hidden={id !== step}
            className={mergeClasses(styles.panel, id !== step && styles.hiddenPanel)}
          >
            {id === step ? <ResultBar notice={runner.notice} onDismiss={runner.dismiss} /> : null}
            {renderStep(id, controller, runner, id === step, revision)}
          </StepPanel>
        ))}
      </div>
      <ProgressStatus visible={runner.progress} />
      <ConfirmDialog
        pending={runner.confirm}
        onOverwrite={() => void runner.overwrite()}
        onCancel={runner.cancel}
      />
    </main>
  );
}

/** Every panel stays mounted, so what the user typed in one step survives a visit to another. */
function StepPanel(props: {
  readonly id: StepId;
  readonly hidden: boolean;
  readonly className: string;
  readonly children: ReactNode;
}): JSX.Element {
  return (
    <div
      role="tabpanel"
      id={`panel-${props.id}`}
      aria-labelledby={`tab-${props.id}`}
      hidden={props.hidden}
      className={props.className}
    >
      {props.children}
    </div>
  );
}

function renderStep(
  id: StepId,
  controller: TaskpaneController,
  runner: ActionRunner,
  active: boolean,
  revision: number,
): JSX.Element {
  switch (id) {
    case 'template':
      return <TemplateStep controller={controller} runner={runner} />;
    case 'allocation':
      return <AllocationStep controller={controller} runner={runner} active={active} revision={revision} />;
    case 'check':
      return <CheckStep controller={controller} runner={runner} active={active} revision={revision} />;
    case 'export':
      return <ExportStep controller={controller} runner={runner} active={active} revision={revision} />;
  }
}
