/**
 * Per-widget localization on top of @lit/localize's message format.
 *
 * @lit/localize's own runtime has one locale per page and may be configured
 * only once, so a library that configured it would break host pages that use
 * it too, and could not show two languages side by side. We never install it:
 * our `msg` has the same type (so `lit-localize extract` finds its calls) and
 * looks messages up in the locale of the widget that is rendering right now
 * (see `inLocale`). Every message has an explicit id, so unlike
 * @lit/localize's `runtimeMsg` we need no hashing of the English text.
 *
 * At run time the library needs nothing of @lit/localize (only its types and
 * tools at build time), so a host's own copy, and its configuration, stay
 * entirely its own.
 *
 * Each locale's messages come in groups (scripts/message-groups.mjs), each a
 * lazily loaded chunk: `shared`, the footer every widget has, and one per
 * kind of widget. A widget loads `shared` and its own group, so a page with
 * only the timer never downloads the quiz's questions. Parts that load when
 * first used (the sources panel, the printed plan, the checklist's emergency
 * card and "how", the quiz's explanations) bring their own group
 * (`addMessageGroup`); a site's own languages and wording come through
 * `addSiteMessages` (site-messages.ts).
 */
import type { LocaleModule, MsgFn, str as litStr, StrResult } from '@lit/localize';
import type { TemplateResult } from 'lit';
import {
  type LazyMessageGroup,
  type LocaleLoader,
  localeLoaders,
  messageGroups,
  type MessageGroup,
  sourceLocale,
} from '../generated/locale-loaders.js';
import { DEV_MODE } from './dev.js';
import { likelyScript, negotiateLocale } from './locale-negotiation.js';
import { warnOnce } from './warn.js';

export { messageGroups, sourceLocale, type MessageGroup };

/**
 * @lit/localize's str`` tag, for messages with values. The same type, so
 * `lit-localize extract` reads our messages; the generated locale modules
 * import it from here too (see scripts/localize-imports.mjs).
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as typeof litStr;

/** A str`` template's text, with its values put in `order` (translations may reorder them). */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  return strings.reduce((text, part, i) => text + String(values[order ? order[i - 1] : i - 1]) + part);
}

/** The shipped locales, then any a site registers (site-messages.ts). */
export const supportedLocales: string[] = [sourceLocale, ...Object.keys(localeLoaders)];

/**
 * The scripts written right to left (ISO 15924): every script whose letters
 * are right-to-left in Unicode (Bidi_Class R or AL), and the variants of
 * those (Aran, Syre, Syrj, Syrn, Phlv). test/intl-tables.test.ts checks the
 * list against the browsers' own bidi data.
 */
const RIGHT_TO_LEFT =
  'Adlm Arab Aran Armi Avst Chrs Cprt Elym Gara Hatr Hebr Hung Khar Lydi Mand Mani Mend Merc Mero Narb Nbat ' +
  'Nkoo Orkh Ougr Palm Phli Phlp Phlv Phnx Prti Rohg Samr Sarb Sidt Sogd Sogo Syrc Syre Syrj Syrn Thaa Yezi';
export const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<string> = new Set(RIGHT_TO_LEFT.split(' '));

/** Per locale, the messages of every group loaded so far (ids are unique across groups). */
const loaded = new Map<string, LocaleModule['templates']>();
/** `locale/group` of every group loaded; `loading`, of those on their way. */
const loadedGroups = new Set<string>();
const loading = new Map<string, Promise<void>>();
/** What src/generated/message-table.ts says of a message. */
export interface MessageSpec {
  /** The key the widgets look the message up by (short in the drop-ins). */
  id: string;
  /** 0 plain text, 1 text with values (str``), 2 with our markup or values (html``). */
  kind: 0 | 1 | 2;
  /** Per placeholder {N}, what it stands for: our tags (strings) and the values it shows (their index). */
  slots?: (number | string)[][];
}

/**
 * A site's message (registerTranslation, overrideMessages), checked by
 * site-messages.ts: its text, or, for a message with values or our markup,
 * what it renders given the values.
 */
export type SiteMessage = string | ((values: readonly unknown[]) => string | TemplateResult);

/** Per locale, a site's own messages: over the shipped ones. */
const siteMessages = new Map<string, Record<string, SiteMessage>>();
/** The locales a site registered: their translation is the site's (the sources panel says so). */
export const siteLocales = new Set<string>();
/** The locales in which a site overrode some of our messages: a clinician's sign-off of our text no longer covers them. */
export const siteOverriddenLocales = new Set<string>();
/** Called when a site's messages change: each connected widget renders again, in the locale that now fits it. */
export const siteMessageListeners = new Set<() => void>();
/** The loaders of the messages of each part that loads when first used, once its module has. */
const partLoaders = new Map<MessageGroup, Readonly<Record<string, LocaleLoader>>>();

/**
 * Called by the module of a part that loads when first used (its `ready`,
 * see scripts/message-groups.mjs LAZY_GROUPS): from then on its messages load with every locale a
 * widget asks for, so a later change of language finds them too. Resolves
 * when `locale`'s are there (or failed: the part then shows English).
 */
export function addMessageGroup(
  group: LazyMessageGroup,
  loaders: Readonly<Record<string, LocaleLoader>>,
  locale: string
): Promise<unknown> {
  partLoaders.set(group, loaders);
  return loadLocale(locale, []).catch(() => undefined);
}

/** `groups` and those of the parts loaded so far. */
const withParts = (groups: readonly MessageGroup[]) => [...groups, ...partLoaders.keys()];

