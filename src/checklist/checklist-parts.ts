/**
 * The checklist's parts that load when first used, each with messages of its
 * own: here, not in the element's module, so a server can load them before
 * it renders (src/ssr) as the element does on its first use.
 */
import { lazyPart } from '../core/lazy.js';

/** The default steps' "How to do it": behind disclosures, so not in the drop-in. */
export const stepDetails = lazyPart(() => import('./step-details.js'));
/** The emergency and advice-today cards: only a "yes" to the red-flag check needs them. */
export const answerCards = lazyPart(() => import('./emergency-card.js'));
