// Which lazily loaded chunk a message goes into, by its id. A page loads, per
// locale, the `shared` group (the footer every widget has: urgent signs,
// disclaimer, the "Sources and review" label) and the group of each kind of
// widget on it (src/widgets.js: ids that start with its folder), so a page
// with only the timer never downloads the quiz's questions. Parts that load
// when first used bring their own (LAZY_GROUPS): the sources panel and the
// printed plan here, each widget's own in src/widgets.js.
import { WIDGETS } from '../src/widgets.js';

/** The groups in the drop-ins' loader table: `shared`, then the widgets' own. */
export const GROUPS = ['shared', ...WIDGETS.map((widget) => widget.folder)];

/** The lazy groups of parts every widget has (src/core). */
const CORE_LAZY_GROUPS = {
  sources: { module: 'src/core/sources-panel.ts', ids: 'sources.*' },
  plan: { module: 'src/core/print-plan.ts', ids: 'plan.*' },
};

/**
 * Groups of a part that loads when first used, by name: its module and the
 * pattern of its ids. Its own messages come after it, with a loader table in
 * its chunk, so no page pays for them in its drop-in or its shared chunk.
 * A widget's parts load on the first interaction with it (a touch, a click,
 * focus), so a patient who answers "Yes" to the red-flag check does not wait
 * for them.
 */
const LAZY = {
  ...CORE_LAZY_GROUPS,
  ...Object.fromEntries(
    WIDGETS.flatMap((widget) =>
      Object.entries(widget.lazyGroups).map(([group, part]) => [
        group,
        { ...part, module: `src/${widget.folder}/${part.module}` },
      ])
    )
  ),
};

/** Each lazy group's module: `{ sources: 'src/core/sources-panel.ts', … }`. */
export const LAZY_GROUPS = Object.fromEntries(Object.entries(LAZY).map(([group, { module }]) => [group, module]));

const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const LAZY_IDS = Object.entries(LAZY).map(([group, { ids }]) => [
  group,
  new RegExp(`^${ids.split('*').map(escape).join('.+')}$`),
]);

export function groupOf(id) {
  const lazy = LAZY_IDS.find(([, pattern]) => pattern.test(id))?.[0];
  if (lazy) return lazy;
  const prefix = id.split('.')[0];
  return GROUPS.includes(prefix) ? prefix : 'shared';
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
