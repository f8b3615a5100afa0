// Keeps the published custom-elements.json complete and true (after `npm run
// generate`, which writes it with custom-elements-manifest.config.mjs). Fails on:
// - the manifest not valid against the official schema (the
//   `custom-elements-manifest` package's schema.json), or a schemaVersion
//   that is not that schema's;
// - a module that users cannot import (not in package.json "exports"), or any
//   path to a file the package does not ship (src/ is not in it);
// - a tag that is not one of ours (HTMLElementTagNameMap in src/), or one
//   without its class and a `custom-element-definition` export from the
//   module that registers it;
// - private, `#private`, protected or static members;
// - a public field with an initializer whose default the manifest lacks or
//   misstates, on the property or on its attribute;
// - an event without a type, or with one that is not the type it is
//   dispatched with (GlobalEventHandlersEventMap, by the TypeScript compiler),
//   or an event that is missing or not ours;
// - a CSS custom property documented with a default that is not the one in
//   the widget's styles, or that differs between widgets; one the styles use
//   but the widget does not document, or the other way round; likewise parts;
// - a custom property the README names that no widget has.
// The README's API tables are written from the manifest by
// scripts/readme-api.mjs; `npm run check:manifest` runs its --check too.
//
//   node scripts/check-manifest.mjs
import Ajv from 'ajv';
import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import {
  defaultText,
  failOn,
  manifestReferences,
  manifestSchema,
  publicModules,
  read,
  readJson,
  root,
  shippedPath,
  sourceOf,
  sourceProgram,
  widgets,
} from './manifest-facts.mjs';

const problems = [];
const manifest = readJson('custom-elements.json');
const pkg = readJson('package.json');

