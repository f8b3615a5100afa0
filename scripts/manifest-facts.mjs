// What the custom elements manifest states, read from the TypeScript source
// with the compiler: which modules the package publishes, each widget's tag
// and class, and the default of each public field; and what the checks of the
// manifest and the package share (reading it, its references, reporting).
// Used by the analyzer's config (custom-elements-manifest.config.mjs) to write
// the manifest, by scripts/check-manifest.mjs and scripts/check-package.mjs to
// check it and the package, and by scripts/readme-api.mjs to write the
// README's API tables from it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';

export const root = new URL('../', import.meta.url).pathname;
export const read = (path) => readFileSync(join(root, path), 'utf8');
/** A JSON file of the repo, by its path from the root (`package.json`, `custom-elements.json`). */
export const readJson = (path) => JSON.parse(read(path));

/** The manifest's custom elements (class declarations with a tagName), by tag. */
export function elementsByTag(manifest) {
  return new Map(
    (manifest.modules ?? []).flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => declaration.kind === 'class' && declaration.tagName)
        .map((declaration) => [declaration.tagName, declaration])
    )
  );
}

/**
 * Every file and package the manifest's modules refer to, with where
 * (`/modules/0/declarations/1/superclass`): a module's `path`, a reference's
 * `module` (a file in the package) or `package` (another package).
 * @returns {{ where: string, path?: string, module?: string, package?: string }[]}
 */
