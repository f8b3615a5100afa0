/**
 * One clock for every running widget on a page: a single timeout, at each
 * whole second of the page's clock, calls every subscriber. A clinic's sheet
 * with fifty timers wakes the page once a second, not fifty times.
 */
import { readClock } from './clock.js';

const subscribers = new Set<() => void>();
let handle: ReturnType<typeof setTimeout> | undefined;

function scheduleNextSecond(): void {
  handle = setTimeout(
    () => {
      handle = undefined;
      // A copy: a subscriber may unsubscribe itself (its session ended) while we go round.
      for (const tick of [...subscribers]) {
        try {
          tick();
        } catch (error) {
          // One widget's failure must not stop the others' clocks; the error still reaches the console.
          setTimeout(() => {
            throw error;
          });
        }
      }
      if (subscribers.size) scheduleNextSecond();
    },
    // A host's Date.now that throws or gives a BigInt must not stop the clocks: then a second from now.
    1000 - ((readClock(() => Date.now()) ?? 0) % 1000)
  );
}

/** Calls `tick` at every whole second until the returned function is called. */
export function everySecond(tick: () => void): () => void {
  subscribers.add(tick);
  if (!handle) scheduleNextSecond();
  return () => {
    subscribers.delete(tick);
    if (subscribers.size || !handle) return;
    clearTimeout(handle);
    handle = undefined;
  };
}