// --- The official schema -----------------------------------------------------
const { schema, version } = manifestSchema();
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
if (!validate(manifest)) {
  for (const error of validate.errors)
    problems.push(`schema: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}
if (manifest.schemaVersion !== version)
  problems.push(`schemaVersion is ${manifest.schemaVersion}, but it is checked against schema ${version}`);

// --- Modules and paths -------------------------------------------------------
const entries = publicModules();
const shipsFolder = (path) =>
  pkg.files.some((entry) => path === entry || path.startsWith(`${entry.replace(/\/$/, '')}/`));
const modules = manifest.modules ?? [];
for (const module of modules) {
  if (!entries.has(module.path))
    problems.push(`module ${module.path}: not a module users can import (package.json "exports"): internal`);
  if (!shipsFolder(module.path) || !sourceOf(module.path))
    problems.push(`module ${module.path}: the package ships no such file (package.json "files", tsconfig.build.json)`);
}
const dependencies = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
for (const ref of manifestReferences(manifest)) {
  if (ref.module !== undefined && !(shipsFolder(ref.module) && sourceOf(ref.module)))
    problems.push(`${ref.where}: refers to ${ref.module}, a file the package does not ship`);
  if (ref.package !== undefined && !dependencies.has(ref.package))
    problems.push(`${ref.where}: refers to package ${ref.package}, not a dependency`);
}

// --- The source: tags, defaults and events, by the compiler -------------------
/** Every name src/index.ts exports (values and types): what an event's type may name. */
const indexFile = ts.createSourceFile('index.ts', read('src/index.ts'), ts.ScriptTarget.Latest, true);
const publicNames = indexFile.statements.flatMap((statement) =>
  ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)
    ? statement.exportClause.elements.map((element) => element.name.text)
    : []
);
const classes = modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.kind === 'class').map((declaration) => ({ module, declaration }))
);
const events = classes.flatMap(({ declaration }) =>
  (declaration.events ?? []).map((event) => ({ tag: declaration.tagName ?? declaration.name, event }))
);
const typed = events.filter(({ event }) => event.type?.text);
const blocks = [];
const lines = [
  `import type { ${publicNames.join(', ')} } from './src/index.js';`,
  'export type Tags = HTMLElementTagNameMap;',
  'export type Events = GlobalEventHandlersEventMap;',
];
typed.forEach(({ tag, event }, index) => {
  const start = lines.length;
  const dispatched = `GlobalEventHandlersEventMap[${JSON.stringify(event.name)}]`;
  lines.push(
    `declare const documented${index}: ${event.type.text};`,
    `declare const dispatched${index}: ${dispatched};`,
    `export const asDispatched${index}: ${dispatched} = documented${index};`,
    `export const asDocumented${index}: ${event.type.text} = dispatched${index};`
  );
  blocks.push({ start, end: lines.length - 1, tag, event });
});
const source = sourceProgram(lines.join('\n'));
const facts = widgets(source);
const ourTags = new Set(facts.keys());

// --- Tags and definitions ----------------------------------------------------
const elements = new Map();
for (const { module, declaration } of classes) {
  if (!declaration.tagName) continue;
  if (!ourTags.has(declaration.tagName)) {
    problems.push(`<${declaration.tagName}> (${module.path}): not one of ours (${[...ourTags].join(', ')})`);
    continue;
  }
  const fact = facts.get(declaration.tagName);
  if (declaration.name !== fact.className || module.path !== fact.module)
    problems.push(
      `<${declaration.tagName}>: the manifest has class ${declaration.name} in ${module.path}; it is ${fact.className}, shipped in ${fact.module}`
    );
  if (!declaration.customElement) problems.push(`<${declaration.tagName}>: not marked customElement`);
  elements.set(declaration.tagName, declaration);
}
for (const [tag, fact] of facts)
  if (!elements.has(tag))
    problems.push(`<${tag}>: no class declaration with this tagName (expected ${fact.className} in ${fact.module})`);

/** Where src/ registers each tag: `defineElement('tag', Class)` or `customElements.define('tag', Class)`. */
const sourceFiles = (folder) =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
const registrations = new Set();
for (const file of sourceFiles('src')) {
  for (const [, tag, className] of read(file).matchAll(
    /(?:defineElement|customElements\.define)\(\s*['"]([^'"]+)['"]\s*,\s*(\w+)\s*\)/g
  ))
    registrations.add(`${shippedPath(file)} ${tag} ${className}`);
}
const definitions = new Set();
for (const module of modules) {
  for (const entry of module.exports ?? []) {
    if (entry.kind !== 'custom-element-definition') continue;
    const key = `${module.path} ${entry.name} ${entry.declaration?.name}`;
    definitions.add(key);
    const fact = facts.get(entry.name);
    if (!fact) problems.push(`${module.path}: defines <${entry.name}>, not one of ours`);
    else if (entry.declaration?.name !== fact.className || entry.declaration?.module !== fact.module)
      problems.push(
        `${module.path}: the definition of <${entry.name}> points at ${entry.declaration?.name} in ${entry.declaration?.module}, not ${fact.className} in ${fact.module}`
      );
    if (!registrations.has(key))
      problems.push(`${module.path}: has a definition of <${entry.name}>, but does not register it`);
  }
}
for (const registration of registrations) {
  const [module, tag] = registration.split(' ');
  if (entries.has(module) && !definitions.has(registration))
    problems.push(`<${tag}>: registered in ${module}, but that module has no custom-element-definition export for it`);
}
for (const tag of ourTags)
  if (![...definitions].some((definition) => definition.split(' ')[1] === tag))
    problems.push(`<${tag}>: no custom-element-definition export links it to its module`);

// --- Members: the public API, with defaults -----------------------------------
/** A member of the public API; the others are reported once, below, and not looked at further. */
const isPublic = (member) =>
  (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#') && !member.static;
for (const [tag, element] of elements) {
  for (const member of element.members ?? []) {
    if ((member.privacy ?? 'public') !== 'public' || member.name.startsWith('#'))
      problems.push(`<${tag}>: ${member.privacy ?? 'private'} member ${member.name} in the public manifest`);
    if (member.static) problems.push(`<${tag}>: static member ${member.name} in the public manifest`);
  }
  const members = (element.members ?? []).filter(isPublic);
  const { defaults } = facts.get(tag);
  for (const [name, fact] of defaults) {
    const expected = defaultText(fact);
    const member = members.find((candidate) => candidate.kind === 'field' && candidate.name === name);
    if (!member) problems.push(`<${tag}>: public field ${name} (= ${fact.text}) is not in the manifest`);
    else if (member.default !== expected)
      problems.push(`<${tag}>: property ${name} has default ${member.default ?? '(none)'}, the class has ${expected}`);
  }
  for (const attribute of element.attributes ?? []) {
    const fact = attribute.fieldName ? defaults.get(attribute.fieldName) : undefined;
    if (fact && attribute.default !== defaultText(fact))
      problems.push(
        `<${tag}>: attribute ${attribute.name} has default ${attribute.default ?? '(none)'}, the class has ${defaultText(fact)}`
      );
    if (!fact && attribute.default !== undefined)
      problems.push(
        `<${tag}>: attribute ${attribute.name} has default ${attribute.default}, but no initializer in the class`
      );
  }
  for (const member of members)
    if (member.kind === 'field' && member.default !== undefined && !defaults.has(member.name))
      problems.push(`<${tag}>: property ${member.name} has default ${member.default}, but no initializer in the class`);
}

// --- Events: each typed, as dispatched ---------------------------------------
for (const { tag, event } of events)
  if (!event.type?.text)
    problems.push(`<${tag}>: event ${event.name} has no type (@fires {CustomEvent<…>} ${event.name} - …)`);
const eventMap = source.virtual.statements.find(
  (statement) => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'Events'
);
const dispatched = source.checker
  .getTypeAtLocation(eventMap.name)
  .getProperties()
  .map((property) => property.getName())
  .filter((name) => name.startsWith('spasm-'));
for (const tag of ourTags) {
  const expected = dispatched.filter((name) => name.startsWith(`${tag}-`)).sort();
  const documented = (elements.get(tag)?.events ?? []).map((event) => event.name).sort();
  for (const name of expected.filter((name) => !documented.includes(name)))
    problems.push(`<${tag}>: event ${name} is dispatched (GlobalEventHandlersEventMap) but not documented`);
  for (const name of documented.filter((name) => !expected.includes(name)))
    problems.push(`<${tag}>: event ${name} is documented but not in GlobalEventHandlersEventMap`);
}
const diagnostics = [
  ...source.program.getSyntacticDiagnostics(source.virtual),
  ...source.program.getSemanticDiagnostics(source.virtual),
];
for (const diagnostic of diagnostics) {
  const { line } = source.virtual.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  const block = blocks.find((candidate) => line >= candidate.start && line <= candidate.end);
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  problems.push(
    block
      ? `<${block.tag}>: event ${block.event.name} has type ${block.event.type.text}, not the type it is dispatched with: ${message}`
      : `events: ${message}`
  );
}

// --- CSS custom properties and parts ------------------------------------------
/** The source files a widget's class module loads (static and dynamic imports, not `import type`), itself included. */
function loadedFiles(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = read(file);
  const specifiers = [
    ...[...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)].map((match) => match[1]),
    ...[...text.matchAll(/^import\s+'(\.[^']+)'/gm)].map((match) => match[1]),
    ...[...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((match) => match[1]),
  ];
  for (const specifier of specifiers) {
    const path = posix.join(posix.dirname(file), specifier);
    // A TypeScript module is imported as .js; a plain JavaScript one (src/widgets.js) is itself.
    loadedFiles(existsSync(join(root, path)) ? path : path.replace(/\.js$/, '.ts'), seen);
  }
  return seen;
}

/** The stylesheets of a widget, in order: the files of its `static styles = [a, b]`. */
function styleFiles(file) {
  const text = read(file);
  const names = text
    .match(/static\s+(?:override\s+)?styles\s*=\s*\[([^\]]*)\]/)?.[1]
    .split(',')
    .map((name) => name.trim());
  if (!names) return [];
  return names.map((name) => {
    const from = text.match(new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'([^']+)'`))?.[1];
    return from ? posix.join(posix.dirname(file), from.replace(/\.js$/, '.ts')) : undefined;
  });
}

