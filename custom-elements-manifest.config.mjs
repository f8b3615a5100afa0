// The analyzer's settings (`cem analyze`, see npm run generate) and the
// plugins that make the published custom-elements.json true for users of the
// package rather than a picture of src/:
// - modules are the shipped `dist/…js` files, and only those a user can
//   import (package.json "exports"), not the internal ones;
// - each widget's `custom-elements-definition` export is where it is
//   registered (`defineElement('spasm-timer', SpasmTimer)` in */define.ts),
//   not the generic `customElements.define(name, constructor)` inside
//   `defineElement`, which the analyzer took for a tag called "name";
// - members are the public API: no private, `#private`, protected or static;
// - a field's default is its value (`15`, `'cold'`, the tag for `storage-key`),
//   not the text of its initializer (`SESSION_MINUTES.fallback`, `DEFAULT_MODE`);
// - type-only exports are left out (they are not in the JavaScript), and a
//   re-export names the module that declares it.
// scripts/check-manifest.mjs checks the result.
import { defaultText, manifestSchema, publicModules, shippedPath, widgets } from './scripts/manifest-facts.mjs';

/** A relative import path as the analyzer writes module paths: from the package root. */
const resolveFrom = (modulePath, specifier) => shippedPath(specifier, modulePath);

/**
 * Per source module: its import bindings (name to module), its type-only
 * export names, and the widgets it registers with `defineElement(tag, Class)`.
 */
function sourceModulesPlugin(modules) {
  return {
    name: 'spasm-source-modules',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const info = { imports: new Map(), typeOnly: new Set(), definitions: [] };
      modules.set(moduleDoc.path, info);
      for (const statement of node.statements) {
        if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly) {
          const from = resolveFrom(moduleDoc.path, statement.moduleSpecifier.text);
          const bindings = statement.importClause.namedBindings;
          if (bindings && ts.isNamedImports(bindings))
            for (const element of bindings.elements) if (!element.isTypeOnly) info.imports.set(element.name.text, from);
        }
        if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
          for (const element of statement.exportClause.elements)
            if (statement.isTypeOnly || element.isTypeOnly) info.typeOnly.add(element.name.text);
        }
      }
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isIdentifier(child.expression) &&
          child.expression.text === 'defineElement' &&
          child.arguments.length === 2 &&
          ts.isStringLiteral(child.arguments[0]) &&
          ts.isIdentifier(child.arguments[1])
        ) {
          info.definitions.push({ tag: child.arguments[0].text, className: child.arguments[1].text });
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
    },
  };
}

/** Keeps what a user of the package sees, at the paths it ships at. */
function publicManifestPlugin(modules) {
  return {
    name: 'spasm-public-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const facts = widgets();
      const entries = publicModules();
      const elementModules = new Map([...facts.values()].map((widget) => [widget.className, widget.module]));
      const reference = (ref, from) => (ref?.module ? { ...ref, module: shippedPath(ref.module, from) } : ref);

      manifest.schemaVersion = manifestSchema().version;
      // The analyzer writes an empty readme path: a path to nothing.
      if (!manifest.readme) delete manifest.readme;

      manifest.modules = manifest.modules.flatMap((module) => {
        const source = module.path;
        const path = shippedPath(source);
        if (!entries.has(path)) return [];
        const info = modules.get(source) ?? { imports: new Map(), typeOnly: new Set(), definitions: [] };
        const declared = new Set((module.declarations ?? []).map((declaration) => declaration.name));

        const declarations = (module.declarations ?? []).map((declaration) => {
          if (declaration.kind !== 'class') return declaration;
          const widget = [...facts.entries()].find(([, fact]) => fact.className === declaration.name);
          const defaults = widget?.[1].defaults ?? new Map();
          const members = (declaration.members ?? [])
            .filter(
              (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#') && !member.static
            )
            .map((member) => {
              const fact = member.kind === 'field' ? defaults.get(member.name) : undefined;
              const withDefault = fact ? { ...member, default: defaultText(fact) } : member;
              return {
                ...withDefault,
                ...(member.inheritedFrom && { inheritedFrom: reference(member.inheritedFrom, source) }),
              };
            });
          const byField = new Map(members.map((member) => [member.name, member]));
          const attributes = (declaration.attributes ?? []).map((attribute) => {
            const field = attribute.fieldName ? byField.get(attribute.fieldName) : undefined;
            const next = { ...attribute };
            if (field?.default !== undefined) next.default = field.default;
            if (next.inheritedFrom) next.inheritedFrom = reference(next.inheritedFrom, source);
            return next;
          });
          const inherited = (items) =>
            items?.map((item) =>
              item.inheritedFrom ? { ...item, inheritedFrom: reference(item.inheritedFrom, source) } : item
            );
          return {
            ...declaration,
            members,
            attributes,
            events: inherited(declaration.events),
            cssProperties: inherited(declaration.cssProperties),
            cssParts: inherited(declaration.cssParts),
            cssStates: inherited(declaration.cssStates),
            slots: inherited(declaration.slots),
            ...(declaration.superclass && { superclass: reference(declaration.superclass, source) }),
          };
        });

        const exports = (module.exports ?? [])
          .filter((entry) => entry.kind !== 'custom-element-definition' && !info.typeOnly.has(entry.name))
          .map((entry) => {
            const declaration = { ...entry.declaration };
            // `import { X } from './x.js'; export { X };`: X is declared in ./x.js, not here.
            if (declaration.module === source && !declared.has(declaration.name) && info.imports.has(declaration.name))
              declaration.module = info.imports.get(declaration.name);
            return { ...entry, declaration: reference(declaration, source) };
          });
        for (const { tag, className } of info.definitions) {
          const classModule = elementModules.get(className);
          if (classModule)
            exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: className, module: classModule },
            });
        }

        return [{ ...module, path, declarations, exports }];
      });
    },
  };
}

const modules = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [sourceModulesPlugin(modules), publicManifestPlugin(modules)],
};
