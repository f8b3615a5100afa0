/**
 * A session's end, felt and heard where the host asked (`sound`, `vibrate`):
 * the chime and the vibration are in end-signal.ts, loaded only by timers
 * that use them. Here, what must happen on the Start click itself.
 */
import { lazy } from '../core/lazy.js';

const endSignal = lazy(() => import('./end-signal.js'));

/** Which signals the host asked for. */
export interface SignalChoice {
  sound: boolean;
  vibrate: boolean;
}

export class SessionEndSignal {
  /** The context the chime plays in, made on a Start click (a user gesture). */
  #audio?: AudioContext;

  /**
   * On Start: loads the signal with the first session that needs it, not with every page. Browsers let
   * audio start only from a user gesture (a click, not a script's start()): the context is made in one,
   * and used at the end. Without one, end-signal.ts makes it at the end if the user has interacted.
   */
  prepare({ sound, vibrate }: SignalChoice): void {
    if (sound || vibrate) endSignal.load().catch(() => undefined);
    try {
      if (sound && navigator.userActivation?.isActive !== false)
        void (this.#audio ??= new AudioContext()).resume().catch(() => undefined);
    } catch {
      // No Web Audio here: the chime stays silent.
    }
  }

  /** At a session's end, the signals `choice` asks for once loaded (after a reload, it loads now); silent where it can't. */
  give(choice: SignalChoice): void {
    if (!choice.sound && !choice.vibrate) return;
    endSignal
      .load()
      .then((signal) => {
        if (choice.sound) signal.playChime(this.#audio);
        if (choice.vibrate) signal.vibrate();
      })
      .catch(() => undefined);
  }
}
