/**
 * When the timer renders again: while a session runs in a visible page, once
 * a second on the page's shared clock (every timer at the same whole
 * second), and a timeout for the session's exact end; once a minute during
 * skin rest; at midnight, when today's count starts again. While the page is
 * hidden only the session's end is awaited, so the end signal still sounds.
 * Both the end and midnight are looked for once a minute, as a device that
 * slept reaches them early by the wall clock while timeouts wait on the
 * monotonic one; a look that finds nothing new renders nothing. A page
 * coming back into view, or from the back/forward cache, renders at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { everySecond } from '../core/ticker.js';
import { MINUTE_MS, type TimerView } from './timer-machine.js';

/** What the ticker needs of its timer. */
export interface TickerHost {
  readonly element: ReactiveControllerHost & { readonly isConnected: boolean };
  /** The timer's clock. */
  readonly now: () => number;
  /** What the timer shows at `now`. */
  readonly view: (now: number) => TimerView;
  /** Renders the timer at the clock's reading now. */
  readonly tick: () => void;
}

export class SessionTicker implements ReactiveController {
  readonly #host: TickerHost;
  #timeout?: ReturnType<typeof setTimeout>;
  /** The end of the running session the timeout waits for. */
  #endsAt?: number;
  /** Set while the timeout only looks whether an idle timer's day has ended: before this midnight it renders nothing. */
  #lookUntil = 0;
  /** Leaves the page's shared every-second clock (core/ticker.ts); set while a session runs in a visible page. */
  #stopTicking?: () => void;
  /** The page hidden, shown, or back from the back/forward cache: the clock read afresh (a sleep shows at once), a render. */
  readonly #catchUp = () => {
    this.#host.tick();
    this.schedule();
  };
  /** A hidden page's session still running, or an idle timer's day not over: nothing new to show, so a look again later. */
  readonly #onTimeout = () => {
    this.#timeout = undefined;
    const now = this.#host.now();
    const waiting = this.#host.view(now).status === 'running' ? document.hidden : now < this.#lookUntil;
    if (waiting) this.schedule();
    else this.#host.tick();
  };

  constructor(host: TickerHost) {
    this.#host = host;
    host.element.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#catchUp);
    addEventListener('pageshow', this.#catchUp);
    this.#host.tick();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#catchUp);
    removeEventListener('pageshow', this.#catchUp);
    this.schedule();
  }

  /** Plans the next render, after each render: the timer's state may have changed. */
  schedule(): void {
    // The clock, not the last render's reading: a hidden page renders on a property set long after its last tick.
    const now = this.#host.now();
    const view = this.#host.view(now);
    const connected = this.#host.element.isConnected;
    const running = connected && view.status === 'running';
    const wasTicking = this.#stopTicking !== undefined;
    // Each second's render of a running session in view: its end is awaited already (issue 25: 50 timers
    // re-armed 50 timeouts a second). Were the end wrong (the device slept), that second's render shows it.
    const endsAt = now + view.remainingMs;
    const awaited = this.#timeout !== undefined && Math.abs(endsAt - (this.#endsAt ?? NaN)) < 1;
    if (running && !document.hidden && wasTicking && awaited) return;
    clearTimeout(this.#timeout);
    this.#timeout = undefined;
    this.#endsAt = running ? endsAt : undefined;
    this.#lookUntil = 0;
    if (running && !document.hidden) this.#stopTicking ??= everySecond(this.#host.tick);
    else {
      this.#stopTicking?.();
      this.#stopTicking = undefined;
    }
    if (!connected) return;
    let delay: number | undefined;
    if (running) delay = document.hidden ? Math.min(view.remainingMs, MINUTE_MS) : view.remainingMs;
    // Ended by a reading taken since the render that showed it running (the wall clock jumped): shown at once.
    else if (wasTicking) delay = 0;
    else if (!document.hidden) {
      // Today's count follows the calendar day, even on an idle timer.
      const midnight = new Date(now).setHours(24, 0, 0, 0);
      delay = midnight - now;
      if (view.restEnd !== undefined) delay = Math.min(delay, ((view.restEnd - now - 1) % MINUTE_MS) + 1);
      else if (delay > MINUTE_MS) {
        // A device that slept past midnight wakes with that timeout still waiting on the monotonic clock.
        delay = MINUTE_MS;
        this.#lookUntil = midnight;
      }
    }
    if (delay !== undefined) this.#timeout = setTimeout(this.#onTimeout, Math.max(delay, 0));
  }
}
