// Writes the editors' data for the widgets from custom-elements.json, so that
// completion and hover docs in HTML cannot drift from the source:
// - vscode.html-custom-data.json: VS Code's HTML custom data (version 1.1).
//   VS Code reads no package.json field: users list the file in their
//   "html.customData" setting (the README says how);
// - web-types.json: JetBrains Web Types, which WebStorm finds through
//   package.json "web-types".
// Both are generated like custom-elements.json: gitignored, written by
// `npm run generate`, shipped through package.json "files".
//
// An attribute or property whose type is a named type (`mode: TimerMode`) is
// given the string literals TypeScript resolves it to (`'cold' | 'heat'`):
// the manifest keeps the name, which an editor cannot resolve, and the values
// are what completion is for.
//
//   node scripts/editor-data.mjs          writes both files (npm run generate)
//   node scripts/editor-data.mjs --check  fails if a file is missing or stale, or lacks an element,
//                                         attribute, event or property of the manifest (npm run check:editor-data)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsByTag, failOn, read, readJson, root, sourceProgram } from './manifest-facts.mjs';

/** The files, by their path in the package (package.json "files" and "web-types" name them). */
export const EDITOR_DATA_FILES = { vscode: 'vscode.html-custom-data.json', webTypes: 'web-types.json' };

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.static;
const publicFields = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));

/** The members of a union type's text: `'a' | undefined` → [`'a'`, `undefined`]. */
const unionOf = (text) => text.split('|').map((part) => part.trim());
const isAbsent = (part) => part === 'undefined' || part === 'null';

/** `'auto' | 'full'` → ['auto', 'full']; undefined unless every part but `undefined`/`null` is a string literal. */
function literalsOf(text) {
  const matches = unionOf(text)
    .filter((part) => !isAbsent(part))
    .map((part) => part.match(/^'([^'\\]*)'$|^"([^"\\]*)"$/));
  if (matches.length === 0 || matches.some((match) => !match)) return undefined;
  return matches.map((match) => match[1] ?? match[2]);
}

/**
 * The string literals each named field type stands for, by `tag field`:
 * `TimerMode` → ['cold', 'heat']. Asks the TypeScript compiler (as
 * HTMLElementTagNameMap sees the element), and only when some type is named,
 * since building the program takes seconds.
 */
function namedLiterals(elements) {
  const asked = [];
  for (const [tag, element] of elements)
    for (const field of publicFields(element))
      // The source names its types in PascalCase; `string`, `number`, literals need no compiler.
      if (/\b[A-Z]\w*/.test(field.type?.text ?? '')) asked.push(`${tag} ${field.name}`);
  const found = new Map();
  if (asked.length === 0) return found;
  const { checker, virtual } = sourceProgram(
    asked
      .map((key, index) => {
        const [tag, field] = key.split(' ');
        return `export type T${index} = NonNullable<HTMLElementTagNameMap['${tag}']['${field}']>;`;
      })
      .join('\n')
  );
  virtual.statements.forEach((statement, index) => {
    const type = checker.getTypeAtLocation(statement.name);
    const members = type.isUnion() ? type.types : [type];
    if (members.every((member) => member.isStringLiteral()))
      found.set(
        asked[index],
        members.map((member) => member.value)
      );
  });
  return found;
}

