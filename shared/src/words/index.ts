export * from './export-words.js';
export * from './template-words.js';
export * from './words.js';
export * from './shell-words.js';
export * from './localize.js';
export * from './template-table.js';
