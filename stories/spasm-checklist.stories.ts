import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rendered, themed, until, widget } from './story-helpers.js';
import '../src/checklist/define.js';
import '../src/timer/define.js';
import type { ChecklistStep } from '../src/checklist/spasm-checklist.js';

/** Args are named after the element's attributes. */
interface ChecklistArgs {
  persist: boolean;
  'storage-key': string;
  /** The id of a `<spasm-timer>` to link. */
  timer?: string;
}

type Story = StoryObj<ChecklistArgs>;

/** Clicks the checkboxes at `indexes` (all of them without `indexes`), as a user would, and checks the count. */
async function tick(canvas: HTMLElement, indexes?: number[]): Promise<void> {
  const element = await rendered(canvas, 'spasm-checklist');
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

export const Default: Story = {};

/** The first three default steps (stop, cold, rest) ticked. */
export const PartlyDone: Story = {
  name: 'Partly done',
  play: async ({ canvasElement }) => tick(canvasElement, [0, 1, 2]),
};

export const Complete: Story = {
  play: async ({ canvasElement }) => tick(canvasElement),
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

export const CustomSteps: Story = {
  name: 'Custom steps',
  render: (args) => widget('spasm-checklist', args, { properties: { steps: customSteps } }),
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

/** Presses one of the red-flag check's answers: 0 "None of these", 1 "Yes, I have one". */
async function answerRedFlags(canvas: HTMLElement, answer: 0 | 1): Promise<void> {
  const element = await rendered(canvas, 'spasm-checklist');
  element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="red-flags"] button')[answer].click();
  const shown = answer === 1 ? '[part="emergency-card"]' : '[part="steps"]';
  await until(() => element.shadowRoot!.querySelector(shown), shown);
}

/** The check first on the page: the emergency signs, "None of these" and "Yes, I have one". */
export const RedFlagCheck: Story = {
  name: 'Red-flag check',
  render: (args) => widget('spasm-checklist', args, { lang: 'en-GB' }),
};

/** A checklist in `lang` after the red-flag answer (0 "None of these", 1 "Yes, I have one"). */
const answered = (name: string, lang: string, answer: 0 | 1): Story => ({
  name,
  render: (args) => widget('spasm-checklist', args, { lang }),
  play: async ({ canvasElement }) => answerRedFlags(canvasElement, answer),
});

export const RedFlagNone = answered('Red-flag check: none', 'en-GB', 0);

/*
 * "Yes, I have one": the steps set aside behind the emergency card, with the
 * number for the region of the language tag (docs/emergency-numbers.md); an
 * unknown region gets "your local emergency number", never a guess.
 */
export const EmergencyCardGB = answered('Emergency card: en-GB (999)', 'en-GB', 1);
export const EmergencyCardUS = answered('Emergency card: en-US (911)', 'en-US', 1);
export const EmergencyCardGerman = answered('Emergency card: de (112)', 'de', 1);
export const EmergencyCardUnknownRegion = answered('Emergency card: unknown region', 'en', 1);

/** A host's own numbers, set once on an ancestor (here the wrapper), as on `<body>`. */
export const HostNumbers: Story = {
  name: 'Numbers set by the host',
  render: (args) =>
    html`<div emergency-number="112" urgent-number="116117" urgent-label="116117">
      ${widget('spasm-checklist', args, { lang: 'en-GB' })}
    </div>`,
};

/** "Sources and review" opened: content version, review dates, sources and the translation's status. */
export const SourcesPanel: Story = {
  name: 'Sources and review',
  render: (args) => widget('spasm-checklist', args, { lang: 'es' }),
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'spasm-checklist');
    const sources = element.shadowRoot!.querySelector<HTMLDetailsElement>('[part="sources"]')!;
    sources.querySelector('summary')!.click();
    await until(() => sources.querySelector('p'), 'sources panel');
  },
};

export const Themed: Story = { render: (args) => themed(widget('spasm-checklist', args)) };
