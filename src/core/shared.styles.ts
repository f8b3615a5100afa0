import { css } from 'lit';

/**
 * Styles every widget shares. Public `--spasm-*` custom properties are the
 * theming API; each is read once here into a private `--_*` variable so the
 * widgets' own rules have a single fallback chain.
 */
export const sharedStyles = css`
  :host {
    display: block;
    /* Defaults follow the page: its text colour, no background of our own. */
    --_text: var(--spasm-color-text, currentColor);
    --_surface: var(--spasm-color-surface, transparent);
    --_muted: var(--spasm-color-muted, color-mix(in srgb, var(--_text) 80%, transparent));
    --_border: var(--spasm-color-border, color-mix(in srgb, var(--_text) 30%, transparent));
    --_accent: var(--spasm-color-accent, #1a5fb4);
    --_focus: var(--spasm-focus-ring, 3px solid var(--_accent));
    --_radius: var(--spasm-radius, 0.75rem);
    --_gap: var(--spasm-spacing, 1rem);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    border-radius: calc(var(--_radius) * 0.66);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--spasm-color-on-accent, #fff);
    font-weight: 700;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: var(--_focus);
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
  svg {
    fill: currentColor;
    flex: none;
  }
  @media (forced-colors: active) {
    button,
    .base {
      border-color: ButtonText;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
