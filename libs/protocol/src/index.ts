export * from './commands.js';
export * from './envelope.js';
