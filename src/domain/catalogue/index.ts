export * from './types';
export * from './qd90';
export * from './catalogue';
export * from './kinds';
export * from './headings';
export * from './ctmtqg-2026-2035';
export * from './messages';
