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
  .steps label {
    border: 0;
    padding-inline: 0;
    font-weight: 700;
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
  /* Print and Start over: secondary actions that should not compete with the main one. Only the checklist has them. */
  .quiet {
    border-width: 1px;
    border-color: var(--spasm-color-muted, currentColor);
    font-size: 0.9em;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
