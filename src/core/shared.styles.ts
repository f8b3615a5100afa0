import { css } from 'lit';

/**
 * Styles every widget shares. Public `--spasm-*` custom properties are the
 * theming API; `--_accent` is the private copy widgets refine (the timer's
 * cold and heat colours). Defaults follow the page: its font, its text
 * colour, no background of our own. Kept lean: every byte here ships in
 * every widget.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_accent: var(--spasm-color-accent, #1a5fb4);
    color: var(--spasm-color-text, inherit);
  }
  /* Until the first render (messages, stored state), hold a screen's height, as the README's
     :not(:defined) rule does before the upgrade: the article below stays out of view, not jumping.
     Not a server-rendered widget whose script hasn't run: its content is there already. */
  :host(:defined:not(:state(rendered))) {
    min-height: 100vh;
  }
  /* Server-rendered (src/ssr), before or without its script: what needs a script would do nothing. */
  :host(:not(:defined)) :is(button, .needs-script) {
    display: none !important;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    display: grid;
    /* One column that never grows past the card: a long web address breaks instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    padding: var(--spasm-spacing, 1rem);
    background: var(--spasm-color-surface, none);
    border: 1px solid;
    border-radius: var(--spasm-radius, 0.75rem);
    /* Lines break between words; a word breaks only when it alone is wider than the line (a web address). */
    overflow-wrap: break-word;
  }
  /* Korean is written with spaces between words: keep each word whole, as other languages do. */
  .base:lang(ko) {
    word-break: keep-all;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  .note {
    color: var(--spasm-color-muted, inherit);
    font-size: 0.9em;
  }
  /* Tap targets: at least 44 px high, their contents centred. */
  button,
  label,
  summary {
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
  }
  button,
  label {
    display: inline-flex;
    font: inherit;
    color: inherit;
    background: none;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: 0.5rem;
  }
  /*
   * A secondary action that should not compete with the main one (only the checklist has one today, in a
   * flex row). It stays here: the timer's and quiz's --spasm-color-muted would otherwise have a single
   * fallback, which check:manifest rejects as a default that differs between widgets.
   */
  .quiet {
    border-width: 1px;
    border-color: var(--spasm-color-muted, currentColor);
    font-size: 0.9em;
  }
  /* Checkboxes, radios and icons keep their size when a label wraps. */
  input,
  .icon {
    flex-shrink: 0;
  }
  .primary {
    background: var(--_accent);
    color: var(--spasm-color-on-accent, #fff);
    font-weight: 700;
  }
  [aria-disabled='true'] {
    opacity: 0.6;
  }
  :focus-visible {
    outline: var(--spasm-focus-ring, 3px solid var(--_accent));
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Printing the page: no control prints (the warning signs open themselves for print: spasm-element.ts). */
  @media print {
    button {
      display: none !important;
    }
  }
  /* The urgent signs: one box in every widget, its border kept in forced colours. */
  .urgent {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    padding: 0.75rem;
    border: 3px solid var(--spasm-color-urgent, #a4262c);
    border-inline-start-width: 8px;
    border-radius: 0.5rem;
    color: var(--spasm-color-text, inherit);
    font-size: 1rem;
  }
  .urgent ul {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .urgent .icon {
    stroke: var(--spasm-color-urgent, #a4262c);
  }
  a {
    color: inherit;
    font-weight: 700;
    /* A web address has no words to keep whole. */
    overflow-wrap: anywhere;
  }
  summary {
    cursor: pointer;
    display: flex;
    color: var(--_accent);
    text-decoration: underline;
  }
  /* A chevron that turns when the disclosure opens. */
  summary::before {
    content: '';
    flex-shrink: 0;
    inline-size: 0.45em;
    block-size: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    rotate: -45deg;
    transition: rotate 0.2s;
  }
  :dir(rtl) summary::before {
    rotate: 135deg;
  }
  [open] > summary::before {
    rotate: 45deg;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .icon {
    inline-size: 1.25em;
    vertical-align: -0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    .primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
