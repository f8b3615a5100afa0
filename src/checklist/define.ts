// First: starts loading the page's language while the rest of the drop-in runs (core/page-languages.ts).
import '../core/page-languages.js';
import { defineElement } from '../core/define.js';
import { SpasmChecklist } from './spasm-checklist.js';

defineElement('spasm-checklist', SpasmChecklist);

export { SpasmChecklist };
// A page with only this script can add its language or its wording: `import { registerTranslation } from '…/spasm-….js'`.
export { overrideMessages, registerTranslation } from '../core/translations.js';
