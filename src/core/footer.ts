import { html, nothing, type TemplateResult } from 'lit';
import { clinicalReviews, machineDraftLocales } from '../generated/clinical-reviews.js';
import { reviewIsDue } from './content-review.js';
import { lazyPart } from './lazy.js';
import type { LocaleController } from './locale-controller.js';
import { msg, siteLocales } from './localization.js';
import { safetyFooter } from './safety.js';
import { signOffOf, type SignOffView } from './signoff.js';
import { UrgentHelp, type UrgentHost } from './urgent-help.js';

/** The "Sources and review" panel: rarely opened, so it loads on the first open (a server loads it before rendering). */
export const sourcesPanel = lazyPart(() => import('./sources-panel.js'));

/**
 * The footer of every widget: the urgent signs with the numbers (or the
 * reminder that leads to them), the disclaimer with its notes, and the
 * "Sources and review" disclosure with the site's clinical sign-off.
 */
export class WidgetFooter {
  readonly urgentHelp: UrgentHelp;
  readonly #host: UrgentHost;
  readonly #localization: LocaleController;
  /** The sign-off as last read, and the inherited attributes and locale it was read with. */
  #signOff?: { view: SignOffView | undefined; changes: number; locale: string };

  constructor(host: UrgentHost, localization: LocaleController) {
    this.#host = host;
    this.#localization = localization;
    this.urgentHelp = new UrgentHelp(host);
  }

  /**
   * Call while rendering (msg() resolves in the widget's locale).
   * `hostContent`: the host replaced the default content, which the sources
   * panel then says is the site's.
   */
  render(headingLevel: number, { hostContent }: { hostContent: boolean }): TemplateResult {
    const { locale } = this.#localization;
    // Read on every widget, the panel open or not: a broken sign-off warns at once.
    const signOff = this.#currentSignOff(locale);
    const openSources = (event: Event) => {
      if ((event.target as HTMLDetailsElement).open) void sourcesPanel.load(this.#host, locale);
    };
    return safetyFooter(
      this.urgentHelp.render(locale, headingLevel),
      { machineTranslated: this.#machineTranslated(locale), reviewDue: reviewIsDue() },
      html`<details part="sources" @toggle=${openSources}>
        <summary>
          ${msg('Sources and review', { id: 'common.sources', desc: 'Opens where the content comes from and when it was checked.' })}
        </summary>
        ${sourcesPanel.module?.sourcesPanel(locale, hostContent, signOff) ?? nothing}
      </details>`
    );
  }

  /** Loads the sources panel, which a server-rendered footer shows already. */
  loadSources(): Promise<void> {
    return sourcesPanel.load(this.#host, this.#localization.locale);
  }

  /** A current clinical review outweighs the machine draft it checked; a site's own language is the site's. */
  #machineTranslated(locale: string): boolean {
    return machineDraftLocales.includes(locale) && !siteLocales.has(locale) && !Object.hasOwn(clinicalReviews, locale);
  }

  /** Read again only when an inherited attribute or the language changed, not on each render (the timer's is per second). */
  #currentSignOff(locale: string): SignOffView | undefined {
    const changes = this.#localization.inheritedChanges;
    if (this.#signOff?.changes !== changes || this.#signOff.locale !== locale)
      this.#signOff = { view: signOffOf(this.#host, locale), changes, locale };
    return this.#signOff.view;
  }
}
