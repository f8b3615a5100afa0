import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { overrideMessages, registerTranslation } from '../src/index.js';

/**
 * A site's own language and wording, at run time (README, "Your own language
 * or wording"): Albanian, which we don't ship, registered with a few
 * messages (the rest stays English), then one word changed by an override.
 * In a real page the messages come from `npx spasm-widgets-l10n compile`.
 * Albanian only: a language no other story uses, so nothing else changes.
 */
const registered = registerTranslation('sq', {
  'timer.title': 'Kohëmatës akulli dhe nxehtësie',
  'timer.start': 'Fillo',
  'timer.mode.cold': 'I ftohtë',
  'timer.mode.heat': 'I nxehtë',
  'timer.time.label': 'Kanë mbetur {0}',
}).then(() => overrideMessages('sq', { 'timer.mode.heat': 'Jastëk ngrohës' }));

const meta = {
  title: 'Localization/A site’s own language',
  parameters: { controls: { disable: true } },
  // Renders once the messages are in, so the story shows them from its first frame.
  loaders: [() => registered],
} satisfies Meta;

export default meta;

type Story = StoryObj;

export const RegisteredLanguage: Story = {
  name: 'Albanian, registered by the site, one word overridden',
  render: () => html`<spasm-timer lang="sq"></spasm-timer>`,
};
