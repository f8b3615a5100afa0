import { previewPrimitive } from './warn.js';

/**
 * The preview of an object or array in a warning (see warn.ts): 5 entries per
 * array or object, 3 levels, cycles as [Circular]. Never throws: a value or
 * property that cannot be read shows as "?". Loaded with the first warning
 * about an object: bad attributes, the common case, are strings.
 */
export function previewObject(value: object): string {
  return preview([value], 0, 0, []);
}

/** `holder[key]`, previewed: every read is inside the try, and recursion stops at depth 3 whatever the input. */
function preview(holder: object, key: PropertyKey, depth: number, seen: unknown[]): string {
  try {
    const value = (holder as Record<PropertyKey, unknown>)[key];
    if (!value || typeof value != 'object') return previewPrimitive(value);
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
