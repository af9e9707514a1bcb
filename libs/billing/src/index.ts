export * from './money.js';
export * from './pricing.js';
export * from './calculator.js';
export * from './hourly.js';
