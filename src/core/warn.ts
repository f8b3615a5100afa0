/**
 * The one format of every console warning, so a site developer sees which
 * element, which input, the bad value, what was wrong and what we used:
 *
 *   <spasm-timer> minutes=45: over 20; using 20.
 *
 * It warns in the same task as the bad input, and never throws, whatever the
 * value or the console: a warning must not be what breaks the widget. At
 * most 3 problems are listed, then "and N more".
 */
export function warnInput(
  element: string,
  input: string,
  value: unknown,
  problem: string | readonly string[],
  usedInstead: string
): void {
  try {
    const problems = [problem].flat();
    const more = problems.length - 3;
    if (more > 0) problems.splice(3, more, `and ${more} more`);
    console.warn(
      `<${element}> ${input}=${describe(value)}: ${problems.join('; ') || 'invalid'}; using ${usedInstead}.`
    );
  } catch {
    // No console, or one that throws: nothing left to tell.
  }
}

/**
 * `warnInput`, once per input and value for each `seen` set: one per widget,
 * so a re-render does not repeat it, or one per module for what a page needs
 * to hear once.
 */
export function warnOnce(
  seen: Set<string>,
  element: string,
  input: string,
  value: unknown,
  problem: string,
  usedInstead: string
): void {
  const key = `${input}=${describe(value)}`;
  if (seen.has(key)) return;
  seen.add(key);
  warnInput(element, input, value, problem, usedInstead);
}

/**
 * A thrown value as a warning says it ("TypeError: 404"). Whatever was
 * thrown: an object whose `toString` throws too shows as its preview.
 */
export function thrownText(thrown: unknown): string {
  try {
    return String(thrown);
  } catch {
    return describe(thrown);
  }
}

/**
 * A JSON-like preview of any value, at most 80 characters, e.g.
 * `{"mode":"lava","steps":[1,2,3,4,5,…],"deep":{"a":{"b":…}}}`: 5 entries
 * per array or object, 3 levels, cycles as [Circular]. A value or property
 * that cannot be read shows as "?".
 */
export function describe(value: unknown): string {
  const text = preview([value], 0, 0, []);
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}

/** `holder[key]`, previewed: every read is inside the try, and recursion stops at depth 3 whatever the input. */
function preview(holder: object, key: PropertyKey, depth: number, seen: unknown[]): string {
  try {
    const value = (holder as Record<PropertyKey, unknown>)[key];
    if (!value || typeof value !== 'object')
      return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : String(value);
    if (seen.includes(value)) return '[Circular]';
    if (depth > 2) return '…';
    seen = [...seen, value];
    const record = value as Record<PropertyKey, () => unknown>;
    // Dates say when (a level deeper, so a chain of toJSON ends).
    if (record.toJSON) return preview([record.toJSON()], 0, depth + 1, seen);
    const array = Array.isArray(value);
    // Arrays are read by index, never whole: a sparse one may have 2^32 - 1 slots.
    const keys = Object.keys(array ? [...Array(Math.min(+record.length, 6))] : value);
    const entries = keys
      .slice(0, 5)
      .map((name) => (array ? '' : JSON.stringify(name.slice(0, 80)) + ':') + preview(value, name, depth + 1, seen));
    if (keys.length > 5) entries.push('…');
    return array ? `[${entries}]` : `{${entries}}`;
  } catch {
    return '?';
  }
}
