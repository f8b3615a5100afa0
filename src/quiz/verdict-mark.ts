/** The marks of right and wrong: an icon beside the words, never the icon alone. */
import { html, type TemplateResult } from 'lit';
import { verdictText } from './answer-text.js';

export type Verdict = 'right' | 'wrong';

const ICON_PATHS: Record<Verdict, string> = { right: 'M4 12l5 5L20 6', wrong: 'M6 6l12 12M18 6 6 18' };

/** A check mark or a cross, hidden from screen readers: the words beside it say the same. */
export function verdictIcon(kind: Verdict): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICON_PATHS[kind]} /></svg>`;
}

export const verdictOf = (right: boolean): Verdict => (right ? 'right' : 'wrong');

/** "✓ Right!" or "✗ Not quite.". */
export function verdictMark(right: boolean): TemplateResult {
  return html`${verdictIcon(verdictOf(right))} ${verdictText(right)}`;
}
