/**
 * The end-of-session signal, each part opt-in: a chime (`sound`) and a
 * vibration (`vibrate`). Synthesized, so there are no audio files to fetch,
 * and silent rather than failing where a browser refuses. Loaded only by
 * timers that use them, on their first Start or at a session's end.
 */

/**
 * Two soft descending tones, about a second long. `unlocked` was made on the Start click; without one (a
 * session that ran on after a reload), a context is made now only if the user has interacted with the page
 * since, which lets it play (browsers refuse, with a console warning, a context made before any interaction).
 */
export function playChime(unlocked: AudioContext | undefined): void {
  try {
    const made = !unlocked && navigator.userActivation?.hasBeenActive ? new AudioContext() : undefined;
    const context = unlocked ?? made;
    if (!context) return;
    // A context of our own is closed once the chime is over: browsers allow only a few at a time.
    if (made) setTimeout(() => void made.close().catch(() => undefined), 1500);
    const start = context.currentTime;
    [880, 660].forEach((frequency, index) => {
      const at = start + index * 0.35;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.65);
    });
  } catch {
    // Sound is a courtesy; the visible and announced "done" is what counts.
  }
}

/** Vibrates where supported, and only after the user has interacted (else browsers log an intervention). */
export function vibrate(): void {
  try {
    if (navigator.userActivation?.hasBeenActive) navigator.vibrate?.([200, 100, 200]);
  } catch {
    // Not supported here.
  }
}