/** The locale of the `inLocale` call under way; none outside one. */
let currentLocale: string | undefined;

/**
 * Runs `fn` with every `msg()` inside it resolved in `locale`. Widgets wrap
 * their `update()` in it, and anything else that needs their text (the
 * default content behind `total`, say) too: a msg() outside any is a bug.
 */
export function inLocale<T>(locale: string, fn: () => T): T {
  const previous = currentLocale;
  currentLocale = locale;
  try {
    return fn();
  } finally {
    currentLocale = previous;
  }
}

type Template = string | StrResult | TemplateResult;

export const msg = ((template: Template, options?: { id?: string }) => {
  if (DEV_MODE && currentLocale === undefined) {
    console.error(`msg("${options?.id}") was called outside inLocale(): it would not know the widget's language.`);
  }
  const locale = currentLocale ?? sourceLocale;
  const id = options?.id ?? '';
  const values = typeof template === 'string' ? [] : template.values;
  const site = siteMessages.get(locale)?.[id];
  if (site !== undefined) return typeof site === 'string' ? site : site(values);
  // A site's own translation of a language replaces ours: what it leaves out is English.
  const localized = siteLocales.has(locale) ? undefined : loaded.get(locale)?.[id];
  if (!localized) {
    // English, the source: a str`` template is joined, anything else is used as it is.
    return typeof template !== 'string' && 'strTag' in template ? join(template.strings, template.values) : template;
  }
  if (typeof localized === 'string') return localized;
  // Translations hold the index of each source value, as word order may change.
  const order = localized.values as number[];
  if ('strTag' in localized) return join(localized.strings, values, order);
  return { ...localized, values: order.map((index) => values[index]) };
}) as MsgFn;

/** Whether `locale`'s messages of `groups` are ready to render synchronously. */
export function isLocaleReady(locale: string, groups: readonly MessageGroup[]): boolean {
  return (
    locale === sourceLocale ||
    siteLocales.has(locale) ||
    withParts(groups).every((group) => loadedGroups.has(`${locale}/${group}`))
  );
}

/**
 * Adds a site's messages for `locale` (checked by site-messages.ts) over any
 * shipped ones, makes the locale one widgets may negotiate, and lets every
 * widget render again.
 */
export function addSiteMessages(locale: string, templates: Record<string, SiteMessage>, registered: boolean): void {
  if (registered) siteLocales.add(locale);
  else siteOverriddenLocales.add(locale);
  siteMessages.set(locale, { ...siteMessages.get(locale), ...templates });
  if (!supportedLocales.includes(locale)) supportedLocales.push(locale);
  for (const listener of siteMessageListeners) listener();
}

/**
 * Loads `locale`'s messages of `groups`, each group once however many
 * widgets ask. Rejects when a group cannot be fetched; callers fall back to
 * the source locale.
 */
export function loadLocale(locale: string, groups: readonly MessageGroup[]): Promise<unknown> {
  if (isLocaleReady(locale, groups)) return Promise.resolve();
  const loaders = localeLoaders[locale];
  if (!loaders) return Promise.reject(new Error(`no messages for locale "${locale}"`));
  return Promise.all(
    withParts(groups).map((group) => {
      const key = `${locale}/${group}`;
      let pending = loading.get(key);
      if (!pending) {
        const loader =
          partLoaders.get(group)?.[locale] ??
          (typeof loaders === 'function' ? loaders : loaders[group as (typeof messageGroups)[number]]);
        pending = loader().then(
          (module) => {
            loaded.set(locale, { ...loaded.get(locale), ...module.templates });
            loadedGroups.add(key);
          },
          (error: unknown) => {
            // Not cached here: a browser that retries failed module loads gets its chance with the next widget.
            loading.delete(key);
            throw error;
          }
        );
        loading.set(key, pending);
      }
      return pending;
    })
  );
}

/**
 * Whether `locale` is written right to left: whether its script is, the one
 * it names or its likely one (a site's `ckb`, `dv` or `pa-Arab` as much as
 * our `ar`). A shipped language's comes from the build-time table; only
 * another asks Intl.
 */
export function isRightToLeft(locale: string): boolean {
  return RIGHT_TO_LEFT_SCRIPTS.has(likelyScript(locale) ?? '');
}

const reportedUnknownTags = new Set<string>();

/**
 * The supported locale for a language tag. An unsupported tag gives English
 * and one console message per tag per page, not one per widget or render.
 */
export function localeForTag(tag: string | null | undefined, element: string): string {
  const { locale, matched } = negotiateLocale(tag, supportedLocales, sourceLocale);
  if (!matched && tag)
    warnOnce(reportedUnknownTags, element, 'lang', tag, `not available (${supportedLocales.join(', ')})`, sourceLocale);
  return locale;
}

/**
 * The language tag that applies to `element`: its own `lang`, else the
 * closest ancestor's, crossing shadow roots, else `<html lang>`. On a server
 * (no page, or Lit's DOM shim) only the element's own.
 */
export function inheritedLanguage(element: Element): string | null {
  return inheritedAttribute(element, 'lang') ?? globalThis.document?.documentElement?.getAttribute('lang') ?? null;
}

/**
 * The attribute on the element or its closest ancestor that has it, across
 * shadow roots, as `lang` is inherited. Read without the DOM's globals
 * (`Element`, `ShadowRoot`), which a server doesn't have.
 */
export function inheritedAttribute(element: Element, name: string): string | null {
  let node: Node | null | undefined = element;
  while (node) {
    if ('hasAttribute' in node && (node as Element).hasAttribute(name)) return (node as Element).getAttribute(name);
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host;
  }
  return null;
}
