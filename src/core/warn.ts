/**
 * The one format of every console warning, so a site developer sees which
 * element, which input, the bad value, what was wrong and what we used:
 *
 *   <spasm-timer> minutes=45: over 20; using 20.
 *
 * It never throws, whatever the value or the console: a warning must not be
 * what breaks the widget. At most 3 problems are listed, then "and N more".
 */
export function warnInput(
  element: string,
  input: string,
  value: unknown,
  problem: string | readonly string[],
  usedInstead: string
): void {
  const print = () => {
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
  };
  // A bad object is rare (a bad attribute is a string), so its preview loads with the first one.
  // While it loads, later warnings wait too: they keep their order.
  if (previewObject || !(loadingPreview || isObject(value))) print();
  else void previewReady().then(print);
}

/** `warnInput`, once per input and value for each `seen` set (one per widget): a re-render does not repeat it. */
export function warnOnce(
  seen: Set<string>,
  element: string,
  input: string,
  value: unknown,
  problem: string,
  usedInstead: string
): void {
  const key = `${input}=${String(value)}`;
  if (seen.has(key)) return;
  seen.add(key);
  warnInput(element, input, value, problem, usedInstead);
}

/** The preview of objects and arrays (./warn-preview.ts), once loaded. */
let previewObject: ((value: object) => string) | undefined;
let loadingPreview: Promise<void> | undefined;

const isObject = (value: unknown): value is object => !!value && typeof value == 'object';

/**
 * Loads the preview of objects. If it cannot load, an object shows as "?",
 * the mark of a value that cannot be read: the warning itself still comes.
 * @internal Tests load it up front, so warnings come at once.
 */
export function previewReady(): Promise<void> {
  return (loadingPreview ??= import('./warn-preview.js').then(
    (module) => void (previewObject = module.previewObject),
    () => void (previewObject = () => '?')
  ));
}

/** A string or any other value that isn't an object, as its preview shows it. */
export const previewPrimitive = (value: unknown): string =>
  typeof value == 'string' ? JSON.stringify(value.slice(0, 80)) : String(value);

/**
 * A JSON-like preview of any value, at most 80 characters, e.g.
 * `{"mode":"lava","steps":[1,2,3,4,5,…],"deep":{"a":{"b":…}}}`. Objects need
 * the preview loaded (`previewReady()`); until then they show as "?".
 */
export function describe(value: unknown): string {
  let text = '?';
  try {
    text = isObject(value) ? (previewObject?.(value) ?? text) : previewPrimitive(value);
  } catch {
    // A function whose toString throws: it cannot be read.
  }
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
