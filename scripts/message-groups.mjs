// Which lazily loaded chunk a message goes into, by its id. A page loads, per
// locale, the `shared` group (the footer every widget has: urgent signs,
// disclaimer, the "Sources and review" label) and the group of each kind of
// widget on it, so a page with only the timer never downloads the quiz's
// questions. The sources panel and the printed plan bring their own (LAZY_GROUPS).

/** The groups in the drop-ins' loader table: `shared`, then the widgets' own. */
export const GROUPS = ['shared', 'timer', 'checklist', 'quiz'];

/**
 * An id's first segment names its group. `emergency.*` is the checklist's
 * emergency card (src/checklist/emergency-card.ts), so it goes with the
 * checklist rather than into every page's shared chunk.
 */
const GROUP_OF_PREFIX = {
  timer: 'timer',
  checklist: 'checklist',
  emergency: 'checklist',
  quiz: 'quiz',
  sources: 'sources',
  plan: 'plan',
};

/**
 * Groups of a part that loads when first used, by the module that uses them:
 * its own messages come after it, with a loader table in its chunk, so no
 * page pays for them in its drop-in or its shared chunk. Not the emergency
 * card's: a patient who needs it must not wait for a second download.
 */
export const LAZY_GROUPS = { sources: 'src/core/sources-panel.ts', plan: 'src/core/print-plan.ts' };

export function groupOf(id) {
  return GROUP_OF_PREFIX[id.split('.')[0]] ?? 'shared';
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
