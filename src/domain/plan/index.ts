export * from './model';
export * from './amounts';
export * from './json';
export * from './messages';