/** GitHub's anchor of each README heading, by the heading's text (`` `<spasm-timer>` `` → `spasm-timer`). */
function readmeAnchors(readme) {
  const anchors = new Map();
  const used = new Map();
  // Lines starting with # inside fenced code are no headings.
  const prose = readme.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, heading] of prose.matchAll(/^#{1,6} +(.+?)[ #]*$/gm)) {
    const slug = heading
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    // GitHub numbers repeated headings: `events`, `events-1`, …
    const count = used.get(slug) ?? 0;
    used.set(slug, count + 1);
    if (!anchors.has(heading)) anchors.set(heading, count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/**
 * What the editors need of each element, in the manifest's order, and the
 * problems (an element whose README section cannot be found).
 */
function facts(manifest, pkg, readme) {
  const problems = [];
  const elements = elementsByTag(manifest);
  const literals = namedLiterals(elements);
  const anchors = readmeAnchors(readme);
  // The README of the published version; a "homepage" (GitHub's `…#readme`) wins once package.json has one.
  const docs = pkg.homepage?.replace(/#.*$/, '') ?? `https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}`;
  const modules = new Map(
    (manifest.modules ?? []).flatMap((module) =>
      (module.declarations ?? []).filter((item) => item.tagName).map((item) => [item.tagName, module.path])
    )
  );
  /** The package export a module is imported by (`dist/timer/spasm-timer.js` → `spasm-widgets/timer`). */
  const exportOf = (path) => {
    const key = Object.keys(pkg.exports ?? {}).find((name) => pkg.exports[name]?.default === `./${path}`);
    return key && `${pkg.name}${key.slice(1)}`;
  };

  const result = [...elements].map(([tag, element]) => {
    const anchor = anchors.get(`\`<${tag}>\``);
    if (!anchor) problems.push(`README.md has no heading \`<${tag}>\` for the editors to link to`);
    const fields = new Map(publicFields(element).map((field) => [field.name, field]));
    /** A type's text and, when it is string literals, its values (`undefined` left out). */
    const typeOf = (text = 'string', fieldName) => {
      const values = literals.get(`${tag} ${fieldName}`) ?? literalsOf(text);
      if (!values) return { text, values };
      // `TimerMode | undefined` → `'cold' | 'heat' | undefined`: the literals, and what the text adds to them.
      const absent = unionOf(text).filter(isAbsent);
      return { text: [...values.map((value) => `'${value}'`), ...absent].join(' | '), values };
    };
    return {
      tag,
      className: element.name,
      module: exportOf(modules.get(tag)),
      description: element.description || element.summary || '',
      url: anchor && `${docs}#${anchor}`,
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        default: attribute.default,
        ...typeOf(attribute.type?.text ?? fields.get(attribute.fieldName)?.type?.text, attribute.fieldName),
      })),
      events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
      properties: [...fields.values()].map((field) => ({
        name: field.name,
        description: field.description ?? '',
        default: field.default,
        readonly: Boolean(field.readonly),
        ...typeOf(field.type?.text, field.name),
      })),
    };
  });
  return { elements: result, problems };
}

const markdown = (value) => ({ kind: 'markdown', value });
/** A manifest default as an attribute's value: `'cold'` → `cold`; none for a boolean (absent is off). */
const attributeDefault = (value) =>
  value === undefined || value === 'false' || value === 'true' ? undefined : value.replace(/^'(.*)'$/, '$1');
/** What an attribute's value may be: an absent attribute is no value. */
const attributeType = (text) =>
  unionOf(text)
    .filter((part) => !isAbsent(part))
    .join(' | ');

/** VS Code's HTML custom data: https://github.com/microsoft/vscode-custom-data (format version 1.1). */
function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: markdown(element.description),
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: markdown(attribute.description),
        // "v": VS Code's value set of boolean attributes, completed without `=""`.
        ...(attribute.text === 'boolean' && { valueSet: 'v' }),
        ...(attribute.values && { values: attribute.values.map((name) => ({ name })) }),
      })),
      ...(element.url && { references: [{ name: 'README', url: element.url }] }),
    })),
  };
}

/** JetBrains Web Types: https://github.com/JetBrains/web-types (schema/web-types.json). */
function webTypes(elements, pkg) {
  return {
    $schema: 'http://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    // No "framework": the elements are plain HTML, usable in any page; a framework would hide them elsewhere.
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: element.description,
          ...(element.url && { 'doc-url': element.url }),
          // Lets the IDE go to the class's declaration.
          ...(element.module && { source: { module: element.module, symbol: element.className } }),
          attributes: element.attributes.map((attribute) => {
            const initial = attributeDefault(attribute.default);
            return {
              name: attribute.name,
              description: attribute.description,
              ...(initial !== undefined && { default: initial }),
              value: { type: attributeType(attribute.text) },
            };
          }),
          js: {
            // Events belong here since Web Types 2 (an element's own "events" is deprecated).
            events: element.events.map((event) => ({ name: event.name, description: event.description })),
            properties: element.properties.map((property) => ({
              name: property.name,
              description: property.description,
              type: property.text,
              ...(property.default !== undefined && { default: property.default }),
              ...(property.readonly && { 'read-only': true }),
            })),
          },
        })),
      },
    },
  };
}

