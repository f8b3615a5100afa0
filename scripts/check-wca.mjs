// Checks that web-component-analyzer (wca, which lit-analyzer and the
// lit-plugin editor extension build on) finds every widget of src/widgets.js
// in the source, with the attributes and events custom-elements.json gives
// it. wca reads less than the manifest's analyzer: a class is an element by
// its `@element <tag>` JSDoc (a tag passed to a define helper is a variable it
// cannot follow), and a Lit property declared in `static properties = {}` has
// an attribute only through an `@attr <name>` line in the field's JSDoc; so a
// widget or attribute added without them fails here. Run after `cem analyze`.
//
//   node scripts/check-wca.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WIDGETS } from '../src/widgets.js';
import { elementsByTag, failOn, readJson, root } from './manifest-facts.mjs';

const folder = mkdtempSync(join(tmpdir(), 'spasm-wca-'));
let found;
try {
  const output = join(folder, 'wca.json');
  // wca prints a banner and its progress on stdout: the result goes to a file.
  execFileSync('npx', ['wca', 'analyze', 'src', '--format', 'json', '--outFile', output], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  found = new Map(JSON.parse(readFileSync(output, 'utf8')).tags.map((tag) => [tag.name, tag]));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const manifest = elementsByTag(readJson('custom-elements.json'));
const names = (items) => new Set((items ?? []).map((item) => item.name));
/** What one list has that the other lacks, as sentences about `<tag>`. */
function compare(tag, kind, expected, actual) {
  return [
    ...[...expected].filter((name) => !actual.has(name)).map((name) => `<${tag}>: wca misses the ${kind} ${name}`),
    ...[...actual]
      .filter((name) => !expected.has(name))
      .map((name) => `<${tag}>: wca finds a ${kind} ${name}, the manifest has none`),
  ];
}

const problems = [];
for (const { tag } of WIDGETS) {
  const element = manifest.get(tag);
  const analyzed = found.get(tag);
  if (!element) {
    problems.push(`<${tag}> is not in custom-elements.json: run \`cem analyze\` first`);
    continue;
  }
  if (!analyzed) {
    problems.push(`<${tag}>: wca finds no element of that name (its class needs \`@element ${tag}\` in its JSDoc)`);
    continue;
  }
  problems.push(...compare(tag, 'attribute', names(element.attributes), names(analyzed.attributes)));
  problems.push(...compare(tag, 'event', names(element.events), names(analyzed.events)));
  // Each attribute set by a property is tied to that property, as in the manifest.
  const properties = new Map((analyzed.properties ?? []).map((property) => [property.name, property]));
  for (const attribute of element.attributes ?? []) {
    if (!attribute.fieldName) continue;
    const property = properties.get(attribute.fieldName);
    if (property && property.attribute !== attribute.name)
      problems.push(
        `<${tag}>: wca ties the property ${attribute.fieldName} to ${property.attribute ?? 'no attribute'}, the manifest to ${attribute.name}`
      );
  }
}
const extra = [...found.keys()].filter((tag) => !WIDGETS.some((widget) => widget.tag === tag));
problems.push(...extra.map((tag) => `wca finds <${tag}>, which is no widget of src/widgets.js`));
failOn('web-component-analyzer does not see the widgets as the manifest describes them', problems);

const counts = WIDGETS.map(({ tag }) => {
  const { attributes = [], events = [] } = found.get(tag);
  return `<${tag}> ${attributes.length} attributes, ${events.length} events`;
});
console.log(`wca: ${WIDGETS.length} elements as in custom-elements.json: ${counts.join('; ')}.`);
