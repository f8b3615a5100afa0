import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clinicalReviews } from '../generated/clinical-reviews.js';
import { formatLocale } from './format.js';
import {
  inheritedAttribute,
  inheritedLanguage,
  isLocaleReady,
  loadLocale,
  localeForTag,
  siteLocales,
  siteMessageListeners,
  sourceLocale,
  type MessageGroup,
} from './localization.js';
import { thrownText, warnInput, warnOnce } from './warn.js';

/**
 * How long a widget waits for its language's messages before it shows
 * English instead (with a warning). A chunk that arrives later still
 * switches it; one that never answers must not leave the widget blank.
 */
export const LOCALE_WAIT_MS = 3000;

/**
 * The language a widget renders in: its own `lang`, else the closest
 * ancestor's across shadow roots, else `<html lang>`, else English, limited
 * by `translations="reviewed"`. It follows changes of those live (and of a
 * site's own messages), loads the messages of the widget's groups, and gives
 * the widget's first render a promise to wait for, so it never flashes
 * English first.
 *
 * It watches every attribute a widget inherits from its ancestors
 * (`watched`), not only `lang`: `inheritedChanges` counts their changes, so
 * what reads the others (the help numbers, the sign-off) can cache until it
 * moves.
 */
export class LocaleController implements ReactiveController {
  /** The supported locale the widget renders in now. */
  locale = sourceLocale;
  /** How many times an inherited attribute or a site's messages changed: a cache key for what reads them. */
  inheritedChanges = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #groups: readonly MessageGroup[];
  readonly #watched: MutationObserverInit;
  /** Made on connection: nothing in a constructor touches the page (a server has none). */
  #observer?: MutationObserver;
  readonly #warned = new Set<string>();
  #wanted = sourceLocale;
  #ready: Promise<unknown> = Promise.resolve();

  constructor(host: ReactiveControllerHost & HTMLElement, groups: readonly MessageGroup[], watched: string[]) {
    this.#host = host;
    this.#groups = groups;
    this.#watched = { attributes: true, attributeFilter: ['lang', 'translations', ...watched], subtree: true };
    host.addController(this);
  }

  /**
   * The locale to format numbers and clock times in: the page's full tag
   * where it is of the language shown (`en-GB` gets a 24-hour clock though
   * it reads the `en` messages), else the locale shown (format.ts).
   */
  get formatLocale(): string {
    return formatLocale(inheritedLanguage(this.#host), this.locale);
  }

  /** Resolves once the messages of the language wanted now have loaded, failed, or been waited for long enough. */
  get ready(): Promise<unknown> {
    return this.#ready;
  }

  hostConnected(): void {
    this.#observe();
    siteMessageListeners.add(this.#follow);
    this.#choose();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    siteMessageListeners.delete(this.#follow);
  }

  /** An inherited attribute or a site's messages changed: the language may have too. */
  readonly #follow = () => {
    this.inheritedChanges++;
    this.#choose();
    this.#host.requestUpdate();
  };

  #observe(): void {
    this.#observer ??= new MutationObserver(this.#follow);
    this.#observer.disconnect();
    this.#observer.observe(document.documentElement, this.#watched);
    // Attribute changes inside shadow roots are invisible to the document observer.
    let root = this.#host.getRootNode();
    while (root instanceof ShadowRoot) {
      this.#observer.observe(root, this.#watched);
      root = root.host.getRootNode();
    }
  }

  /** Picks the locale that applies now and, unless its messages are here, loads them. */
  #choose(): void {
    const element = this.#host.localName;
    const wanted = allowedLocale(this.#host, localeForTag(inheritedLanguage(this.#host), element), this.#warned);
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    const stillWanted = () => this.#wanted === wanted;
    if (isLocaleReady(wanted, this.#groups)) {
      this.locale = wanted;
      this.#ready = Promise.resolve();
      return;
    }
    const fallBack = (problem: string) => {
      warnInput(element, 'lang', wanted, problem, sourceLocale);
      this.locale = sourceLocale;
    };
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const loaded = loadLocale(wanted, this.#groups).then(
      () => {
        // Also after the wait ran out: the widget switches from English then.
        if (stillWanted()) this.locale = wanted;
      },
      (error: unknown) => {
        if (stillWanted()) fallBack(`messages failed to load (${thrownText(error)})`);
      }
    );
    const waited = new Promise<void>((resolve) => {
      timeout = setTimeout(() => {
        if (stillWanted()) fallBack(`messages did not load within ${LOCALE_WAIT_MS} ms`);
        resolve();
      }, LOCALE_WAIT_MS);
    });
    this.#ready = Promise.race([loaded.finally(() => clearTimeout(timeout)), waited]);
    // A late load (after the wait) renders again in the language it brought.
    void loaded.then(() => this.#host.requestUpdate());
    this.#host.requestUpdate();
  }
}

/**
 * `translations="reviewed"` on the widget or an ancestor: a shipped
 * language no clinician has checked (clinical-reviews) gives English. A
 * site's own translation is the site's to vouch for, so it stays.
 */
function allowedLocale(host: HTMLElement, locale: string, warned: Set<string>): string {
  const setting = inheritedAttribute(host, 'translations');
  if (setting === null || setting === 'all') return locale;
  if (setting !== 'reviewed') {
    warnOnce(warned, host.localName, 'translations', setting, 'not "all" or "reviewed"', 'all');
    return locale;
  }
  return locale === sourceLocale || siteLocales.has(locale) || Object.hasOwn(clinicalReviews, locale)
    ? locale
    : sourceLocale;
}

/** Languages a server was asked for without their messages: warned about once each. */
const unpreparedOnServer = new Set<string>();

/**
 * The locale a widget renders in on a server, which never connects it and
 * has no ancestors to inherit from: that of its own `lang`, if its messages
 * of `groups` were loaded before rendering (`prepare` in src/ssr), else
 * English and a warning. Loads nothing: a server renders at once.
 */
export function serverLocale(host: HTMLElement, groups: readonly MessageGroup[]): string {
  const element = host.localName;
  const wanted = allowedLocale(host, localeForTag(inheritedLanguage(host), element), unpreparedOnServer);
  if (isLocaleReady(wanted, groups)) return wanted;
  const problem = 'messages not loaded before rendering on the server (prepare())';
  warnOnce(unpreparedOnServer, element, 'lang', wanted, problem, sourceLocale);
  return sourceLocale;
}
