import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { settled, themed, widget } from './story-helpers.js';
import '../src/timer/define.js';
import type { TimerMode } from '../src/timer/spasm-timer.js';
import type { StoredTimer } from '../src/timer/timer-storage.js';

/** Args are named after the element's attributes; the CSS custom properties' controls come from the manifest. */
interface TimerArgs {
  mode: TimerMode;
  minutes: number;
  'rest-minutes': number;
  persist: boolean;
  'storage-key': string;
  sound: boolean;
  vibrate: boolean;
  notify: boolean;
  'title-countdown': boolean;
  'wake-lock': boolean;
  'episode-start'?: string;
  'calendar-sessions': number;
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
    notify: false,
    'title-countdown': false,
    'wake-lock': false,
    'calendar-sessions': 3,
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

/** A timer with a session started from the render (docs pages run no play functions). Names and tags go in each story. */
const started: Story = {
  render: (args) => widget('spasm-timer', args, { state: (timer) => timer.start() }),
  play: settled,
};

export const Running: Story = { ...started, tags: ['state:running'] };

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

/** A story loader that stores, under `key`, a 15-minute cold session that ended at `endedAt()`. */
const storedSessionEnded = (key: string, endedAt: () => number) => () => {
  const durationMs = 15 * 60_000;
  const ended = endedAt();
  const startedAt = ended - durationMs;
  const stored: StoredTimer = {
    version: 2,
    state: { status: 'done', mode: 'cold', durationMs, startedAt, endedAt: ended },
    changedAt: startedAt,
    history: [{ mode: 'cold', startedAt, endedAt: ended, ranMs: durationMs }],
  };
  localStorage.setItem(key, JSON.stringify(stored));
  return {};
};

/** A cold session that ended a minute ago, read from storage: the skin now rests. */
export const DoneResting: Story = {
  name: 'Done / resting',
  tags: ['state:done'],
  loaders: [storedSessionEnded(DONE_KEY, () => Date.now() - 60_000)],
  args: { persist: true, 'storage-key': DONE_KEY },
};

const BRITISH_KEY = 'spasm-timer-story-done-gb';

/**
 * The same, on a British page (`lang="en-GB"`): the English messages, and the
 * next session's time on a 24-hour clock, as the reader's own variety writes it.
 */
export const DoneRestingBritish: Story = {
  name: 'Done / resting, en-GB (24-hour clock)',
  tags: ['state:done'],
  loaders: [storedSessionEnded(BRITISH_KEY, () => Date.now() - 60_000)],
  args: { persist: true, 'storage-key': BRITISH_KEY },
  render: (args) => widget('spasm-timer', args, { lang: 'en-GB' }),
};

/** Paused at 200 % text: the ring and its digits grow with the text, "Paused" under the ring. */
export const PausedLargeText: Story = {
  name: 'Paused, 200 % text',
  tags: ['state:paused'],
  render: (args) =>
    html`<div style="font-size: 200%">
      ${widget('spasm-timer', args, {
        state: (timer) => {
          timer.start();
          timer.pause();
        },
      })}
    </div>`,
  play: settled,
};

/** A local ISO date `days` before today. */
const daysAgo = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/**
 * The site knows the spasm started three days ago (`episode-start`): heat is
 * chosen, with the sentence why. Without it, the user can answer "When did the
 * spasm start?"; in the first day or two, cold is chosen.
 */
export const StartDayKnown: Story = {
  name: 'Start day known (heat after two days)',
  tags: ['state:start-day-known'],
  args: { 'episode-start': daysAgo(3) },
};

const CALENDAR_KEY = 'spasm-timer-story-calendar';

/**
 * After a morning session the skin rests: "Add the next sessions to my
 * calendar" downloads today's next sessions (up to `calendar-sessions`) as an
 * .ics file built in the browser. With no session left before midnight,
 * there is no button.
 */
export const NextSessionsInCalendar: Story = {
  tags: ['state:calendar-button'],
  // Resting, with the next session still today whenever the story is opened.
  loaders: [
    storedSessionEnded(CALENDAR_KEY, () => {
      const now = Date.now();
      const restEnd = now + Math.min(100 * 60_000, (new Date().setHours(24, 0, 0, 0) - now) / 2);
      return restEnd - 120 * 60_000;
    }),
  ],
  args: { persist: true, 'storage-key': CALENDAR_KEY },
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

/*
 * The end of a session reaching the user (issue 11 §1), each opt-in. What they do happens while the page is
 * hidden or after a click (a notification, the tab's title, the screen kept on): each story says how to see it.
 */

/** Press Start: the browser asks once whether this page may notify you; switch tabs and the end comes as a notification. */
export const Notify: Story = { tags: ['state:idle'], args: { notify: true } };

/** A session runs: switch to another tab and this tab's title shows the time left, once a minute. */
export const TitleCountdown: Story = {
  ...started,
  name: 'Title countdown',
  tags: ['state:running'],
  args: { 'title-countdown': true },
};

const ENDED_KEY = 'spasm-timer-story-ended';

/**
 * A cold session that ended five minutes ago while the page was closed (read from storage): with `notify` or
 * `title-countdown`, the banner says when, until "Got it".
 */
export const EndedUnseen: Story = {
  name: 'Ended unseen (banner)',
  tags: ['state:ended-banner'],
  loaders: [
    () => {
      const durationMs = 15 * 60_000;
      const endsAt = Date.now() - 5 * 60_000;
      const startedAt = endsAt - durationMs;
      const stored: StoredTimer = {
        version: 2,
        state: { status: 'running', mode: 'cold', durationMs, startedAt, endsAt },
        changedAt: startedAt,
        history: [],
      };
      localStorage.setItem(ENDED_KEY, JSON.stringify(stored));
      return {};
    },
  ],
  args: { persist: true, 'storage-key': ENDED_KEY, 'title-countdown': true },
};

/** A session runs with the screen kept on, where the browser has a wake lock; it lets go on pause and at the end. */
export const WakeLock: Story = {
  ...started,
  name: 'Wake lock',
  tags: ['state:running'],
  args: { 'wake-lock': true },
};
