import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { supportedLocales } from '../src/core/localization.js';
import { languageName } from './languages.js';
import { widget } from './story-helpers.js';

/** Each widget once per locale, side by side: for translators and reviewers to compare. */
const everyLocale = (widget: (locale: string) => TemplateResult): TemplateResult =>
  html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));">
    ${supportedLocales.map(
      (locale) =>
        html`<section lang=${locale} aria-label=${languageName(locale)}>
          <p style="font-weight: 700; margin: 0 0 0.5rem">${languageName(locale)} (${locale})</p>
          ${widget(locale)}
        </section>`
    )}
  </div>`;

const meta = {
  title: 'All languages',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
} satisfies Meta;

export default meta;

type Story = StoryObj;

export const Timer: Story = { render: () => everyLocale(() => widget('spasm-timer')) };

export const Checklist: Story = { render: () => everyLocale(() => widget('spasm-checklist')) };

export const Quiz: Story = { render: () => everyLocale(() => widget('spasm-quiz')) };
