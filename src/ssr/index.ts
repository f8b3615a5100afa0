/**
 * The widgets rendered on a server or at build time (`spasm-widgets/ssr`),
 * with Lit's own server renderer, `@lit-labs/ssr`, to declarative shadow DOM:
 * the warning signs, the numbers to call and the steps are in the HTML before
 * and without any script.
 *
 * A server has no page: a widget takes its language and numbers from its own
 * attributes (`lang`, `emergency-number`, `urgent-number`, `country`...), never
 * from ancestors, and its messages must be loaded before it renders
 * (`prepare`; `renderWidget` does it itself). A site's own steps or questions
 * are checked as in a browser and rendered too, and written into the page
 * for the widget's script. Buttons that need a script are
 * in the HTML but hidden until the widget's script has defined it
 * (shared.styles.ts), so a page without JavaScript has no control that does
 * nothing.
 *
 * Node only: import this module in Node (the `node` export condition, Lit's
 * default there), never in a browser bundle.
 */
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { stepsChecker, type ChecklistStep } from '../checklist/checklist-content.js';
import { stepDetails } from '../checklist/checklist-parts.js';
import { SpasmChecklist } from '../checklist/spasm-checklist.js';
import { defineElement } from '../core/define.js';
import { sourcesPanel } from '../core/footer.js';
import type { ContentChecker } from '../core/host-content.js';
import type { Lazy, LazyPart, PartModule } from '../core/lazy.js';
import { loadLocale, localeForTag, messageGroups, sourceLocale } from '../core/localization.js';
import { questionsChecker, type QuizQuestion } from '../quiz/quiz-content.js';
import { SpasmQuiz } from '../quiz/spasm-quiz.js';
import { SpasmTimer } from '../timer/spasm-timer.js';
import { WIDGETS } from '../widgets.js';

export { overrideMessages, registerTranslation, type SiteMessages } from '../core/translations.js';

/** A widget by its short name (its folder and package export: `checklist`) or its tag (`spasm-checklist`). */
export type WidgetName = 'checklist' | 'timer' | 'quiz' | 'spasm-checklist' | 'spasm-timer' | 'spasm-quiz';

/**
 * A widget's attributes by their HTML names, as on the page: `lang`,
 * `emergency-number`, `urgent-number`, `urgent-label`, `country`,
 * `heading-level`, `translations`, the `signoff-*` ones, and the widget's own
 * (custom-elements.json). `true` writes a boolean attribute; `false`,
 * `undefined` and `null` leave one out.
 */
export type WidgetAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * A widget's own content: the document its JSON child holds (README, "Your
 * own content"), `{ steps }` for the checklist, `{ questions }` for the quiz.
 */
export type WidgetContent =
  { readonly steps: readonly ChecklistStep[] } | { readonly questions: readonly QuizQuestion[] };

const CLASSES: Record<string, CustomElementConstructor> = { SpasmChecklist, SpasmTimer, SpasmQuiz };

/** What a widget does with content of its own: the property it takes it by, and the check it puts it through. */
interface OwnContent {
  property: string;
  checker: Lazy<ContentChecker<unknown>>;
}

/** The widgets that take content of their own, by tag. */
const OWN_CONTENT: Record<string, OwnContent> = {
  'spasm-checklist': { property: 'steps', checker: stepsChecker },
  'spasm-quiz': { property: 'questions', checker: questionsChecker },
};

/** The parts a widget shows on its first screen that otherwise load when first used: the sources, the steps' "how". */
const FIRST_SCREEN_PARTS: LazyPart<PartModule>[] = [sourcesPanel, stepDetails];

/** A part's load wants a widget to render again once it is there; on a server there is none yet. */
const NO_WIDGET = { requestUpdate() {} };

/** The tag of `widget`, whichever name it was given by; throws on one that isn't a widget. */
export function widgetTag(widget: string): string {
  const found = WIDGETS.find(({ tag, folder }) => widget === tag || widget === folder);
  if (!found) throw new Error(`"${widget}" is not a widget (${WIDGETS.map(({ folder }) => folder).join(', ')})`);
  return found.tag;
}

/**
 * Loads the messages of every widget, and of the parts they show on their
 * first screen, in each of `languages` (language tags, as in `lang`; each
 * resolves to a shipped or registered language as in a browser), and the
 * checks of a site's own content, so that a first render shows a widget's
 * `steps` or `questions` rather than its defaults. Call it
 * once before rendering synchronously (Eleventy's plugin, a framework's
 * renderer); a widget in a language not prepared renders in English, with a
 * warning, as does a tag that matches no language (warned here).
 */
