/**
 * Checks a site's messages (registerTranslation, overrideMessages: see
 * translations.ts) the way `npm test` checks ours, and turns the good ones
 * into the templates the widgets render. Loaded with the first call.
 *
 * A site's text is only ever text: it is HTML-escaped, and where a message
 * has our markup (the bold "Emergency:", the large clock time) the site
 * places it with the same {N} placeholders as the XLIFF, never with tags.
 */
import { html, type TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';
import { messageTable } from '../generated/message-table.js';
import { addSiteMessages, supportedLocales } from './localization.js';
import { warnInput } from './warn.js';

/** What src/generated/message-table.ts says of a message. */
export interface MessageSpec {
  /** The key the widgets look the message up by (short in the drop-ins). */
  id: string;
  /** 0 plain text, 1 text with values (str``), 2 with our markup or values (html``). */
  kind: 0 | 1 | 2;
  /** Per placeholder {N}, what it stands for: our tags (strings) and the values it shows (their index). */
  slots?: (number | string)[][];
}

type Api = 'registerTranslation' | 'overrideMessages';
type Template = string | StrResult | TemplateResult;

const PLACEHOLDER = /\{(\d+)\}/g;
/** A tag, a comment or a processing instruction: markup, which a site's text may not carry. */
const MARKUP = /<[a-z/!?]/i;
const PLURAL = /\.(zero|one|two|few|many|other)$/;
/** An html`` result to copy: Lit knows a template by the type it carries. */
const HTML_RESULT = html``;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

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
    if (!messages || typeof messages != 'object') throw new TypeError();
    entries = Object.entries(messages);
  } catch {
    warnInput('spasm-widgets', call, messages, 'not an object of message ids and texts', 'nothing');
    return;
  }
  const fallback = api === 'overrideMessages' ? 'the text it had' : 'English';
  const templates: Record<string, Template> = {};
  const accepted = new Set<string>();
  for (const [id, text] of entries) {
    const spec = Object.hasOwn(messageTable, id) ? messageTable[id] : undefined;
    const problem = spec ? check(spec, text) : 'no message has this id';
    if (problem) warnInput('spasm-widgets', `${call} ${id}`, text, problem, fallback);
    else {
      templates[spec!.id] = template(spec!, text as string);
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
  if (typeof text != 'string') return 'not a string';
  if (MARKUP.test(text)) return 'markup: a message is text (write {N} where the English has a tag)';
  const slots = spec.slots ?? [];
  const found = [...text.matchAll(PLACEHOLDER)].map((match) => Number(match[1]));
  const expected = slots.map((_, index) => `{${index}}`).join(' ') || 'none';
  const sorted = [...found].sort((a, b) => a - b);
  if (sorted.length !== slots.length || sorted.some((index, position) => index !== position))
    return `placeholders ${found.map((index) => `{${index}}`).join(' ') || 'none'}; expected ${expected}`;
  const tags = found.filter((index) => slots[index].some((part) => typeof part == 'string'));
  if (tags.some((index, position) => position > 0 && index < tags[position - 1]))
    return `the placeholders of tags out of order; expected ${expected}`;
  return undefined;
}

/** The template the widgets render for a site's checked text: msg() puts the values in. */
function template(spec: MessageSpec, text: string): Template {
  if (spec.kind === 0) return text;
  const strings = [''];
  const values: number[] = [];
  const escape = spec.kind === 2 ? escapeHtml : (part: string) => part;
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    strings[strings.length - 1] += escape(text.slice(last, match.index));
    last = match.index + match[0].length;
    for (const part of spec.slots![Number(match[1])]) {
      if (typeof part == 'string') strings[strings.length - 1] += part;
      else {
        values.push(part);
        strings.push('');
      }
    }
  }
  strings[strings.length - 1] += escape(text.slice(last));
  if (spec.kind === 1) return { strTag: true, strings, values } as unknown as StrResult;
  // Lit accepts only template strings arrays, which carry `raw`: this one holds only escaped text and our tags.
  return { ...HTML_RESULT, strings: Object.assign(strings, { raw: strings }), values } as unknown as TemplateResult;
}
