/**
 * The one format of every console warning, so a site developer sees which
 * element, which input, the bad value, what was wrong and what we used:
 *
 *   <spasm-timer> minutes=45: over 20; using 20.
 */
export function warnInput(
  element: string,
  input: string,
  value: unknown,
  problem: string | readonly string[],
  usedInstead: string
): void {
  const problems = typeof problem === 'string' ? problem : problem.join('; ');
  console.warn(`<${element}> ${input}=${describe(value)}: ${problems}; using ${usedInstead}.`);
}

function describe(value: unknown): string {
  try {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    // Circular or otherwise unserializable.
    return String(value);
  }
}
