// Writes the README's API tables from custom-elements.json (which
// `cem analyze` writes from the JSDoc in src/), so they cannot drift from the
// source. Each table stands between marker comments:
//
//   <!-- api:spasm-timer:attributes -->  …  <!-- /api -->
//
// For every widget of src/widgets.js the README must have one table of each
// kind: `attributes` (with the properties that have no attribute), `readonly`
// (read-only properties), `methods`, `events`, `css-properties`, `parts` and
// `states`. A `shared` table lists once what every widget has alike:
// `<!-- api:shared:parts -->` (and `css-properties`) what they all inherit
// alike from the base class, `<!-- api:shared:attributes urgent country -->`
// the attributes it names (an error if a widget lacks one or has it otherwise).
// A widget's table leaves out what a shared table of its kind lists.
//
//   node scripts/readme-api.mjs           rewrites README.md (npm run generate)
//   node scripts/readme-api.mjs --check   fails if README.md differs (npm run check:manifest)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';
import { WIDGETS } from '../src/widgets.js';
import { elementsByTag, failOn, readJson, root } from './manifest-facts.mjs';

const README = join(root, 'README.md');
const MARKER = /<!-- api:([\w-]+):([\w-]+)((?: [\w-]+)*) -->\n[\s\S]*?<!-- \/api -->/g;

/** A manifest description as one Markdown table cell or list item: one line, `|` escaped. */
const text = (description = '') => description.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
/** A default as the README writes it: `code`, on/off for booleans, "none" without one. */
function defaultCell(value) {
  if (value === undefined) return 'none';
  if (value === 'false') return 'off';
  if (value === 'true') return 'on';
  return `\`${value.replace(/^'(.*)'$/, '$1')}\``;
}
const table = (header, rows) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
/** A two-column table: each item's name (as `cell` writes it) and its description. */
const described = (nameHeader, descriptionHeader, cell) => (items) =>
  table(
    [nameHeader, descriptionHeader],
    items.map((item) => [cell(item.name), text(item.description)])
  );
const list = (items) => items.join('\n');
const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.static;
/** `CustomEvent<{ a: string }>` → `{ a: string }`. */
const detailOf = (event) => event.type?.text.match(/^CustomEvent<([\s\S]*)>$/)?.[1].replace(/\s+/g, ' ') ?? '';

/** Each kind of table: the items of an element, their key (what a shared table names) and the rendering. */
const KINDS = {
  attributes: {
    items: (element) => [
      ...(element.attributes ?? []),
      // Properties without an attribute (`steps`), in the same table.
      ...(element.members ?? []).filter(
        (member) =>
          member.kind === 'field' &&
          isPublic(member) &&
          !member.readonly &&
          !(element.attributes ?? []).some((attribute) => attribute.fieldName === member.name)
      ),
    ],
    key: (item) => item.name,
    render: (items) =>
      table(
        ['attribute', 'property', 'default', 'meaning'],
        items.map((item) => {
          const attribute = item.kind === 'field' ? '' : `\`${item.name}\``;
          const property = item.kind === 'field' ? item.name : item.fieldName;
          return [attribute, property ? `\`${property}\`` : '', defaultCell(item.default), text(item.description)];
        })
      ),
    shared: described('attribute', 'meaning', (name) => `\`${name}\``),
  },
  readonly: {
    items: (element) =>
      (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member) && member.readonly),
    key: (item) => item.name,
    render: (items) => list(items.map((item) => `- \`${item.name}\`: ${text(item.description)}`)),
  },
  methods: {
    items: (element) => (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member)),
    key: (item) => item.name,
    render: (items) => list(items.map((item) => `- \`${item.name}()\`: ${text(item.description)}`)),
  },
  events: {
    items: (element) => element.events ?? [],
    key: (item) => item.name,
    render: (items) =>
      table(
        ['event', 'detail', 'when'],
        items.map((item) => [`\`${item.name}\``, `\`${text(detailOf(item))}\``, text(item.description)])
      ),
  },
  'css-properties': {
    items: (element) => element.cssProperties ?? [],
    key: (item) => item.name,
    render: (items) =>
      table(
        ['custom property', 'default', 'meaning'],
        items.map((item) => [`\`${item.name}\``, item.default ? `\`${item.default}\`` : 'none', text(item.description)])
      ),
  },
  parts: {
    items: (element) => element.cssParts ?? [],
    key: (item) => item.name,
    render: described('part', 'what', (name) => `\`${name}\``),
  },
  states: {
    items: (element) => element.cssStates ?? [],
    key: (item) => item.name,
    render: described('state', 'when', (name) => `\`:state(${name})\``),
  },
};
for (const kind of Object.values(KINDS)) kind.shared ??= kind.render;

