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
  /*
   * The ring grows with the text: 14em across, its text (the time, or when the next session is) in em
   * inside its inner circle. In a column narrower than that, the text goes under a smaller ring, still in
   * em: it never overlaps the ring. The status, whose words may run long, is always under the ring.
   */
  .dial {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
    text-align: center;
    container-type: inline-size;
  }
  .ring {
    grid-area: 1 / 1;
    inline-size: 60%;
    rotate: -90deg;
    fill: none;
    stroke-width: 8;
    stroke: var(--spasm-color-track, #8886);
  }
  /* Block, not grid: a grid's item can't be laid out on its own (the time, below). */
  .readout {
    display: block;
  }
  @container (inline-size >= 14em) {
    .ring {
      inline-size: 14em;
    }
    .readout {
      grid-area: 1 / 1;
      align-self: center;
    }
  }
  /*
   * The arc steps once a second with the time, with no transition: easing each step made the page repaint
   * the ring for 0.3 s of every second (issue 25). Under reduced motion it steps too: nothing animates.
   */
  .progress {
    stroke: var(--_accent);
  }
  /* Each on one line: where large text would make it wider than the column, about as wide as the column (cqi). */
  .time,
  .clock {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /*
   * The digits change every second: laid out on their own (size and layout contained, as wide as the
   * readout, one line high), a new second re-lays out the digits alone, not the dial, the card and the page
   * around them, which on a page of 50 running timers was most of their cost (issue 25). 5ch holds
   * "20:00" in any digits (tabular digits are as wide as a zero, the separator narrower), never wider than
   * the column.
   */
  .time {
    font-size: min(2.8em, 28cqi);
    contain: size layout;
    contain-intrinsic-size: min(5ch, 100cqi) 1.2em;
    contain-intrinsic-size: min(5ch, 100cqi) 1lh;
  }
  .next {
    max-inline-size: 8.5em;
    margin-inline: auto;
  }
  .clock {
    display: block;
    font-size: min(1.8em, 20cqi);
  }
  .mode {
    color: var(--_accent);
    font-weight: 700;
  }
  /* Paused looks paused: digits and ring dimmed, the word larger. At 0.55 the digits keep 4.8:1 on white, 5.3:1 on the README's dark surface. */
  .paused :is(.time, .progress) {
    opacity: 0.55;
  }
  .status {
    font-size: 1.25em;
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
  /* The text is clear of the ring, on the page's Canvas. */
  @media (forced-colors: active) {
    .ring {
      stroke: GrayText;
    }
    .progress {
      stroke: Highlight;
    }
  }
`;
