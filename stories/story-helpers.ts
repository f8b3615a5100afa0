/**
 * What every widget story is built from: the element for a story's args, its
 * language, content and named state; the rendered element for a play
 * function; the themed page wrapper. The toolbar's language comes from the wrapper in
 * .storybook/preview.ts.
 */
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';

export type WidgetTag = 'spasm-timer' | 'spasm-checklist' | 'spasm-quiz';

/** What brings a rendered widget to a story's named state: a method call, or clicks as a user would make them. */
export type StateSetter<Tag extends WidgetTag> = (element: HTMLElementTagNameMap[Tag]) => unknown;

export interface WidgetOptions<Tag extends WidgetTag = WidgetTag> {
  /** The widget's own `lang`; without it, the toolbar's wrapper sets the language. */
  lang?: string;
  /** Content as a host page writes it: this, as JSON in a child `<script type="application/json">`. */
  json?: unknown;
  /**
   * Brings the widget to the story's named state once it has rendered (see
   * `inState`): from the render, so that docs pages, which run no play
   * functions, show the state too.
   */
  state?: StateSetter<Tag>;
}

/**
 * Sets a story's args on its element as a host page would: a string, number
 * or boolean as an attribute (`true`: present; `false`, `undefined` or `''`:
 * absent), JSON (content such as `steps`) as a property, and a CSS custom
 * property (`--spasm-color-accent`) on the element's style. The action
 * handlers Storybook adds to the args for its Actions panel are skipped. An arg cleared in its control is removed:
 * the attribute or custom property goes, the property is set to `undefined`
 * (the widget's own content again).
 */
class ApplyDirective extends Directive {
  /** The args set as properties, to unset when their control is cleared. */
  readonly #contentSet = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('apply() goes on an element');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: Parameters<this['render']>) {
    const element = part.element as HTMLElement;
    for (const [name, value] of Object.entries(args)) {
      if (typeof value === 'object' && value !== null) {
        this.#contentSet.add(name);
        Object.assign(element, { [name]: value });
      } else if (this.#contentSet.delete(name)) {
        Object.assign(element, { [name]: undefined });
      } else if (name.startsWith('--')) {
        if (value === undefined || value === '') element.style.removeProperty(name);
        else element.style.setProperty(name, String(value));
      } else if (['string', 'number', 'boolean', 'undefined'].includes(typeof value)) {
        if (value === false || value === undefined || value === '') element.removeAttribute(name);
        else element.setAttribute(name, value === true ? '' : String(value));
      }
    }
    return nothing;
  }
}

const apply = directive(ApplyDirective);

/** The state setters under way or done, by element: `settled` waits for those of a story. */
const stateSet = new WeakMap<Element, Promise<void>>();

/**
 * A docs page sets the states of many stories at once, and some states move
 * focus as the user's answer would (the emergency card, the quiz's feedback):
 * the page would jump to the last of them. While states are being set there,
 * the page keeps its scroll position, and focus goes back where it was, unless
 * the reader scrolls, clicks or types meanwhile.
 */
const docsPage = {
  setting: 0,
  scroll: { left: 0, top: 0 },
  focus: null as Element | null,
  readerActed: false,
};

const READER_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
const onReader = () => {
  docsPage.readerActed = true;
};
const keepScroll = () => {
  if (!docsPage.readerActed) window.scrollTo(docsPage.scroll);
};

/** The element focus is in, through shadow roots. */
function deepFocus(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

function docsPageSetting(): void {
  if (docsPage.setting++ > 0) return;
  docsPage.scroll = { left: window.scrollX, top: window.scrollY };
  docsPage.focus = document.activeElement;
  docsPage.readerActed = false;
  for (const type of READER_EVENTS) window.addEventListener(type, onReader, { capture: true, passive: true });
  window.addEventListener('scroll', keepScroll, { passive: true });
}

function docsPageSet(): void {
  if (--docsPage.setting > 0) return;
  for (const type of READER_EVENTS) window.removeEventListener(type, onReader, { capture: true });
  window.removeEventListener('scroll', keepScroll);
  if (docsPage.readerActed) return;
  if (document.activeElement !== docsPage.focus) {
    if (docsPage.focus instanceof HTMLElement && docsPage.focus !== document.body)
      docsPage.focus.focus({ preventScroll: true });
    else (deepFocus() as HTMLElement | null)?.blur?.();
  }
  window.scrollTo(docsPage.scroll);
}

/**
 * Runs a setter once the element is in the page and has rendered. An element
 * that is not in the page by then, or leaves it first, is left alone: a docs
 * page renders each story first off the page, then again in it. The
 * smoke test checks that the element shown reached its state.
 */
async function setState<Tag extends WidgetTag>(element: HTMLElementTagNameMap[Tag], setter: StateSetter<Tag>) {
  // Lit runs an element's directives before it adds the template's elements to the page.
  await Promise.resolve();
  if (!element.isConnected) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!element.isConnected) return;
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  if (!element.isConnected) return;
  const inDocs = element.closest('#storybook-docs') !== null;
  if (inDocs) docsPageSetting();
  try {
    await setter(element);
    await element.updateComplete;
  } finally {
    if (inDocs) docsPageSet();
  }
}

