/**
 * The scaffold every host document (custom steps, questions) goes through.
 * Loaded only when a host supplies content: pages with the default content
 * never download it.
 */
import { hasVisibleText } from './visible-text.js';
import { thrownText } from './warn.js';

/** A non-empty string: what every id must be. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A string a reader sees something of: what every title, prompt and label must be (see visible-text.ts). */
export const isVisibleText = (value: unknown): value is string => typeof value === 'string' && hasVisibleText(value);

/** The most entries copied of a list inside an item (a question's options): far more than any item needs. */
const MAX_ENTRIES = 100;

/**
 * One item of a host document as plain data, each property read once. What a
 * host hands us may be a getter that answers differently on each read, or a
 * Proxy: checking one read and showing another would show what was never
 * checked. Strings, numbers, booleans and null are kept; arrays and objects
 * are copied `depth` levels down (an item, its list of options, an option);
 * anything else (a function, deeper data) is left out. A read that throws
 * throws here, and costs only its item.
 */
function copyOf(value: unknown, depth = 3): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (typeof value !== 'object' || depth === 0) return undefined;
  const record = value as Record<string, unknown>;
  // Arrays are read by index, never whole: a sparse one may have 2^32 - 1 slots.
  if (Array.isArray(value))
    return Array.from({ length: Math.min(value.length, MAX_ENTRIES) }, (_, index) => copyOf(record[index], depth - 1));
  return Object.fromEntries(Object.keys(value).map((key) => [key, copyOf(record[key], depth - 1)]));
}

/** Valid items of a host document and what was wrong with the rest. */
export interface ContentReport<T> {
  items: T[];
  problems: string[];
}

/**
 * What a widget's item checker says of one raw item: the item to show, or
 * why it cannot be shown ("has no id"), said after the item's name.
 */
export type ItemReport<T> = { item: T; problem?: string } | { item?: undefined; problem: string };

/**
 * The scaffold every host document goes through: the list under `key` (the
 * list itself, `{ [key]: [...] }` or its JSON text), at most `max` items,
 * each copied (copyOf) and the copy checked by `checkItem`, duplicate ids
 * refused. Anything the host hands us may throw when read (a getter, a
 * Proxy): that is reported as a problem, never thrown through, and an item
 * that throws costs only itself.
 */
export function checkList<T extends { id: string }>(
  input: unknown,
  key: string,
  noun: string,
  max: number,
  checkItem: (raw: Record<string, unknown>) => ItemReport<T>
): ContentReport<T> {
  const problems: string[] = [];
  const items: T[] = [];
  try {
    let document = input;
    if (typeof input === 'string') {
      try {
        document = JSON.parse(input);
      } catch {
        return { items, problems: ['the JSON is malformed'] };
      }
    }
    const list: unknown = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(list)) return { items, problems: [`"${key}" is not an array`] };
    const length = list.length;
    if (length === 0) return { items, problems: [`"${key}" is empty`] };
    if (length > max) problems.push(`more than ${max} ${key}; only the first ${max} are read`);
    const seen = new Set<string>();
    for (let index = 0; index < Math.min(length, max); index++) {
      let name = `${noun} ${index + 1}`;
      let checked: ItemReport<T>;
      try {
        const copy = copyOf(list[index]);
        const raw = (typeof copy === 'object' && copy !== null ? copy : {}) as Record<string, unknown>;
        const id = raw.id;
        if (isText(id)) name = `${noun} "${id}"`;
        if (!isText(id)) checked = { problem: 'has no id' };
        else if (seen.has(id)) checked = { problem: 'repeats an id' };
        else checked = checkItem(raw);
      } catch (error) {
        checked = { problem: `could not be read (${thrownText(error)})` };
      }
      if (checked.problem) problems.push(`${name} ${checked.problem}`);
      if (checked.item) {
        seen.add(checked.item.id);
        items.push(checked.item);
      }
    }
  } catch (error) {
    return { items: [], problems: [`it could not be read (${thrownText(error)})`] };
  }
  return { items, problems };
}
