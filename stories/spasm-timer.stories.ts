import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { settled, themed, widget } from './story-helpers.js';
import '../src/timer/define.js';
import type { TimerMode } from '../src/timer/spasm-timer.js';
import type { StoredTimer } from '../src/timer/timer-storage.js';

/** Args are named after the element's attributes. */
interface TimerArgs {
  mode: TimerMode;
  minutes: number;
  'rest-minutes': number;
  persist: boolean;
  'storage-key': string;
  sound: boolean;
  vibrate: boolean;
}

type Story = StoryObj<TimerArgs>;

const meta = {
  title: 'Widgets/Timer',
  component: 'spasm-timer',
  // A Docs page from custom-elements.json: attributes (with controls), properties, events, parts, CSS properties.
  tags: ['autodocs'],
  args: {
    mode: 'cold',
    minutes: 15,
    'rest-minutes': 120,
    persist: false,
    'storage-key': 'spasm-timer-story',
    sound: false,
    vibrate: false,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['cold', 'heat'] },
    minutes: { control: { type: 'range', min: 5, max: 20, step: 1 } },
    'rest-minutes': { control: { type: 'number', min: 120, max: 1440, step: 10 } },
  },
  render: (args) => widget('spasm-timer', args),
} satisfies Meta<TimerArgs>;

export default meta;

/*
 * A story named after a state shows it on its own page and on the docs page
 * (which runs no play functions): the state is set from the render, and its
 * `state:` tag is what the story smoke test checks there (scripts/smoke-stories.mjs).
 */

export const Idle: Story = { tags: ['state:idle'] };

export const Running: Story = {
  tags: ['state:running'],
  render: (args) => widget('spasm-timer', args, { state: (timer) => timer.start() }),
  play: settled,
};

export const Paused: Story = {
  tags: ['state:paused'],
  render: (args) =>
    widget('spasm-timer', args, {
      state: (timer) => {
        timer.start();
        timer.pause();
      },
    }),
  play: settled,
};

const DONE_KEY = 'spasm-timer-story-done';

/** A cold session that ended a minute ago, read from storage: the skin now rests. */
export const DoneResting: Story = {
  name: 'Done / resting',
  tags: ['state:done'],
  loaders: [
    () => {
      const endedAt = Date.now() - 60_000;
      const durationMs = 15 * 60_000;
      const startedAt = endedAt - durationMs;
      const stored: StoredTimer = {
        version: 2,
        state: { status: 'done', mode: 'cold', durationMs, startedAt, endedAt },
        changedAt: startedAt,
        history: [{ mode: 'cold', startedAt, endedAt, ranMs: durationMs }],
      };
      localStorage.setItem(DONE_KEY, JSON.stringify(stored));
      return {};
    },
  ],
  args: { persist: true, 'storage-key': DONE_KEY },
};

export const Cold: Story = { args: { mode: 'cold' } };

export const Heat: Story = { args: { mode: 'heat' } };

export const Spanish: Story = { render: (args) => widget('spasm-timer', args, { lang: 'es' }) };

export const PseudoLocale: Story = {
  name: 'Pseudo-locale (en-XA)',
  render: (args) => widget('spasm-timer', args, { lang: 'en-XA' }),
};

export const Themed: Story = {
  render: (args) => themed(widget('spasm-timer', args), '--spasm-color-cold: #00507a; --spasm-color-heat: #9a2a0a;'),
};
