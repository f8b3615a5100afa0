import { html, type TemplateResult } from 'lit';

/**
 * A page-like wrapper that themes the widgets inside it through their public
 * custom properties only; `extra` adds a widget's own (e.g. its mode colours).
 * Every pairing keeps WCAG AA contrast.
 */
export const themed = (content: TemplateResult, extra = ''): TemplateResult =>
  html`<div
    style="
      --spasm-color-accent: #0b5d5b;
      --spasm-color-surface: #fdf6ec;
      --spasm-color-text: #1f2933;
      --spasm-color-urgent: #8b1a1a;
      --spasm-focus-ring: 3px dashed #0b5d5b;
      --spasm-radius: 1.25rem;
      --spasm-spacing: 1.5rem;
      max-inline-size: 36rem;
      font-family: Georgia, serif;
      ${extra}
    "
  >
    ${content}
  </div>`;