/** Both files' text, from the manifest, package.json and the README's headings. */
export function editorData(manifest = readJson('custom-elements.json'), pkg = readJson('package.json')) {
  const { elements, problems } = facts(manifest, pkg, read('README.md'));
  const json = (data) => `${JSON.stringify(data, null, 2)}\n`;
  return {
    files: {
      [EDITOR_DATA_FILES.vscode]: json(vscodeData(elements)),
      [EDITOR_DATA_FILES.webTypes]: json(webTypes(elements, pkg)),
    },
    problems,
  };
}

/**
 * What the files on disk (those that parsed) lack of the manifest: elements,
 * attributes, events, properties; and package.json's links to them.
 */
function coverage(manifest, pkg, onDisk) {
  const problems = [];
  const vscode = onDisk[EDITOR_DATA_FILES.vscode];
  const web = onDisk[EDITOR_DATA_FILES.webTypes];
  const vscodeTags = new Map((vscode?.tags ?? []).map((tag) => [tag.name, tag]));
  const webElements = new Map((web?.contributions?.html?.elements ?? []).map((element) => [element.name, element]));
  const lacks = (file, tag, kind, wanted, present) => {
    const have = new Set((present ?? []).map((item) => item.name));
    for (const name of wanted) if (!have.has(name)) problems.push(`${file}: <${tag}> lacks the ${kind} ${name}`);
  };
  const elements = elementsByTag(manifest);
  for (const [tag, element] of elements) {
    const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
    const tagData = vscodeTags.get(tag);
    if (vscode && !tagData) problems.push(`${EDITOR_DATA_FILES.vscode}: no <${tag}>`);
    if (tagData) lacks(EDITOR_DATA_FILES.vscode, tag, 'attribute', attributes, tagData.attributes);
    const webElement = webElements.get(tag);
    if (web && !webElement) problems.push(`${EDITOR_DATA_FILES.webTypes}: no <${tag}>`);
    if (!webElement) continue;
    lacks(EDITOR_DATA_FILES.webTypes, tag, 'attribute', attributes, webElement.attributes);
    lacks(
      EDITOR_DATA_FILES.webTypes,
      tag,
      'event',
      (element.events ?? []).map((event) => event.name),
      webElement.js?.events
    );
    lacks(
      EDITOR_DATA_FILES.webTypes,
      tag,
      'property',
      publicFields(element).map((field) => field.name),
      webElement.js?.properties
    );
  }
  for (const tag of new Set([...vscodeTags.keys(), ...webElements.keys()]))
    if (!elements.has(tag)) problems.push(`the editors' data has <${tag}>, which custom-elements.json has not`);

  // Where the tools (and npm pack) find the files.
  if (pkg['web-types'] !== `./${EDITOR_DATA_FILES.webTypes}`)
    problems.push(
      `package.json "web-types" is ${JSON.stringify(pkg['web-types'])}, not "./${EDITOR_DATA_FILES.webTypes}"`
    );
  for (const file of Object.values(EDITOR_DATA_FILES))
    if (!(pkg.files ?? []).includes(file)) problems.push(`package.json "files" does not list ${file}`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const manifest = readJson('custom-elements.json');
  const pkg = readJson('package.json');
  const { files, problems } = editorData(manifest, pkg);
  if (check) {
    const onDisk = {};
    for (const [file, expected] of Object.entries(files)) {
      const path = join(root, file);
      if (!existsSync(path)) {
        problems.push(`${file} is missing: run npm run generate`);
        continue;
      }
      const text = readFileSync(path, 'utf8');
      if (text !== expected) problems.push(`${file} is not what custom-elements.json says: run npm run generate`);
      try {
        onDisk[file] = JSON.parse(text);
      } catch (error) {
        problems.push(`${file} is not JSON: ${error.message}`);
      }
    }
    // Besides "stale", say what is missing: a reader fixing the generator needs the element and the name.
    problems.push(...coverage(manifest, pkg, onDisk));
    failOn("The editors' data", problems);
    const tags = elementsByTag(manifest).size;
    console.log(
      `Editors' data: ${Object.keys(files).join(' and ')} cover the ${tags} elements of custom-elements.json.`
    );
  } else {
    // Like the README's tables, a missing link warns and the rest is written: docs do not stop a build.
    if (problems.length > 0) console.warn(`Editors' data written with problems:\n  ${problems.join('\n  ')}`);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
    console.log(`Editors' data: ${Object.keys(files).join(' and ')} written from custom-elements.json.`);
  }
}