/**
 * The README with every marked table written from the manifest, and the
 * problems that keep a table from being written (a widget or kind without
 * its table, a marker for no widget, a shared item some widget lacks).
 */
export async function writeTables(readme, manifest) {
  const problems = [];
  const elements = elementsByTag(manifest);
  for (const widget of WIDGETS)
    if (!elements.has(widget.tag)) problems.push(`custom-elements.json has no <${widget.tag}>`);
  const widgets = WIDGETS.filter((widget) => elements.has(widget.tag));
  const markers = [...readme.matchAll(MARKER)].map(([, owner, kind, names]) => ({
    owner,
    kind,
    names: names.trim() ? names.trim().split(' ') : undefined,
  }));

  const same = (kind, a, b) =>
    KINDS[kind].key(a) === KINDS[kind].key(b) && a.description === b.description && a.default === b.default;
  /**
   * What a shared table of a kind lists: the items it names, which every
   * widget must have alike, or else those every widget inherits alike from
   * the base class.
   */
  const sharedItems = (kind, names) => {
    const perWidget = widgets.map((widget) => KINDS[kind].items(elements.get(widget.tag)));
    const [first = []] = perWidget;
    const inAll = (item) => perWidget.every((items) => items.some((other) => same(kind, item, other)));
    if (!names) return first.filter((item) => item.inheritedFrom && inAll(item));
    return names.flatMap((name) => {
      const item = first.find((candidate) => KINDS[kind].key(candidate) === name);
      if (item && inAll(item)) return [item];
      problems.push(`README: the shared ${kind} table lists ${name}, which not every widget has alike`);
      return [];
    });
  };
  const shared = new Map(Object.keys(KINDS).map((kind) => [kind, []]));
  for (const { owner, kind, names } of markers)
    if (owner === 'shared' && KINDS[kind]) shared.get(kind).push(...sharedItems(kind, names));

  for (const widget of widgets)
    for (const kind of Object.keys(KINDS))
      if (!markers.some((marker) => marker.owner === widget.tag && marker.kind === kind))
        problems.push(`README: no <!-- api:${widget.tag}:${kind} --> table`);

  const written = readme.replace(MARKER, (block, owner, kind, names) => {
    const start = block.slice(0, block.indexOf('\n'));
    const shape = KINDS[kind];
    if (!shape) {
      problems.push(`README: ${start} is no kind of table (${Object.keys(KINDS).join(', ')})`);
      return block;
    }
    let body;
    if (owner === 'shared') {
      const items = sharedItems(kind, names.trim() ? names.trim().split(' ') : undefined);
      if (items.length === 0) problems.push(`README: ${start} would be empty: no widget shares its kind alike`);
      body = shape.shared(items);
    } else if (!widgets.some((widget) => widget.tag === owner)) {
      problems.push(`README: ${start} names no widget of src/widgets.js`);
      return block;
    } else {
      const own = shape
        .items(elements.get(owner))
        .filter((item) => !shared.get(kind).some((other) => same(kind, item, other)));
      body = shape.render(own);
    }
    return `${start}\n\n${body}\n\n<!-- /api -->`;
  });
  const options = (await prettier.resolveConfig(README)) ?? {};
  return { text: await prettier.format(written, { ...options, filepath: README }), problems };
}

/** The marked tables of a README, by their start marker. */
const blocks = (readme) => new Map([...readme.matchAll(MARKER)].map(([block]) => [block.split('\n')[0], block]));

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const readme = readFileSync(README, 'utf8');
  const { text: expected, problems } = await writeTables(readme, readJson('custom-elements.json'));
  if (check) {
    const now = blocks(readme);
    for (const [start, block] of blocks(expected))
      if (now.get(start) !== block)
        problems.push(`README.md: the table ${start} is not what custom-elements.json says: run npm run generate`);
  }
  // The check fails; writing warns and leaves README.md as it is (a manifest with problems would make its
  // tables worse), so that a build is not stopped by its docs.
  if (check) {
    failOn("The README's API tables", problems);
    console.log("README: the API tables are custom-elements.json's.");
  } else if (problems.length > 0) {
    console.warn(
      `README.md left as it is: its API tables cannot be written:\n  ${[...new Set(problems)].join('\n  ')}`
    );
  } else {
    if (expected !== readme) writeFileSync(README, expected);
    console.log('README: API tables written from custom-elements.json.');
  }
}