export async function prepare(languages: readonly string[]): Promise<void> {
  await Promise.all(Object.values(OWN_CONTENT).map(({ checker }) => checker.load()));
  const locales = new Set(languages.map((tag) => localeForTag(tag, 'spasm-widgets/ssr')));
  locales.delete(sourceLocale);
  for (const locale of locales) {
    await loadLocale(locale, messageGroups);
    // Never rejects: a part that can't load leaves its disclosure empty, as in a browser offline.
    await Promise.all(FIRST_SCREEN_PARTS.map((part) => part.load(NO_WIDGET, locale)));
  }
  // English needs no messages, but the parts' modules still load (their text is the source).
  if (locales.size === 0) await Promise.all(FIRST_SCREEN_PARTS.map((part) => part.load(NO_WIDGET, sourceLocale)));
}

/** Registers the widgets with the server's registry (Lit's, in Node), once: rendering asks for it, importing doesn't. */
export function defineWidgets(): void {
  for (const { tag, className } of WIDGETS) defineElement(tag, CLASSES[className]);
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The start tag without its `>`, attributes written out (a template can't spread a record of them). */
function startTag(tag: string, attributes: WidgetAttributes): string {
  let start = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name`);
    if (value === false || value === undefined || value === null) continue;
    start += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return start;
}

/** What `tag` does with its own content; throws for a widget that has none. */
function ownContentOf(tag: string): OwnContent {
  const own = OWN_CONTENT[tag];
  if (!own) throw new Error(`<${tag}> takes no content of its own (only ${Object.keys(OWN_CONTENT).join(', ')} do)`);
  return own;
}

/**
 * The JSON child that gives the widget's script the content the server showed
 * (host-content.ts reads it), so its first render in the browser is the
 * same. Every `<` is written `\u003c`, which JSON reads back as `<`: no text
 * can end the script (`</script>`) or open a comment (`<!--`) in it.
 */
function jsonChild(property: string, items: readonly unknown[]): string {
  const json = JSON.stringify({ [property]: items }).replace(/</g, '\\u003c');
  return `<script type="application/json">${json}</script>`;
}

/**
 * The HTML of one widget with its attributes, its shadow root declarative
 * (`<template shadowrootmode="open">`), ready to put in a page. Its language
 * (`lang`) is prepared first. With Lit's hydration support loaded before the
 * widget's script, the widget takes this HTML over as it is (README, "Server
 * rendering").
 *
 * `content`, the site's own steps or questions, goes through the widget's own
 * check, as in a browser: bad items are left out with one console warning
 * (none valid: the defaults). The valid ones are rendered and follow the
 * shadow root as the widget's JSON child, which its script reads.
 *
 *     await renderWidget('checklist', { lang: 'es-ES', 'emergency-number': '112' })
 *     await renderWidget('checklist', { lang: 'en-GB' }, { steps: [{ id: 'walk', title: 'Walk for 5 minutes' }] })
 */
export async function renderWidget(
  widget: WidgetName,
  attributes: WidgetAttributes = {},
  content?: WidgetContent
): Promise<string> {
  const tag = widgetTag(widget);
  const start = startTag(tag, attributes);
  const own = content === undefined ? undefined : ownContentOf(tag);
  defineWidgets();
  await prepare(typeof attributes.lang === 'string' ? [attributes.lang] : []);
  const end = `</${tag}>`;
  // The widget checks its content as it would in a browser (and warns); the JSON child gets the same check's items.
  const template = own
    ? html`${unsafeStatic(start)} .${unsafeStatic(own.property)}=${content}>${unsafeStatic(end)}`
    : html`${unsafeStatic(start)}>${unsafeStatic(end)}`;
  // The outer template's own hydration markers (and its binding's): a page's template is not ours to hydrate.
  const markup = fixCheckedAttributes(
    (await collectResult(render(template)))
      .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
      .replace(/<!--\/lit-part-->$/, '')
  );
  if (!own) return markup;
  const { items } = (await own.checker.load())(content);
  return items.length > 0 ? markup.slice(0, -end.length) + jsonChild(own.property, items) + end : markup;
}

/**
 * Lit's server renderer writes a `.checked=${on}` binding as the attribute
 * `checked="false"` (or `"true"`), and any `checked` attribute checks the box:
 * without a script every step would show ticked. The widgets bind `.checked`
 * (the live state a user changes), so their server HTML gets the attribute
 * only where it is on. `renderWidget` does it; apply it to HTML that Lit's
 * renderer made elsewhere (a framework's integration) too.
 */
export function fixCheckedAttributes(markup: string): string {
  return markup.replace(/ checked="(true|false|undefined|null)"/g, (_, value: string) =>
    value === 'true' ? ' checked' : ''
  );
}

/**
 * The `'sha256-…'` source of each inline `<style>` in `markup` (a widget's
 * shadow root has one), for a Content-Security-Policy without
 * `'unsafe-inline'`: `style-src 'self' 'sha256-…'`.
 */
export function styleHashes(markup: string): string[] {
  const hashes = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`
  );
  return [...new Set(hashes)];
}

/** The CSP directive that allows the styles of `markup` and the site's own style sheets. */
export function styleSrc(markup: string): string {
  return ["style-src 'self'", ...styleHashes(markup)].join(' ');
}
