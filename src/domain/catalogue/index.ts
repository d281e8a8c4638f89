export * from './types';
export * from './qd90';
export * from './catalogue';
export * from './messages';
