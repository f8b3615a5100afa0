/**
 * Per-widget localization on top of @lit/localize's message format.
 *
 * @lit/localize's own runtime has one locale per page and may be configured
 * only once, so a library that configured it would break host pages that use
 * it too, and could not show two languages side by side. We never install it:
 * our `msg` has the same type (so `lit-localize extract` finds its calls) and
 * resolves messages with @lit/localize's pure `runtimeMsg` against the locale
 * of the widget that is rendering right now (see `renderingIn`).
 */
import type { LocaleModule, MsgFn } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { localeLoaders, sourceLocale } from '../generated/locale-loaders.js';
import { negotiateLocale } from './locale-negotiation.js';

export { str } from '@lit/localize/internal/str-tag.js';
export { sourceLocale };

export const supportedLocales: readonly string[] = [sourceLocale, ...Object.keys(localeLoaders)];

/** Languages written right to left; a locale's language subtag is checked. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<LocaleModule>>();
let renderingLocale = sourceLocale;

/** Runs `fn` with every `msg()` inside it resolved in `locale`. */
export function renderingIn<T>(locale: string, fn: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return fn();
  } finally {
    renderingLocale = previous;
  }
}

export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(loaded.get(renderingLocale)?.templates, template as never, options)) as MsgFn;

/** Whether `locale`'s messages are ready to render synchronously. */
export function isLocaleReady(locale: string): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/**
 * Loads a locale module once, however many widgets ask. Rejects when the
 * module cannot be fetched; callers fall back to the source locale.
 */
export function loadLocale(locale: string): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  const loader = localeLoaders[locale];
  if (!loader) return Promise.reject(new Error(`no messages for locale "${locale}"`));
  let pending = loading.get(locale);
  if (!pending) {
    pending = loader().then(
      (module) => {
        loaded.set(locale, module);
        return module;
      },
      (error: unknown) => {
        // Forget the failure so a later widget (or a retry) may try again.
        loading.delete(locale);
        throw error;
      }
    );
    loading.set(locale, pending);
  }
  return pending.then(() => undefined);
}

export function isRightToLeft(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split('-')[0].toLowerCase());
}

const reportedUnknownTags = new Set<string>();

/**
 * The supported locale for a language tag. An unsupported tag gives English
 * and one console message per tag per page, not one per widget or render.
 */
export function localeForTag(tag: string | null | undefined, element: string): string {
  const { locale, matched } = negotiateLocale(tag, supportedLocales, sourceLocale);
  if (!matched && tag && !reportedUnknownTags.has(tag)) {
    reportedUnknownTags.add(tag);
    console.warn(
      `<${element}>: language "${tag}" is not available; showing ${sourceLocale}. ` +
        `Available: ${supportedLocales.join(', ')}.`
    );
  }
  return locale;
}

/**
 * The language tag that applies to `element`: its own `lang`, else the
 * closest ancestor's, crossing shadow roots, else `<html lang>`.
 */
export function inheritedLanguage(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang');
}
