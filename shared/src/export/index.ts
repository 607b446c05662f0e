export * from './record.js';
export * from './markdown.js';
export * from './csv.js';
export * from './json.js';
export * from './ics.js';
export * from './html.js';
export * from './record-for-reader.js';
