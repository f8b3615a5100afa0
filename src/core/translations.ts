/**
 * A site's own languages and wording, with no build of ours: the public API.
 * The checks and the message table load with the first call
 * (site-messages.ts), so a page that never calls them pays only for this.
 */

import { lazy } from './lazy.js';

const siteMessageChecks = lazy(() => import('./site-messages.js'));

/** A message id (as in the XLIFF files and `npx spasm-widgets-l10n xliff`) → its text, with {0}-style placeholders. */
export type SiteMessages = Readonly<Record<string, string>>;

/**
 * Adds a language, or a site's own translation of a shipped one (which then
 * replaces ours, and "Sources and review" says it is the site's). Every widget
 * whose `lang` resolves to it switches to it, including those showing English
 * because it was not there when they first rendered. A message that is
 * missing falls back to English (a missing plural form, to the `other` form);
 * one that is refused (an unknown id, a dropped or added placeholder, not a
 * string, markup, a control character, or safety text with no visible letter
 * or digit) gets one console warning and is left out. Resolves once the
 * widgets have the messages.
 */
export function registerTranslation(locale: string, messages: SiteMessages): Promise<void> {
  return siteMessageChecks.load().then((module) => module.addMessages('registerTranslation', locale, messages));
}

/**
 * Replaces some messages of a shipped or registered language (`en` too): a
 * site's name for the heat pad or its service. Checked like
 * `registerTranslation`; the rest of the language stays as it is.
 */
export function overrideMessages(locale: string, messages: SiteMessages): Promise<void> {
  return siteMessageChecks.load().then((module) => module.addMessages('overrideMessages', locale, messages));
}
