import { css } from 'lit';

export const quizStyles = css`
  :host {
    --_right: var(--spasm-color-right, #1e6b34);
    --_wrong: var(--spasm-color-wrong, #a4262c);
  }
  /* The line that it needs JavaScript: only while a server-rendered quiz has no script (shared.styles.ts). */
  :host(:defined) .no-script {
    display: none;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    border: 0;
    padding: 0;
    margin: 0;
  }
  legend {
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  /* "Question 2 of 9" sits in the legend, so it is part of the question's name; it still looks like a note above it. */
  .position {
    display: block;
    font-weight: 400;
    margin-block-end: 0.75rem;
  }
  input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .right {
    --_mark: var(--_right);
  }
  .wrong {
    --_mark: var(--_wrong);
  }
  /* The verdict is coloured (and has an icon and words); explanations keep the text colour. */
  label.right,
  label.wrong,
  p.right,
  p.wrong,
  .verdict {
    border-color: var(--_mark);
    color: var(--_mark);
  }
  /* Options nobody chose and that were wrong: quiet, not the active colour. */
  .neutral {
    border-color: var(--spasm-color-muted, #8886);
  }
  .missed {
    border-style: dashed;
    border-color: var(--_right);
  }
  .tag {
    margin-inline-start: auto;
    font-size: 0.85em;
    font-weight: 700;
  }
  .hint {
    color: var(--_wrong);
    font-weight: 700;
  }
  .score {
    font-size: 1.6em;
    font-weight: 700;
  }
  .feedback {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_mark);
  }
  .verdict,
  .prompt {
    font-weight: 700;
  }
  .review {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  [part='results'] {
    display: grid;
    gap: 0.75rem;
  }
  .primary {
    justify-self: start;
  }
`;
