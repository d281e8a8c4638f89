export * from './section';
export * from './messages';
