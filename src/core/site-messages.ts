/**
 * Checks a site's messages (registerTranslation, overrideMessages: see
 * translations.ts) the way `npm test` checks ours, and turns the good ones
 * into what the widgets render. Loaded with the first call.
 *
 * A site's text is only ever text: Lit renders it as text nodes, and where a
 * message has our markup (the bold "Emergency:", the large clock time) the
 * site places it with the same {N} placeholders as the XLIFF, never with
 * tags.
 */
import { html, type TemplateResult } from 'lit';
import { messageTable } from '../generated/message-table.js';
import { addSiteMessages, supportedLocales, type MessageSpec, type SiteMessage } from './localization.js';
import { hasVisibleText } from './visible-text.js';
import { warnInput } from './warn.js';

type Api = 'registerTranslation' | 'overrideMessages';

const PLACEHOLDER = /\{(\d+)\}/g;
/** A tag, a comment or a processing instruction: markup, which a site's text may not carry. */
const MARKUP = /<[a-z/!?]/i;
const PLURAL = /\.(zero|one|two|few|many|other)$/;
/**
 * Control characters but tab, LF and CR, which HTML takes as white space: a
 * browser draws the others as boxes, and in a file some of them end a line.
 */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
/**
 * Safety text a site may reword but never blank: the warning signs and what to
 * do about them (not `urgent.numbers.*`, which only join numbers), the emergency
 * card, the red-flag check, the timer's skin-safety line and the disclaimer.
 */
const SAFETY_TEXT = /^(urgent\.(?!numbers\.)|emergency\.|checklist\.redFlags\.|timer\.safety\.|common\.disclaimer$)/;

export function addMessages(api: Api, requested: unknown, messages: unknown): void {
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(String(requested))[0];
  } catch {
    warnInput('spasm-widgets', api, requested, 'not a language tag', 'nothing');
    return;
  }
  const call = `${api}("${locale}")`;
  const known = supportedLocales.includes(locale);
  if (api === 'overrideMessages' && !known) {
    warnInput('spasm-widgets', call, messages, 'not a shipped or registered language', 'nothing');
    return;
  }
  let entries: [string, unknown][];
  try {
    if (!messages || typeof messages !== 'object') throw new TypeError();
    entries = Object.entries(messages);
  } catch {
    warnInput('spasm-widgets', call, messages, 'not an object of message ids and texts', 'nothing');
    return;
  }
  const fallback = api === 'overrideMessages' ? 'the text it had' : 'English';
  const templates: Record<string, SiteMessage> = {};
  const accepted = new Set<string>();
  for (const [id, text] of entries) {
    const spec = Object.hasOwn(messageTable, id) ? messageTable[id] : undefined;
    const problem = spec ? check(spec, text) : 'no message has this id';
    if (problem) warnInput('spasm-widgets', `${call} ${id}`, text, problem, fallback);
    else {
      templates[spec!.id] = siteMessage(spec!, text as string);
      accepted.add(id);
    }
  }
  if (api === 'registerTranslation') {
    // A language without a form (Japanese has only "other") need not repeat it for every category.
    for (const id of Object.keys(messageTable)) {
      const other = id.replace(PLURAL, '.other');
      if (other !== id && !accepted.has(id) && accepted.has(other))
        templates[messageTable[id].id] = templates[messageTable[other].id];
    }
  }
  addSiteMessages(locale, templates, api === 'registerTranslation');
}

/** Why a site's text can't stand for the message, if it can't. */
function check(spec: MessageSpec, text: unknown): string | undefined {
  if (typeof text !== 'string') return 'not a string';
  if (MARKUP.test(text)) return 'markup: a message is text (write {N} where the English has a tag)';
  if (CONTROL.test(text)) return 'control characters: a message is text';
  if (SAFETY_TEXT.test(spec.id) && !hasVisibleText(text.replace(PLACEHOLDER, '')))
    return 'no visible words: safety text may be reworded, never blanked';
  const slots = spec.slots ?? [];
  const found = [...text.matchAll(PLACEHOLDER)].map((match) => Number(match[1]));
  const expected = slots.map((_, index) => `{${index}}`).join(' ') || 'none';
  const sorted = [...found].sort((a, b) => a - b);
  if (sorted.length !== slots.length || sorted.some((index, position) => index !== position))
    return `placeholders ${found.map((index) => `{${index}}`).join(' ') || 'none'}; expected ${expected}`;
  const tags = found.filter((index) => slots[index].some((part) => typeof part === 'string'));
  if (tags.some((index, position) => position > 0 && index < tags[position - 1]))
    return `the placeholders of tags out of order; expected ${expected}`;
  return undefined;
}

/**
 * A site's text, parsed: plain text, a value (its index among the message's
 * values), or one of our tags around more parts.
 */
type Part = string | number | { tag: string; content: Part[] };

/** Our markup a site's text may place with a placeholder: each opening tag and the real template it stands for. */
const OUR_TAGS: Readonly<Record<string, (content: unknown) => TemplateResult>> = {
  '<strong>': (content) => html`<strong>${content}</strong>`,
  '<span class="clock">': (content) => html`<span class="clock">${content}</span>`,
};

/**
 * What the widgets render for a site's checked text: the text itself, or a
 * function of the message's values. With our markup, the text is parts in a
 * real html`` template, so Lit renders the site's words as text, never as
 * HTML, and our tags from templates of our own.
 */
function siteMessage(spec: MessageSpec, text: string): SiteMessage {
  if (spec.kind === 0) return text;
  const parts = parse(spec, text);
  if (spec.kind === 1) return (values) => fill(parts, values).join('');
  return (values) => html`${fill(parts, values)}`;
}

/** The site's text as parts, with the tags its placeholders stand for opened and closed around what they hold. */
function parse(spec: MessageSpec, text: string): Part[] {
  const root: Part[] = [];
  const open: Part[][] = [root];
  const add = (part: Part) => open[open.length - 1].push(part);
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    add(text.slice(last, match.index));
    last = match.index + match[0].length;
    for (const slot of spec.slots![Number(match[1])]) {
      if (typeof slot === 'number') add(slot);
      else if (slot.startsWith('</')) open.pop();
      else {
        const element = { tag: slot, content: [] };
        add(element);
        open.push(element.content);
      }
    }
  }
  add(text.slice(last));
  return root;
}

/** The parts with the message's values in, and our tags as their templates. */
function fill(parts: Part[], values: readonly unknown[]): unknown[] {
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    if (typeof part === 'number') return values[part];
    return OUR_TAGS[part.tag](fill(part.content, values));
  });
}
