import { defineElement } from '../core/define.js';
import { SpasmChecklist } from './spasm-checklist.js';

defineElement('spasm-checklist', SpasmChecklist);

export { SpasmChecklist };
