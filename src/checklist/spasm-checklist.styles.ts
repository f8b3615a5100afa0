import { css } from 'lit';

export const checklistStyles = css`
  .steps,
  ul {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .steps {
    display: grid;
    gap: 0.5rem;
  }
  /* Box, title and the step's number line up on the title's first line, however it wraps. */
  .steps label {
    border: 0;
    padding-inline: 0;
    font-weight: 700;
    align-items: baseline;
  }
  input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }
  .subtitle {
    font-weight: 700;
  }
  .complete {
    font-weight: 700;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
