/**
 * When the timer renders again: while a session runs in a visible page, once
 * a second on the page's shared clock (every timer at the same whole
 * second), and a timeout for the session's exact end; once a minute during
 * skin rest; never while idle. While the page is hidden only the session's
 * end is awaited, so the end signal still sounds. A page coming back into
 * view renders at once.
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
  /** Leaves the page's shared every-second clock (core/ticker.ts); set while a session runs in a visible page. */
  #stopTicking?: () => void;
  readonly #onVisibilityChange = () => {
    this.#host.tick();
    this.schedule();
  };

  constructor(host: TickerHost) {
    this.#host = host;
    host.element.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#host.tick();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.schedule();
  }

  /** Plans the next render, after each render: the timer's state may have changed. */
  schedule(): void {
    clearTimeout(this.#timeout);
    this.#timeout = undefined;
    // The clock, not the last render's reading: a hidden page renders on a property set long after its last tick.
    const now = this.#host.now();
    const view = this.#host.view(now);
    const connected = this.#host.element.isConnected;
    const running = connected && view.status === 'running';
    if (running && !document.hidden) this.#stopTicking ??= everySecond(this.#host.tick);
    else {
      this.#stopTicking?.();
      this.#stopTicking = undefined;
    }
    if (!connected) return;
    let delay: number | undefined;
    if (running) delay = view.remainingMs;
    else if (!document.hidden && view.restEnd !== undefined) delay = ((view.restEnd - now - 1) % MINUTE_MS) + 1;
    if (delay !== undefined) this.#timeout = setTimeout(this.#host.tick, Math.max(delay, 0));
  }
}
