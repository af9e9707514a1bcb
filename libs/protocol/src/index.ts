export * from './commands.js';
export * from './envelope.js';
export * from './layout.js';
export * from './usage.js';
export * from './certificates.js';
export * from './php.js';
export * from './results.js';
export * from './enrollment.js';
