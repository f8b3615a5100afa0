/**
 * A clock for measuring a session: ms since the epoch, read from the
 * browser's monotonic clock, so setting the device clock back or forward
 * while the page lives neither stretches nor shortens a session or a rest.
 * Each widget makes its own when it is created; across reloads, stored
 * times are checked instead (a time in the future is not trusted).
 */
export function monotonicClock(): () => number {
  const origin = Date.now() - performance.now();
  return () => Math.round(origin + performance.now());
}
