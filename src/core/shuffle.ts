import { describe, thrownText } from './warn.js';

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

/**
 * A host's random source, checked on every call: if it is not a function,
 * throws, or returns anything but a number in [0, 1), `onBad` hears why
 * (once) and Math.random answers instead, so a shuffle never goes wrong.
 */
export function checkedRandom(random: unknown, onBad: (problem: string) => void): () => number {
  let bad = typeof random === 'function' ? undefined : 'not a function';
  const report = () => bad && onBad(bad);
  report();
  return () => {
    if (!bad) {
      try {
        const value: unknown = (random as () => unknown)();
        if (typeof value === 'number' && value >= 0 && value < 1) return value;
        bad = `returned ${describe(value)}, not a number from 0 up to 1`;
      } catch (error) {
        bad = `threw ${thrownText(error)}`;
      }
      report();
    }
    return Math.random();
  };
}
