import { expect } from '@open-wc/testing';

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

/**
 * One robustness file's rows and the errors nothing caught, printed when the
 * file ends. `listen()` once at the top of the file; `count()` runs a case.
 */
export class Tally {
  readonly #rows = new Map<string, Row>();
  /** Errors thrown through our code and unhandled rejections during the current case. */
  uncaught: unknown[] = [];
  readonly #onError = (event: ErrorEvent | PromiseRejectionEvent): void => {
    this.uncaught.push('error' in event ? event.error : event.reason);
  };

  /** Listens for uncaught errors while the file runs, and prints its rows after it. */
  listen(): void {
    before(() => {
      addEventListener('error', this.#onError);
      addEventListener('unhandledrejection', this.#onError);
    });
    after(() => {
      removeEventListener('error', this.#onError);
      removeEventListener('unhandledrejection', this.#onError);
      for (const row of this.#rows.values()) report(row);
    });
  }

  /** The row of `category`, made on first use with `measures` (e.g. `{ lost: 0 }`) beside the counts every row has. */
  row(category: string, measures: Partial<Row> = {}): Row {
    const row = this.#rows.get(category) ?? { category, cases: 0, uncaught: 0, silent: 0, ...measures };
    this.#rows.set(category, row);
    return row;
  }

  /**
   * Runs one case in `category`'s row: a case that fails counts as silent (it
   * ended without the warning or the state it should have), and any error
   * nothing caught fails it.
   */
  async count(category: string, body: () => Promise<void> | void): Promise<void> {
    const row = this.row(category);
    row.cases++;
    this.uncaught = [];
    try {
      await body();
    } catch (error) {
      row.silent++;
      throw error;
    } finally {
      row.uncaught += this.uncaught.length;
    }
    expect(this.uncaught.map(String), 'uncaught errors').to.deep.equal([]);
  }
}
