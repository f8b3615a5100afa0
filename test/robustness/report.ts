/**
 * The robustness table: one row per category, printed in the test run's
 * browser log. Every column but `cases` must be 0 (the tests assert it).
 */
export interface Row {
  category: string;
  cases: number;
  /** Exceptions thrown through our code, or unhandled rejections. */
  uncaught: number;
  /** Inputs that left a widget blank or stuck without a warning. */
  silent: number;
  /** Cases that lost user progress; undefined where a category does not measure it (printed "n/a"). */
  lost?: number;
  /** Cases where a widget showed nothing usable; undefined where a category does not measure it apart. */
  blank?: number;
  /** Cases where a session could start before the skin had rested; undefined where a category does not measure it. */
  bypass?: number;
}

export function report(row: Row): void {
  const cells = [row.category.padEnd(48), row.cases, row.uncaught, row.silent, row.lost, row.blank, row.bypass].map(
    (cell) => String(cell ?? 'n/a').padStart(8)
  );
  console.log(`robustness | ${cells.join(' | ')}   (category | cases | uncaught | silent | lost | blank | bypass)`);
}
