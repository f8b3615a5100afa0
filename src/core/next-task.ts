/**
 * Resolves in a task of its own, after what the page already queued: a
 * message the page posts to itself. A widget's first render waits for one
 * (spasm-element.ts), so three widgets on a phone are three tasks of the
 * main thread, not one long one that holds back a tap (issue 25 §1).
 * A message, not `setTimeout`: no 4 ms clamp, and a fake clock that holds
 * the page's timers doesn't hold the widgets' first render.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
