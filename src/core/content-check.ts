/**
 * The scaffold every host document (custom steps, questions) goes through.
 * Loaded only when a host supplies content: pages with the default content
 * never download it.
 */

/** A non-empty string: what every id, title and label must be. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

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
 * each checked by `checkItem` with the ids seen so far, duplicates refused.
 * Anything the host hands us may throw when read (a getter, a Proxy): that
 * is reported as a problem, never thrown through.
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
    if (list.length === 0) return { items, problems: [`"${key}" is empty`] };
    if (list.length > max) problems.push(`more than ${max} ${key}; only the first ${max} are read`);
    const seen = new Set<string>();
    list.slice(0, max).forEach((value: unknown, index) => {
      const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      let name = `${noun} ${index + 1}`;
      let checked: ItemReport<T>;
      try {
        const id = raw.id;
        if (isText(id)) name = `${noun} "${id}"`;
        if (!isText(id)) checked = { problem: 'has no id' };
        else if (seen.has(id)) checked = { problem: 'repeats an id' };
        else checked = checkItem(raw);
      } catch (error) {
        checked = { problem: `could not be read (${String(error)})` };
      }
      if (checked.problem) problems.push(`${name} ${checked.problem}`);
      if (checked.item) {
        seen.add(checked.item.id);
        items.push(checked.item);
      }
    });
  } catch (error) {
    return { items: [], problems: [`it could not be read (${String(error)})`] };
  }
  return { items, problems };
}
