/**
 * The use cases, once, for every adapter (CLI, task pane): pure TypeScript over the host and platform
 * contracts, each returning an {@link Outcome}.
 */
export * from './outcome';
export * from './services';
export * from './open-document';
export * from './example';
export * from './check';
export * from './check-sheet';
export * from './build';
export * from './export-document';
export * from './plan-sheet';
export * from './session';
export * from './owned-area';
export * from './template';
export * from './template-workbook';
export * from './import-plan';
export * from './allocate';
export * from './section';
export * from './section-html';
export * from './marks';
export * from './open-workbook';
export * from './sheet-preview';
export * from './document-file-name';
export * from './section-document';
export * from './finding-causes';
export * from './allocate-criteria';
export * from './allocate-criteria-sheet';
