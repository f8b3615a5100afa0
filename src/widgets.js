// The one list of widgets. The build (rollup.config.mjs), the scripts, the
// print plan (src/core/print-plan.ts) and the tests read it; nothing else
// names every widget. A plain module without imports, so Node scripts,
// TypeScript and the browser tests all load it as it is.
// How to add a widget: docs/contributing.md.

/**
 * @typedef {object} LazyGroup A message group of a part of the widget that loads when first used.
 * @property {string} module Its module, in the widget's folder (src/<folder>/<module>).
 * @property {string} ids The ids of its messages: `*` stands for any text (`emergency.*`).
 * @property {string} [title] Its heading in the translators' review pack, when its ids have a prefix of their own.
 */

/**
 * @typedef {object} Widget
 * @property {string} tag The element's name; also its drop-in's name (dist/cdn/<tag>.js).
 * @property {string} folder Its folder in src/ and dist/, its package export (`spasm-widgets/<folder>`)
 *   and its message group: ids that start with `<folder>.`.
 * @property {string} className Its class, in src/<folder>/<tag>.ts, registered by src/<folder>/define.ts.
 * @property {string} title What it is, in words (the review pack's headings).
 * @property {number} budget Gzip bytes its drop-in may have (scripts/size.mjs).
 * @property {number} messageLimit Gzip bytes of its own messages per locale (scripts/size.mjs).
 * @property {readonly string[]} states The `state:<name>` tags its stories may carry (scripts/smoke-stories.mjs);
 *   `<n>` stands for a number.
 * @property {Readonly<Record<string, LazyGroup>>} lazyGroups By group name.
 */

/**
 * The widgets, in the order pages and the review pack show them. (The printed
 * plan follows the page's own order.)
 * @type {readonly Widget[]}
 */
export const WIDGETS = [
  {
    tag: 'spasm-checklist',
    folder: 'checklist',
    className: 'SpasmChecklist',
    title: 'First-aid checklist',
    budget: 20_700,
    messageLimit: 1_950,
    states: [
      'ticked-<n>',
      'ticked-all',
      'red-flags-asked',
      'red-flags-none',
      'advice-card',
      'emergency-card',
      'signed-off',
      'signoff-changed',
      'number-with-country',
      'sources-open',
    ],
    lazyGroups: {
      emergency: {
        module: 'emergency-card.ts',
        ids: 'emergency.*',
        title: 'Emergency card (opens from the checklist)',
      },
      howto: { module: 'step-details.ts', ids: 'checklist.*.detail' },
    },
  },
  {
    tag: 'spasm-timer',
    folder: 'timer',
    className: 'SpasmTimer',
    title: 'Cold and heat timer',
    budget: 23_200,
    messageLimit: 1_500,
    states: ['idle', 'running', 'paused', 'done', 'ended-banner', 'start-day-known', 'calendar-button'],
    lazyGroups: {},
  },
  {
    tag: 'spasm-quiz',
    folder: 'quiz',
    className: 'SpasmQuiz',
    title: 'Prevention quiz',
    budget: 21_100,
    messageLimit: 1_450,
    states: ['question', 'answered-right', 'answered-wrong', 'results'],
    lazyGroups: {
      explanations: { module: 'explanations.ts', ids: 'quiz.*.explanation' },
    },
  },
];

/** The drop-in with every widget (dist/cdn/spasm-widgets.js, from src/define.ts) and its budget. */
export const ALL_IN_ONE = { name: 'spasm-widgets', budget: 31_500 };

/**
 * The all-in-one for server-rendered pages (dist/cdn/spasm-widgets-hydrate.js, from src/define-hydrate.ts) and its
 * budget: Lit's hydration support (@lit-labs/ssr-client) runs before the widgets, so each takes over the shadow root
 * the server rendered instead of replacing it. A drop-in of its own: pages without server rendering would carry the
 * support for nothing.
 */
export const HYDRATING_ALL_IN_ONE = { name: 'spasm-widgets-hydrate', budget: 33_100 };

/** Gzip bytes of the messages every widget shows (the `shared` group) per locale (scripts/size.mjs). */
export const SHARED_MESSAGE_LIMIT = 2_000;

/** The widgets' tags, as one CSS selector: `spasm-checklist, spasm-timer, spasm-quiz`. */
export const WIDGET_SELECTOR = WIDGETS.map((widget) => widget.tag).join(', ');

/**
 * Where a widget's files are, from its folder and tag: its class module and
 * the module that registers it (paths under src/ or dist/, with .js), and its
 * drop-in's name.
 * @param {Widget} widget
 */
export function widgetFiles(widget) {
  return {
    classModule: `${widget.folder}/${widget.tag}.js`,
    defineModule: `${widget.folder}/define.js`,
    dropIn: widget.tag,
  };
}
