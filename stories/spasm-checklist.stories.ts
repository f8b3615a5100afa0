import { html } from 'lit';
import { CONTENT_REVIEW } from '../src/core/content-review.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { settled, themed, until, widget } from './story-helpers.js';
import '../src/checklist/define.js';
import '../src/timer/define.js';
import type { ChecklistStep, SpasmChecklist } from '../src/checklist/spasm-checklist.js';

/** Args are named after the element's attributes (and its content property); the CSS custom properties' controls come from the manifest. */
interface ChecklistArgs {
  persist: boolean;
  'storage-key': string;
  /** The id of a `<spasm-timer>` to link. */
  timer?: string;
  /** Content, as JSON in its control: set as the `steps` property. */
  steps?: ChecklistStep[];
}

type Story = StoryObj<ChecklistArgs>;

/** Clicks the checkboxes at `indexes` (all of them without `indexes`), as a user would, and checks the count. */
async function tick(element: SpasmChecklist, indexes?: number[]): Promise<void> {
  const boxes = [...(element.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
  const chosen = indexes ? indexes.map((index) => boxes[index]) : boxes;
  for (const box of chosen) {
    if (!box) throw new Error('the checklist has fewer steps than the story expects');
    box.click();
  }
  await element.updateComplete;
  if (element.done !== chosen.length) throw new Error(`expected ${chosen.length} steps done, got ${element.done}`);
}

const meta = {
  title: 'Widgets/Checklist',
  component: 'spasm-checklist',
  // A Docs page from custom-elements.json: attributes (with controls), properties, events, parts, CSS properties.
  tags: ['autodocs'],
  args: { persist: false, 'storage-key': 'spasm-checklist-story' },
  render: (args) => widget('spasm-checklist', args),
} satisfies Meta<ChecklistArgs>;

export default meta;

/*
 * A story named after a state shows it on its own page and on the docs page
 * (which runs no play functions): the state is set from the render, and its
 * `state:` tag is what the story smoke test checks there (scripts/smoke-stories.mjs).
 */

export const Default: Story = { tags: ['state:ticked-0'] };

/** The first three default steps (stop, cold, rest) ticked. */
export const PartlyDone: Story = {
  name: 'Partly done',
  tags: ['state:ticked-3'],
  render: (args) => widget('spasm-checklist', args, { state: (checklist) => tick(checklist, [0, 1, 2]) }),
  play: settled,
};

export const Complete: Story = {
  tags: ['state:ticked-all'],
  render: (args) => widget('spasm-checklist', args, { state: (checklist) => tick(checklist) }),
  play: settled,
};

const customSteps: ChecklistStep[] = [
  { id: 'sit', title: 'Sit or lie down', detail: 'Find a position that eases the pain.' },
  {
    id: 'ice',
    title: 'Put ice on it',
    detail: 'Wrap it in a towel; about 15 minutes, never more than 20.',
    therapy: 'cold',
  },
  { id: 'walk', title: 'Walk a little', detail: 'A few slow minutes, a few times a day.' },
];

/** The steps are the story's `steps` arg: edit them as JSON in its control. */
export const CustomSteps: Story = {
  name: 'Custom steps',
  args: { steps: customSteps },
};

/** The same steps as a host page would write them: a child JSON script. */
export const JsonContent: Story = {
  name: 'JSON content',
  render: (args) => widget('spasm-checklist', args, { json: { steps: customSteps } }),
};

/** The cold and heat steps get a button that starts the timer; its finished sessions tick them. */
export const LinkedWithTimer: Story = {
  name: 'Linked with a timer',
  args: { timer: 'story-timer' },
  render: (args) =>
    html`<div
      style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); align-items: start;"
    >
      <spasm-timer id="story-timer" minutes="15"></spasm-timer>
      ${widget('spasm-checklist', args)}
    </div>`,
};

export const Spanish: Story = { render: (args) => widget('spasm-checklist', args, { lang: 'es' }) };

/**
 * Presses one of the red-flag check's answers: 0 "None of these", 1 a sign of
 * the emergency list, 2 a sign of the urgent list.
 */
async function answerRedFlags(element: SpasmChecklist, answer: 0 | 1 | 2): Promise<void> {
  element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="red-flags"] .answers button')[answer].click();
  const shown = ['#red-flags-answer', '[part="emergency-card"]', '[part="advice-card"]'][answer];
  await until(() => element.shadowRoot!.querySelector(shown), shown);
}

/**
 * The check first on the page: both lists of warning signs (the emergency
 * list, the urgent list) and three answers. The number is guessed from the
 * language tag (en-GB), so it is shown with the country's name.
 */
export const RedFlagCheck: Story = {
  name: 'Red-flag check',
  tags: ['state:red-flags-asked', 'state:number-with-country'],
  render: (args) => widget('spasm-checklist', args, { lang: 'en-GB' }),
};

/** A checklist in `lang` after the red-flag answer (0 none, 1 the emergency list, 2 the urgent list). */
const answered = (lang: string, answer: 0 | 1 | 2): Story => ({
  render: (args) => widget('spasm-checklist', args, { lang, state: (checklist) => answerRedFlags(checklist, answer) }),
  play: settled,
});

// Names and tags are written in each story: Storybook's index reads them from the story's own object.
export const RedFlagNone: Story = {
  ...answered('en-GB', 0),
  name: 'Red-flag check: none',
  tags: ['state:red-flags-none'],
};

/** A sign of the urgent list: "Get medical advice today", with the advice line, above the steps. */
export const AdviceTodayGB: Story = {
  ...answered('en-GB', 2),
  name: 'Advice-today card: en-GB (NHS 111)',
  tags: ['state:advice-card'],
};
export const AdviceTodayArabic: Story = {
  ...answered('ar', 2),
  name: 'Advice-today card: ar',
  tags: ['state:advice-card'],
};

/*
 * A sign of the emergency list: the steps set aside behind the emergency card, with the
 * number for the region of the language tag (docs/emergency-numbers.md); an
 * unknown region gets "your local emergency number", never a guess.
 */
export const EmergencyCardGB: Story = {
  ...answered('en-GB', 1),
  name: 'Emergency card: en-GB (999)',
  tags: ['state:emergency-card'],
};
export const EmergencyCardUS: Story = {
  ...answered('en-US', 1),
  name: 'Emergency card: en-US (911)',
  tags: ['state:emergency-card'],
};
export const EmergencyCardGerman: Story = {
  ...answered('de', 1),
  name: 'Emergency card: de (112)',
  tags: ['state:emergency-card'],
};
export const EmergencyCardUnknownRegion: Story = {
  ...answered('en', 1),
  name: 'Emergency card: unknown region',
  tags: ['state:emergency-card'],
};

/** A host's own numbers, set once on an ancestor (here the wrapper), as on `<body>`. */
export const HostNumbers: Story = {
  name: 'Numbers set by the host',
  render: (args) =>
    html`<div emergency-number="112" urgent-number="116117" urgent-label="116117">
      ${widget('spasm-checklist', args, { lang: 'en-GB' })}
    </div>`,
};

/** "Sources and review" opened: content version, review dates, sources and the translation's status. */
async function openSources(checklist: SpasmChecklist): Promise<void> {
  const sources = checklist.shadowRoot!.querySelector<HTMLDetailsElement>('[part="sources"]')!;
  sources.querySelector('summary')!.click();
  await until(() => sources.querySelector('p'), 'sources panel');
}

export const SourcesPanel: Story = {
  name: 'Sources and review',
  tags: ['state:sources-open'],
  render: (args) => widget('spasm-checklist', args, { lang: 'es', state: openSources }),
  play: settled,
};

/** A month ago, so the sign-off has neither lapsed nor is in the future whenever the story is shown. */
const aMonthAgo = () => new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

/** A site clinician's sign-off, set once on an ancestor (docs/medical-content.md), shown in the opened panel. */
const signedOff = (version: string): Story => ({
  render: (args) =>
    html`<div
      signoff-name="Dr A Patel"
      signoff-role="GP"
      signoff-registration="GMC 1234567"
      signoff-date=${aMonthAgo()}
      signoff-version=${version}
      signoff-lang="en-GB"
    >
      ${widget('spasm-checklist', args, { lang: 'en-GB', state: openSources })}
    </div>`,
  play: settled,
});

export const SignedOff: Story = {
  ...signedOff(CONTENT_REVIEW.version),
  name: 'Signed off by a site clinician',
  tags: ['state:sources-open', 'state:signed-off'],
};

/** The content changed since the sign-off (here a newer version): the panel says so, the console warns once. */
export const SignOffChanged: Story = {
  ...signedOff('2026.01'),
  name: 'Sign-off: content changed since',
  tags: ['state:sources-open', 'state:signoff-changed'],
};

export const Themed: Story = { render: (args) => themed(widget('spasm-checklist', args)) };
