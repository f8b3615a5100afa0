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
  summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    color: var(--_accent);
    text-decoration: underline;
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
  [part='footer'] p:first-child {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--spasm-color-urgent, #a4262c);
    color: var(--spasm-color-text, inherit);
    font-size: 1rem;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
