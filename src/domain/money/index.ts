export * from './decimal';
export * from './units';
export * from './parse';
export * from './format';
export * from './cell';
export * from './messages';
