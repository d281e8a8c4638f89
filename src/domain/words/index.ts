export * from './options';
export * from './numbers';
export * from './amount';
export * from './messages';