export function manifestReferences(manifest) {
  const found = [];
  const visit = (value, where) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${where}/${index}`));
    else if (value && typeof value === 'object') {
      for (const key of ['path', 'module', 'package'])
        if (typeof value[key] === 'string') found.push({ where, [key]: value[key] });
      for (const [key, item] of Object.entries(value)) visit(item, `${where}/${key}`);
    }
  };
  visit(manifest.modules, '/modules');
  return found;
}

/** Ends the check: prints the problems under a heading and exits 1, if there are any. */
export function failOn(heading, problems, shown = 100) {
  const distinct = [...new Set(problems)];
  if (distinct.length === 0) return;
  const more = distinct.length > shown ? `\n  … and ${distinct.length - shown} more` : '';
  console.error(`${heading} (${distinct.length}):\n  ${distinct.slice(0, shown).join('\n  ')}${more}`);
  process.exit(1);
}

/** tsc's build: `src/x/y.ts` compiles to `dist/x/y.js` (tsconfig.build.json's rootDir and outDir). */
const build = readJson('tsconfig.build.json').compilerOptions;
const SOURCE_DIR = posix.normalize(build.rootDir);
const OUT_DIR = posix.normalize(build.outDir);

/**
 * A module path as the manifest writes it: the shipped `dist/…js` file. Takes
 * what the analyzer writes (`src/x.ts`, `/src/x.js`, or `./x.js` relative to
 * the module `from`). Paths outside the source folder are returned unchanged.
 */
export function shippedPath(path, from) {
  let normal = path.startsWith('.') && from ? posix.join(posix.dirname(from), path) : path;
  normal = posix.normalize(normal.replace(/^\/+/, ''));
  if (!normal.startsWith(`${SOURCE_DIR}/`)) return normal;
  return `${OUT_DIR}/${normal.slice(SOURCE_DIR.length + 1).replace(/\.(ts|js)$/, '')}.js`;
}

/** The TypeScript file a shipped `dist/…js` path is compiled from, or undefined if it is none. */
export function sourceOf(path) {
  if (!path.startsWith(`${OUT_DIR}/`) || !path.endsWith('.js')) return undefined;
  const source = `${SOURCE_DIR}/${path.slice(OUT_DIR.length + 1, -'.js'.length)}.ts`;
  return existsSync(join(root, source)) ? source : undefined;
}

/** The modules a user can import: the `default` targets of package.json's "exports" that are JavaScript. */
export function publicModules() {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(readJson('package.json').exports);
  return new Set(targets.filter((target) => target.endsWith('.js')).map((target) => posix.normalize(target)));
}

/** A default as the manifest writes it: a JavaScript literal (`'cold'`, `15`, `false`), or the initializer's text. */
export function defaultText(fact) {
  if (!fact.constant) return fact.text;
  const { value } = fact;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return String(value);
}

/** The TypeScript program of src/ (with tsconfig.json's options), plus `extra` as a virtual module at the root. */
export function sourceProgram(extra = '') {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  // Unused imports in the virtual module are fine: it only asks the compiler questions.
  const options = { ...parsed.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
  const virtual = join(root, '__manifest_facts__.ts');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === virtual ? ts.createSourceFile(name, extra, language, true) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === virtual || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === virtual ? extra : readFile(name));
  const sources = parsed.fileNames.filter((file) => relative(root, file).startsWith(`${SOURCE_DIR}/`));
  const program = ts.createProgram([...sources, virtual], options, host);
  return { program, checker: program.getTypeChecker(), virtual: program.getSourceFile(virtual) };
}

const isSource = (node) => relative(root, node.getSourceFile().fileName).startsWith(`${SOURCE_DIR}/`);
const hasModifier = (node, kind) => ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false;

/** The declaration a name refers to, through imports. */
function declarationOf(checker, node) {
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

/**
 * The value of a field's initializer when it is a constant: a literal, a
 * `const` (through imports and `as const` objects) or `this.localName` (the
 * tag). `{ constant: false }` for anything else (`Math.random`, a call).
 */
function evaluate(checker, expression, tag) {
  const unknown = { constant: false };
  let node = expression;
  while (
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isTypeAssertionExpression(node)
  )
    node = node.expression;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { constant: true, value: node.text };
  if (ts.isNumericLiteral(node)) return { constant: true, value: Number(node.text) };
  if (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand)
  )
    return { constant: true, value: -Number(node.operand.text) };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { constant: true, value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { constant: true, value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { constant: true, value: null };
  if (ts.isIdentifier(node)) {
    if (node.text === 'undefined') return { constant: true, value: undefined };
    const declaration = declarationOf(checker, node);
    const isConst =
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const &&
      isSource(declaration);
    return isConst ? evaluate(checker, declaration.initializer, tag) : unknown;
  }
  if (ts.isPropertyAccessExpression(node)) {
    if (node.expression.kind === ts.SyntaxKind.ThisKeyword && node.name.text === 'localName')
      return { constant: true, value: tag };
    // `SESSION_MINUTES.fallback`: a property of a `const` object literal.
    let object = node.expression;
    if (ts.isIdentifier(object)) {
      const declaration = declarationOf(checker, object);
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !isSource(declaration))
        return unknown;
      if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return unknown;
      object = declaration.initializer;
    }
    while (ts.isAsExpression(object) || ts.isSatisfiesExpression(object) || ts.isParenthesizedExpression(object))
      object = object.expression;
    if (!ts.isObjectLiteralExpression(object)) return unknown;
    const property = object.properties.find(
      (candidate) =>
        ts.isPropertyAssignment(candidate) &&
        candidate.name.getText() === node.name.text &&
        !ts.isComputedPropertyName(candidate.name)
    );
    return property ? evaluate(checker, property.initializer, tag) : unknown;
  }
  return unknown;
}

/** The class a class extends, when it is declared in src/. */
function superclassOf(checker, declaration) {
  const clause = declaration.heritageClauses?.find((heritage) => heritage.token === ts.SyntaxKind.ExtendsKeyword);
  const expression = clause?.types[0]?.expression;
  if (!expression) return undefined;
  const superclass = declarationOf(checker, expression);
  return superclass && ts.isClassDeclaration(superclass) && isSource(superclass) ? superclass : undefined;
}

/**
 * Every widget: `HTMLElementTagNameMap` entries named `spasm-*` in src/, with
 * its class, its module and the default of each public field that has an
 * initializer (its own or inherited).
 *
 * @returns {Map<string, { className: string, source: string, module: string,
 *   defaults: Map<string, { constant: boolean, value?: unknown, text: string }> }>}
 */
export function widgets({ program, checker } = sourceProgram('export type Tags = HTMLElementTagNameMap;')) {
  const virtual = program.getSourceFiles().find((file) => file.fileName.endsWith('__manifest_facts__.ts'));
  const alias = virtual.statements.find(
    (statement) => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'Tags'
  );
  if (!alias) throw new Error('manifest-facts: the program needs `export type Tags = HTMLElementTagNameMap;`');
  const tags = checker.getTypeAtLocation(alias.name);
  const result = new Map();
  for (const property of tags.getProperties()) {
    const tag = property.getName();
    if (!tag.startsWith('spasm-')) continue;
    const declaration = checker.getTypeOfSymbol(property).getSymbol()?.valueDeclaration;
    if (!declaration || !ts.isClassDeclaration(declaration)) continue;
    const defaults = new Map();
    for (let klass = declaration; klass; klass = superclassOf(checker, klass)) {
      for (const member of klass.members) {
        if (!ts.isPropertyDeclaration(member) || !member.initializer || !ts.isIdentifier(member.name)) continue;
        if (
          [ts.SyntaxKind.StaticKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword].some((kind) =>
            hasModifier(member, kind)
          )
        )
          continue;
        // The subclass's own initializer wins over its superclass's.
        if (defaults.has(member.name.text)) continue;
        const value = evaluate(checker, member.initializer, tag);
        defaults.set(member.name.text, { ...value, text: member.initializer.getText().replace(/\s+/g, ' ') });
      }
    }
    const source = relative(root, declaration.getSourceFile().fileName);
    result.set(tag, { className: declaration.name.text, source, module: shippedPath(source), defaults });
  }
  return result;
}

/** The manifest's schema and its version: the `custom-elements-manifest` package. */
export function manifestSchema() {
  const folder = dirname(createRequire(import.meta.url).resolve('custom-elements-manifest/package.json'));
  return {
    schema: JSON.parse(readFileSync(join(folder, 'schema.json'), 'utf8')),
    version: JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version,
  };
}
