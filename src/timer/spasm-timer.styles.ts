import { css } from 'lit';

export const timerStyles = css`
  :host {
    --_accent: var(--spasm-color-cold, #0b5ea8);
  }
  .heat {
    --_accent: var(--spasm-color-heat, #b02e0c);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5rem;
  }
  fieldset {
    border: 0;
    padding: 0;
  }
  :checked {
    accent-color: var(--_accent);
  }
  /* The ring sizes everything inside it (cqi): the time stays on one line at any text size. */
  .dial {
    position: relative;
    inline-size: min(100%, 14rem);
    aspect-ratio: 1;
    margin: auto;
    display: grid;
    place-content: center;
    text-align: center;
    container-type: inline-size;
  }
  .dial > * {
    font-size: min(1em, 8cqi);
  }
  .ring {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    rotate: -90deg;
    fill: none;
    stroke-width: 8;
    stroke: var(--spasm-color-track, #8886);
  }
  .progress {
    stroke: var(--_accent);
    transition: stroke-dashoffset 0.3s;
  }
  /* .time, .mode and .status beat .dial > * by coming after it (same specificity). */
  .time,
  .clock {
    font-size: 20cqi;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .next {
    max-inline-size: 70cqi;
  }
  .clock {
    display: block;
  }
  .mode {
    color: var(--_accent);
    font-weight: 700;
    white-space: nowrap;
    flex-wrap: nowrap;
  }
  /* Paused looks paused: digits and ring dimmed, the word larger. */
  .paused :is(.time, .progress) {
    opacity: 0.45;
  }
  .status {
    font-size: min(1.5em, 11cqi);
    font-weight: 700;
  }
  .take-off {
    font-size: 1.4em;
    font-weight: 700;
    text-align: center;
  }
  .safety {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    .progress {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .progress {
      stroke: Highlight;
    }
  }
`;
