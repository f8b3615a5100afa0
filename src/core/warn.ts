/**
 * One format for every console warning, so a site developer reading the
 * console sees which element, which input, the bad value and what we used.
 */
export function warnInput(element: string, input: string, value: unknown, usedInstead: string): void {
  console.warn(`<${element}>: ${input} ${describe(value)} is not valid; using ${usedInstead}.`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    // Circular or otherwise unserializable: fall through to String().
  }
  return String(value);
}
