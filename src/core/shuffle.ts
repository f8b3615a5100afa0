/**
 * A shuffled copy of `items` (Fisher-Yates). `random` returns numbers in
 * [0, 1) like Math.random; tests pass a seeded one.
 */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
