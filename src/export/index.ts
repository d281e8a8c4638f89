export * from './document';
export * from './page';
export * from './summary-rows';
export * from './summary-table';
export * from './column-widths';
export * from './messages';
export * from './pack';
