import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Printing the page (Ctrl+P too, not only "Print my plan"): the disclosures
 * marked `data-print-open` (both tiers of warning signs) print expanded, and
 * close again after.
 */
export class PrintExpansion implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  #opened: HTMLDetailsElement[] = [];

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#open);
    window.addEventListener('afterprint', this.#close);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#open);
    window.removeEventListener('afterprint', this.#close);
  }

  readonly #open = () => {
    const closed = [...this.#host.renderRoot.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')];
    this.#opened = closed.filter((details) => !details.open);
    for (const details of this.#opened) details.open = true;
  };

  readonly #close = () => {
    for (const details of this.#opened) details.open = false;
    this.#opened = [];
  };
}