/** `var(--spasm-x, fallback)` uses in CSS text: name and fallback (null without one), nested var() kept whole. */
function varUses(css) {
  const uses = [];
  for (let index = css.indexOf('var(--spasm-'); index !== -1; index = css.indexOf('var(--spasm-', index + 1)) {
    let depth = 0;
    let end = index + 3;
    for (; end < css.length; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')' && --depth === 0) break;
    }
    const inner = css.slice(index + 4, end);
    const comma = inner.indexOf(',');
    uses.push({
      name: (comma === -1 ? inner : inner.slice(0, comma)).trim(),
      fallback:
        comma === -1
          ? null
          : inner
              .slice(comma + 1)
              .trim()
              .replace(/\s+/g, ' '),
    });
  }
  return uses;
}

/** The private properties (`--_accent`) each stylesheet sets on :host. */
const hostPrivates = (css) =>
  new Set(
    [...css.matchAll(/:host\s*\{([^}]*)\}/g)].flatMap(([, body]) =>
      [...body.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1])
    )
  );

const documentedDefaults = new Map();
for (const [tag, element] of elements) {
  const fact = facts.get(tag);
  const sheets = styleFiles(fact.source);
  if (sheets.length === 0 || sheets.includes(undefined)) {
    problems.push(`<${tag}>: could not find its stylesheets (static styles = [...]) in ${fact.source}`);
    continue;
  }
  const texts = sheets.map((sheet) => read(sheet));
  const used = new Map();
  texts.forEach((css, index) => {
    // A :host private property a later sheet sets again on :host is dead here (the timer's cold/heat accent).
    const later = new Set(texts.slice(index + 1).flatMap((text) => [...hostPrivates(text)]));
    const live = css.replace(/(--_[\w-]+)\s*:[^;]*;/g, (declaration, name) => (later.has(name) ? '' : declaration));
    for (const { name, fallback } of varUses(live)) used.set(name, (used.get(name) ?? new Set()).add(fallback));
  });
  const documented = element.cssProperties ?? [];
  for (const property of documented) {
    documentedDefaults.set(property.name, [
      ...(documentedDefaults.get(property.name) ?? []),
      { tag, value: property.default },
    ]);
    const fallbacks = used.get(property.name);
    if (!fallbacks) {
      problems.push(`<${tag}>: documents ${property.name}, which its styles (${sheets.join(', ')}) do not use`);
      continue;
    }
    const [only] = fallbacks;
    const single = fallbacks.size === 1 && only !== null && !only.includes('var(--_') ? only : undefined;
    if (single !== undefined && property.default !== single)
      problems.push(
        `<${tag}>: ${property.name} is documented with default ${property.default ?? '(none)'}, the CSS has ${single}`
      );
    if (single === undefined && property.default !== undefined)
      problems.push(
        `<${tag}>: ${property.name} is documented with default ${property.default}, but the CSS has no single literal one (${[...fallbacks].map(String).join(' | ')}): describe it instead`
      );
  }
  for (const name of used.keys())
    if (!documented.some((property) => property.name === name))
      problems.push(`<${tag}>: its styles use ${name}, which it does not document`);

  // Parts: every static part="…" in the files the widget loads, and only those.
  const files = [...loadedFiles(fact.source)];
  const parts = new Set();
  for (const file of files) {
    const text = read(file);
    if (/part=\$\{/.test(text)) problems.push(`${file}: a part name set by an expression cannot be checked`);
    for (const [, names] of text.matchAll(/part="([^"$]*)"/g))
      for (const name of names.split(/\s+/)) if (name) parts.add(name);
  }
  const documentedParts = new Set((element.cssParts ?? []).map((part) => part.name));
  for (const part of parts)
    if (!documentedParts.has(part)) problems.push(`<${tag}>: renders part ${part}, which it does not document`);
  for (const part of documentedParts)
    if (!parts.has(part)) problems.push(`<${tag}>: documents part ${part}, which it does not render`);
}
for (const [name, uses] of documentedDefaults) {
  const values = new Set(uses.map((use) => use.value));
  if (values.size > 1)
    problems.push(
      `${name} is documented with different defaults: ${uses.map((use) => `<${use.tag}> ${use.value ?? '(none)'}`).join(', ')}`
    );
}

// --- The README -----------------------------------------------------------------
// Its API tables are written from the manifest (scripts/readme-api.mjs, checked
// with --check); its prose may name only custom properties that exist.
const readme = read('README.md');
const cssNames = new Set(
  [...elements.values()].flatMap((element) => (element.cssProperties ?? []).map((property) => property.name))
);
for (const [name] of readme.matchAll(/--spasm-[\w-]+/g))
  if (!cssNames.has(name)) problems.push(`README: ${name} is no widget's custom property`);

failOn('custom-elements.json is not complete and true', problems);
const count = (key) => [...elements.values()].reduce((sum, element) => sum + (element[key]?.length ?? 0), 0);
console.log(
  `Manifest: schema ${version} valid; ${modules.length} public modules in dist/; ${elements.size} widgets (${[...elements.keys()].join(', ')}), ` +
    `each defined; ${count('attributes')} attributes, ${count('events')} typed events, ${count('cssProperties')} CSS properties and ` +
    `${count('cssParts')} parts as in the source; the README names only real custom properties.`
);
