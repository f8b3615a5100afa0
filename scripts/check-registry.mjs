// Keeps src/widgets.js the one list of widgets. Fails, with file:line, when
// - a build script, check or shared module names a widget (its tag, or its
//   folder as a name: 'timer', `/timer/`, `timer:`) outside ALLOWED;
// - src/define.ts or src/index.ts, which must name each widget's modules
//   (static imports), or src/react/index.ts, which must export each widget's
//   React component, disagree with the registry;
// - the widgets the source declares (HTMLElementTagNameMap) are not the
//   registry's, with its classes in its modules;
// - the consumer of test/consumer uses a widget the registry lacks, or
//   misses one it has.
// package.json "exports" is checked by scripts/check-package.mjs.
//
//   node scripts/check-registry.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WIDGETS, widgetFiles } from '../src/widgets.js';
import { widgets as declaredWidgets } from './manifest-facts.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

/** Files that may name particular widgets, and why. */
const ALLOWED = {
  'src/widgets.js': 'the registry itself',
  'src/define.ts': 'static imports of each define module, checked below',
  'src/index.ts': 'static re-exports of each class and its types, checked below',
  'src/react/index.ts': "static exports of each widget's React component, checked below",
  'scripts/bench-timers.mjs': 'measures the timer',
  'scripts/trace-timers.mjs': "traces running timers' main-thread time",
  'scripts/print-plan.mjs': "checks each widget's own part of the printed plan",
  'scripts/e2e-embed.mjs':
    "checks particular widgets' behaviour (the timer-only page, the checklist starting the timer)",
  'scripts/framework-apps.mjs': "checks the checklist's steps and change event in each framework's app",
  'scripts/smoke-stories.mjs': "tests of each widget's story states, checked against the registry's state names",
  'scripts/test-ssr.mjs': 'checks what each widget shows when rendered on a server (its signs, steps, question)',
  'scripts/no-script.mjs': 'checks what each server-rendered widget shows in a browser without JavaScript',
  'scripts/ssr-hydration.mjs': "checks the checklist's take-over of its server-rendered root (nodes, pixels, ticks)",
};

/** The files of the build, the checks and the shared code. */
const files = (folder, pattern) =>
  readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
const SCANNED = [
  'rollup.config.mjs',
  'web-test-runner.config.mjs',
  'custom-elements-manifest.config.mjs',
  'src/define.ts',
  'src/index.ts',
  'src/widgets.js',
  ...files('scripts', /\.mjs$/),
  ...files('bin', /\.mjs$/),
  ...files('src/core', /\.ts$/),
  ...files('src/react', /\.ts$/),
  ...files('.storybook', /\.ts$/),
];

const tags = WIDGETS.map((widget) => widget.tag).join('|');
const folders = WIDGETS.map((widget) => widget.folder).join('|');
/** A tag (not an event name such as `spasm-timer-complete`), or a folder as a quoted name, a path segment or a key. */
const NAMED = new RegExp(`\\b(?:${tags})\\b(?!-)|(['"\`])(?:${folders})\\1|/(?:${folders})/|^\\s*(?:${folders})\\s*:`);
/** Comments name widgets freely: only code counts. */
const code = (line) => (/^\s*(\/\/|\/?\*)/.test(line) ? '' : line.replace(/\s\/\/ .*$/, ''));

const problems = [];
for (const file of SCANNED) {
  if (file in ALLOWED) continue;
  read(file)
    .split('\n')
    .forEach((line, index) => {
      const found = NAMED.exec(code(line));
      if (found)
        problems.push(
          `${file}:${index + 1}: names a widget (${found[0].trim()}); read src/widgets.js instead, or add the file to ALLOWED in scripts/check-registry.mjs with its reason`
        );
    });
}

