/**
 * Loads the opt-in session companion (`notify`, `title-countdown`,
 * `wake-lock`, session-companion.ts) for the timers that use it, and only for
 * them. It loads before their render: its banner may be due (a session that
 * ended while the page was closed), and it must be there by the Start click,
 * whose gesture its permission request needs.
 */
import { lazy } from '../core/lazy.js';
import type { CompanionHost, SessionCompanion } from './session-companion.js';

const sessionCompanion = lazy(() => import('./session-companion.js'));

export class CompanionLoader {
  readonly #host: CompanionHost;
  readonly #announce: (text: () => string) => void;
  /** This timer's companion, made once: a module that fails is not tried again. */
  #made?: Promise<void>;
  /** The companion, once its module has loaded. */
  companion?: SessionCompanion;

  constructor(host: CompanionHost, announce: (text: () => string) => void) {
    this.#host = host;
    this.#announce = announce;
  }

  /** Loads the companion if the timer uses it: the timer's render waits for it. */
  get ready(): Promise<void> | undefined {
    const { notify, titleCountdown, wakeLock } = this.#host;
    if (!notify && !titleCountdown && !wakeLock) return undefined;
    this.#made ??= sessionCompanion.load().then(
      (module) => void (this.companion = new module.SessionCompanion(this.#host, this.#announce)),
      // Like the chime, a courtesy: without its module the timer works on.
      () => undefined
    );
    return this.#made;
  }
}
