/** Registers every widget. Safe to load twice: see `defineElement`. */
import './timer/define.js';
import './checklist/define.js';
import './quiz/define.js';

export * from './index.js';