// src/define.ts registers every widget; src/index.ts exports every class.
const imports = (file) => [...read(file).matchAll(/from '\.\/([^']+)'|import '\.\/([^']+)'/g)].map((m) => m[1] ?? m[2]);
const defineImports = imports('src/define.ts').filter((module) => module !== 'index.js');
const expectedDefines = WIDGETS.map((widget) => widgetFiles(widget).defineModule);
if (JSON.stringify([...defineImports].sort()) !== JSON.stringify([...expectedDefines].sort()))
  problems.push(
    `src/define.ts imports ${defineImports.join(', ')}; the registry's define modules are ${expectedDefines.join(', ')}`
  );
const index = read('src/index.ts');
for (const widget of WIDGETS) {
  const { classModule } = widgetFiles(widget);
  if (!new RegExp(`export \\{[^}]*\\b${widget.className}\\b[^}]*\\} from '\\./${classModule}'`).test(index))
    problems.push(`src/index.ts does not export ${widget.className} from './${classModule}'`);
}
const otherClasses = [...index.matchAll(/export \{ (Spasm\w+) \}/g)]
  .map((match) => match[1])
  .filter((name) => !WIDGETS.some((widget) => widget.className === name));
if (otherClasses.length) problems.push(`src/index.ts exports ${otherClasses.join(', ')}, not in src/widgets.js`);

// src/react/index.ts exports a component per widget, named as its class, made from its class for its tag.
const react = read('src/react/index.ts');
const components = [...react.matchAll(/export const (\w+) = .*widgetComponent\(React, '([^']+)', (\w+)\)/g)];
for (const widget of WIDGETS) {
  const component = components.find(([, name]) => name === widget.className);
  const imported = new RegExp(
    `import \\{ ${widget.className} as (\\w+) \\} from '\\.\\./${widgetFiles(widget).classModule}'`
  ).exec(react);
  if (!component || component[2] !== widget.tag || !imported || component[3] !== imported[1])
    problems.push(
      `src/react/index.ts does not export ${widget.className} = widgetComponent(React, '${widget.tag}', <${widget.className} from '../${widgetFiles(widget).classModule}'>)`
    );
}
for (const [, name] of components)
  if (!WIDGETS.some((widget) => widget.className === name))
    problems.push(`src/react/index.ts exports the component ${name}, not in src/widgets.js`);

// The widgets the source declares, by the compiler.
const declared = declaredWidgets();
for (const widget of WIDGETS) {
  const fact = declared.get(widget.tag);
  const source = `src/${widgetFiles(widget).classModule.replace(/\.js$/, '.ts')}`;
  if (!fact) problems.push(`<${widget.tag}> is not in HTMLElementTagNameMap in src/`);
  else if (fact.className !== widget.className || fact.source !== source)
    problems.push(
      `<${widget.tag}> is ${fact.className} in ${fact.source}; src/widgets.js says ${widget.className} in ${source}`
    );
}
for (const tag of declared.keys())
  if (!WIDGETS.some((widget) => widget.tag === tag))
    problems.push(`<${tag}> is declared in src/ but not in src/widgets.js`);

// The packed package's consumer (scripts/check-types.mjs) uses every widget, and only these.
const consumer = read('test/consumer/index.ts');
for (const widget of WIDGETS) {
  if (!new RegExp(`\\b${widget.className}\\b`).test(consumer))
    problems.push(`test/consumer/index.ts does not use ${widget.className}`);
}
for (const [, tag] of consumer.matchAll(/(?:querySelector|createElement)\('([^']+)'\)/g)) {
  if (!WIDGETS.some((widget) => widget.tag === tag))
    problems.push(`test/consumer/index.ts uses <${tag}>, not in src/widgets.js`);
}

if (problems.length > 0) {
  console.error(`The list of widgets is not the registry's (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Widgets: ${WIDGETS.map((widget) => widget.tag).join(', ')} from src/widgets.js; ${SCANNED.length} files scanned, ${Object.keys(ALLOWED).length} allowed to name one.`
);
