export * from './commands.js';
export * from './envelope.js';
export * from './layout.js';
export * from './usage.js';
export * from './certificates.js';
