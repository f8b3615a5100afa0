/// <reference types="vite/client" />
/**
 * The widgets as a patient meets them: on a phone, at 200 % text, in forced
 * colours, on a dark site, in English and Arabic, and three to an article.
 * Screenshot stories for the states the phone work fixed; the smoke test runs
 * axe on each (the forced-colours ones with forced colours emulated) and checks
 * the state each names in a `state:` tag. These set their states in play
 * functions: the file has no docs page.
 */
import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import readme from '../README.md?raw';
import { rendered, until } from './story-helpers.js';
import '../src/define.js';

/** A phone's column: 320 or 375 px wide, text at 100 or 200 %. */
const phone = (content: TemplateResult, width = 375, text = 100): TemplateResult =>
  html`<div style="inline-size: ${width}px; font-size: ${text}%; border: 1px dashed #8886">${content}</div>`;

/** The README's dark-mode snippet, as a site copies it, unwrapped from its media query. */
const darkSnippet = (/### Theming and dark mode[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1] ?? '').replace(
  /^@media \(prefers-color-scheme: dark\) \{([\s\S]*)\}\s*$/,
  '$1'
);
const dark = (content: TemplateResult): TemplateResult =>
  html`<style>
      ${darkSnippet}
    </style>
    <div style="background: #1f2428; color: #f1f3f4; padding: 1rem">${content}</div>`;

/** A finished cold session stored for the timer to read back: the "take the pack off" state without waiting. */
function storeFinishedSession(key: string): void {
  const now = Date.now();
  const startedAt = now - 16 * 60_000;
  const endedAt = now - 60_000;
  localStorage.setItem(
    key,
    JSON.stringify({
      version: 2,
      state: { status: 'done', mode: 'cold', durationMs: 900_000, startedAt, endedAt },
      changedAt: endedAt,
      history: [{ mode: 'cold', startedAt, endedAt, ranMs: 900_000 }],
    })
  );
}

async function startThenPause(canvas: HTMLElement): Promise<void> {
  const timer = await rendered(canvas, 'spasm-timer');
  timer.start();
  timer.pause();
  await timer.updateComplete;
}

const meta = {
  title: 'Patient on a phone',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const TimerRunningLargeText: Story = {
  name: 'Timer: 320 px, 200 % text, running',
  tags: ['state:running'],
  render: () => phone(html`<spasm-timer lang="en-GB"></spasm-timer>`, 320, 200),
  play: async ({ canvasElement }) => (await rendered(canvasElement, 'spasm-timer')).start(),
};

export const TimerRunningArabic: Story = {
  name: 'Timer: 320 px, 200 % text, Arabic',
  tags: ['state:running'],
  render: () => phone(html`<spasm-timer lang="ar"></spasm-timer>`, 320, 200),
  play: async ({ canvasElement }) => (await rendered(canvasElement, 'spasm-timer')).start(),
};

export const TimerPaused: Story = {
  name: 'Timer: paused',
  tags: ['state:paused'],
  render: () => phone(html`<spasm-timer lang="en-GB"></spasm-timer>`),
  play: async ({ canvasElement }) => startThenPause(canvasElement),
};

export const TimerSessionOver: Story = {
  name: 'Timer: session over, take the pack off',
  tags: ['state:done'],
  render: () => {
    storeFinishedSession('story-timer-done');
    return phone(html`<spasm-timer lang="en-GB" persist storage-key="story-timer-done"></spasm-timer>`, 320, 200);
  },
};

export const ChecklistFirstScreen: Story = {
  name: 'Checklist: first screen, red-flag check',
  tags: ['state:red-flags-asked'],
  render: () => phone(html`<spasm-checklist lang="en-GB"></spasm-checklist>`),
};

export const ChecklistArabicLargeText: Story = {
  name: 'Checklist: Arabic, 200 % text',
  render: () => phone(html`<spasm-checklist lang="ar"></spasm-checklist>`, 375, 200),
};

export const ThreeWidgets: Story = {
  name: 'Three widgets in one article: one urgent block',
  render: () =>
    phone(
      html`<div style="display: grid; gap: 1rem" lang="en-GB">
        <spasm-checklist></spasm-checklist><spasm-timer></spasm-timer><spasm-quiz></spasm-quiz>
      </div>`
    ),
};

export const DarkSite: Story = {
  name: 'Dark site (the README snippet)',
  render: () =>
    dark(
      phone(
        html`<div style="display: grid; gap: 1rem" lang="en-GB">
          <spasm-checklist></spasm-checklist><spasm-timer urgent="full"></spasm-timer
          ><spasm-quiz urgent="full"></spasm-quiz>
        </div>`
      )
    ),
};

export const DarkQuizFeedback: Story = {
  name: 'Dark site: quiz feedback, "Not quite."',
  tags: ['state:answered-wrong'],
  render: () => dark(phone(html`<spasm-quiz lang="en-GB"></spasm-quiz>`)),
  play: async ({ canvasElement }) => {
    const quiz = await rendered(canvasElement, 'spasm-quiz');
    const root = quiz.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[value="true"]')!.click();
    root.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
    await until(() => root.querySelector('[part="feedback"]'), 'feedback');
  },
};

/** Forced colours (Windows High Contrast): the smoke test emulates it for stories tagged so. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['forced-colors', 'state:running'],
  render: () =>
    phone(
      html`<div style="display: grid; gap: 1rem" lang="en-GB">
        <spasm-checklist></spasm-checklist><spasm-timer urgent="full"></spasm-timer>
      </div>`
    ),
  play: async ({ canvasElement }) => (await rendered(canvasElement, 'spasm-timer')).start(),
};
