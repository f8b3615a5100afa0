// First: starts loading the page's language while the rest of the drop-in runs (core/page-languages.ts).
import '../core/page-languages.js';
import { defineElement } from '../core/define.js';
import { SpasmTimer } from './spasm-timer.js';

defineElement('spasm-timer', SpasmTimer);

export { SpasmTimer };
// A page with only this script can add its language or its wording: `import { registerTranslation } from '…/spasm-….js'`.
export { overrideMessages, registerTranslation } from '../core/translations.js';
