export * as grammar from './grammar.js';
export * from './model.js';
export * from './presets.js';
export { renderServerBlock, validateConfig } from './render.js';
export { detectPreset, type Detection, type FileLookup } from './detect.js';
export { diffLines } from './diff.js';
