import { css } from 'lit';

export const timerStyles = css`
  :host {
    --_cold: var(--spasm-color-cold, #0b5ea8);
    --_heat: var(--spasm-color-heat, #b02e0c);
    --_mode: var(--_cold);
    --_track: var(--spasm-color-track, color-mix(in srgb, var(--_text) 15%, transparent));
  }
  .base.heat {
    --_mode: var(--_heat);
  }
  .modes {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .modes legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  .modes label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    padding-inline: 1rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    cursor: pointer;
  }
  .modes label:has(:checked) {
    border-color: var(--_mode);
    font-weight: 700;
  }
  .modes input {
    margin: 0;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_mode);
  }
  .dial {
    position: relative;
    inline-size: min(100%, 14rem);
    aspect-ratio: 1;
    margin-inline: auto;
    display: grid;
    place-items: center;
  }
  .ring {
    position: absolute;
    inset: 0;
    transform: rotate(-90deg);
    fill: none;
    stroke-width: 8;
  }
  .track {
    stroke: var(--_track);
  }
  .progress {
    stroke: var(--_mode);
    stroke-linecap: round;
    transition: stroke-dashoffset 0.3s linear;
  }
  .readout {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
    text-align: center;
  }
  .time {
    font-size: 3em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .mode-label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    color: var(--_mode);
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.75rem;
  }
  button.primary {
    background: var(--_mode);
    border-color: var(--_mode);
  }
  button {
    border-color: var(--_mode);
  }
  .safety {
    display: flex;
    gap: 0.5rem;
    align-items: start;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_mode);
    background: color-mix(in srgb, var(--_mode) 8%, transparent);
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
    .track {
      stroke: GrayText;
    }
    .mode-label {
      color: CanvasText;
    }
  }
`;
