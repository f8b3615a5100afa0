// Which lazily loaded chunk a message goes into, by its id. A page loads, per
// locale, the `shared` group (the footer every widget has: urgent signs,
// disclaimer, the "Sources and review" label) and the group of each kind of
// widget on it, so a page with only the timer never downloads the quiz's
// questions. Parts that load when first used bring their own (LAZY_GROUPS):
// the sources panel, the printed plan, the checklist's emergency card and
// "How to do it" texts, and the quiz's explanations.

/** The groups in the drop-ins' loader table: `shared`, then the widgets' own. */
export const GROUPS = ['shared', 'timer', 'checklist', 'quiz'];

/** An id's first segment names its group. */
const GROUP_OF_PREFIX = {
  timer: 'timer',
  checklist: 'checklist',
  emergency: 'emergency',
  quiz: 'quiz',
  sources: 'sources',
  plan: 'plan',
};

/**
 * Groups of a part that loads when first used, by the module that uses them:
 * its own messages come after it, with a loader table in its chunk, so no
 * page pays for them in its drop-in or its shared chunk. The checklist's
 * emergency card, its steps' "How to do it" and the quiz's explanations load
 * on the first interaction with their widget (a touch, a click, focus), so a
 * patient who answers "Yes" to the red-flag check does not wait for them.
 */
export const LAZY_GROUPS = {
  sources: 'src/core/sources-panel.ts',
  plan: 'src/core/print-plan.ts',
  emergency: 'src/checklist/emergency-card.ts',
  howto: 'src/checklist/step-details.ts',
  explanations: 'src/quiz/explanations.ts',
};

/**
 * The long texts a widget shows only once it is used: a checklist step's
 * "How to do it" (behind a disclosure) and a quiz question's explanation
 * (after an answer). Their module loads on the first interaction with the
 * widget, so every page's drop-in and locale chunk are without them.
 */
const GROUP_OF_SUFFIX = { 'checklist.detail': 'howto', 'quiz.explanation': 'explanations' };

export function groupOf(id) {
  const segments = id.split('.');
  return GROUP_OF_SUFFIX[`${segments[0]}.${segments.at(-1)}`] ?? GROUP_OF_PREFIX[segments[0]] ?? 'shared';
}

/**
 * The group a source file's messages may come from besides `shared`: a
 * widget's own folder has its group; everything else (src/core) only `shared`,
 * as it renders inside any widget.
 */
export function groupOfSource(path) {
  const lazy = Object.entries(LAZY_GROUPS).find(([, module]) => path.endsWith(module))?.[0];
  if (lazy) return lazy;
  const folder = path.match(/(?:^|\/)src\/([^/]+)\//)?.[1];
  return GROUPS.includes(folder) && folder !== 'shared' ? folder : 'shared';
}