/**
 * Sets the story's named state on its element once, when the element first
 * renders: re-renders (controls, the locale toolbar) keep the element and its
 * state; a remount makes a new element, set again.
 */
class InStateDirective extends Directive {
  #set = false;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('inState() goes on an element');
  }

  render(_setter: StateSetter<WidgetTag>) {
    return nothing;
  }

  override update(part: ElementPart, [setter]: Parameters<this['render']>) {
    if (this.#set) return nothing;
    this.#set = true;
    const element = part.element as HTMLElementTagNameMap[WidgetTag];
    const done = setState(element, setter);
    stateSet.set(element, done);
    // Docs pages run no play function to report it: a console error does (the smoke test fails on it).
    done.catch((error: unknown) => console.error(`<${element.localName}> did not reach its story's state:`, error));
    return nothing;
  }
}

/** Brings the element to a story's named state once it has rendered; for `widget()`'s `state` option. */
export const inState = directive(InStateDirective);

/**
 * The play function of a story with a named state: waits until the state
 * setters of its widgets are done, so the story page's render (and the a11y
 * addon's check after it) covers the named state, and fails with them.
 */
export async function settled({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const setters = [...canvasElement.querySelectorAll('*')].flatMap((element) => stateSet.get(element) ?? []);
  await Promise.all(setters);
}

/**
 * A widget for a story: `args` are named after the element's attributes,
 * content properties and CSS custom properties, so Storybook's controls set
 * them as a host page does (see ApplyDirective).
 */
export function widget<Tag extends WidgetTag>(
  tag: Tag,
  args: object = {},
  { lang, json, state }: WidgetOptions<Tag> = {}
): TemplateResult {
  const name = unsafeStatic(tag);
  const content =
    json === undefined
      ? nothing
      : html`<script type="application/json">
          ${JSON.stringify(json, null, 2)}
        </script>`;
  const named = state ? inState(state as StateSetter<WidgetTag>) : nothing;
  return html`<${name} ${apply({ ...args, lang })} ${named}>${content}</${name}>`;
}

/** The story's rendered widget, once it has rendered: for play functions. */
export async function rendered<Tag extends WidgetTag>(
  canvas: HTMLElement,
  tag: Tag
): Promise<HTMLElementTagNameMap[Tag]> {
  const element = canvas.querySelector(tag);
  if (!element) throw new Error(`the story rendered no <${tag}>`);
  await element.updateComplete;
  return element;
}

/**
 * A page-like wrapper that themes the widgets inside it through their public
 * custom properties only; `extra` adds a widget's own (e.g. its mode colours).
 * Every pairing keeps WCAG AA contrast.
 */
export const themed = (content: TemplateResult, extra = ''): TemplateResult =>
  html`<div
    style="
      --spasm-color-accent: #0b5d5b;
      --spasm-color-surface: #fdf6ec;
      --spasm-color-text: #1f2933;
      --spasm-color-urgent: #8b1a1a;
      --spasm-focus-ring: 3px dashed #0b5d5b;
      --spasm-radius: 1.25rem;
      --spasm-spacing: 1.5rem;
      max-inline-size: 36rem;
      font-family: Georgia, serif;
      ${extra}
    "
  >
    ${content}
  </div>`;

/** Waits up to 2 s for `condition`: a part that loads when first used (the emergency card, the sources panel). */
export async function until(condition: () => unknown, what: string): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!condition()) throw new Error(`no ${what} within 2 s`);
}
