/**
 * Starts loading the messages that the widgets already in the page will ask
 * for, as soon as the drop-in begins to run. Every define module imports this
 * module first, so it runs before the widget classes are evaluated and
 * defined: a Spanish or Arabic page's language files download while the rest
 * of the drop-in runs. Measured on the phone profile (issue 25), the widgets'
 * own requests left 100 to 380 ms after the script had arrived.
 *
 * The widgets' own loads (locale-controller.ts) then find the files loading
 * or loaded: `loadLocale` loads each group once. A page whose paste block
 * names the files as modulepreload links (`npx spasm-widgets-embed --lang`)
 * has them already; this is for the page that pasted only the script.
 */
import { widgetTags } from '../generated/locale-loaders.js';
import { negotiateLocale } from './locale-negotiation.js';
import { inheritedLanguage, loadLocale, sourceLocale, supportedLocales, type MessageGroup } from './localization.js';

function startPageLanguages(): void {
  // A server renders without a page (Lit's DOM shim has a `document` with nothing in it): nothing to find.
  if (typeof globalThis.document?.querySelectorAll !== 'function') return;
  for (const [group, tag] of Object.entries(widgetTags)) {
    for (const element of document.querySelectorAll(tag)) {
      // No warning for a language we don't ship: a site may still register it; the widget judges it when it connects.
      const { locale } = negotiateLocale(inheritedLanguage(element), supportedLocales, sourceLocale);
      // A failure is the widget's to report, when its own load of the same group fails.
      if (locale !== sourceLocale) loadLocale(locale, ['shared', group as MessageGroup]).catch(() => undefined);
    }
  }
}

startPageLanguages();
