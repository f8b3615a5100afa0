import { defineElement } from '../core/define.js';
import { SpasmTimer } from './spasm-timer.js';

defineElement('spasm-timer', SpasmTimer);

export { SpasmTimer };
