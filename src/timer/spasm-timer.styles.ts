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
  .dial {
    position: relative;
    inline-size: min(100%, 14rem);
    aspect-ratio: 1;
    margin: auto;
    display: grid;
    place-content: center;
    text-align: center;
  }
  .ring {
    position: absolute;
    rotate: -90deg;
    fill: none;
    stroke-width: 8;
    stroke: var(--spasm-color-track, #8886);
  }
  .progress {
    stroke: var(--_accent);
    transition: stroke-dashoffset 0.3s;
  }
  .time {
    font-size: 3em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .mode {
    color: var(--_accent);
    font-weight: 700;
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
