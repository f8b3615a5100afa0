#!/usr/bin/env node
/**
 * Prints a widget rendered to HTML, for a page or a CMS that runs no
 * server code (README: Server rendering):
 *
 *   npx spasm-widgets render <checklist|timer|quiz> [--lang <tag>] [--<attribute> <value>]... [--<boolean attribute>] [--content <file>]
 *
 *   npx spasm-widgets render checklist --lang es-ES --emergency-number 112 > checklist.html
 *   npx spasm-widgets render checklist --lang en-GB --content steps.json > checklist.html
 *
 * Any of the widget's attributes (custom-elements.json), by its HTML name:
 * --emergency-number, --urgent-number, --urgent-label, --country,
 * --heading-level, --translations, the --signoff-* ones, the widget's own.
 * The snippet starts with a comment naming the Content-Security-Policy its
 * inline styles need (`style-src 'self' 'sha256-…'`); the same line goes to
 * stderr. The warning signs, the numbers and the steps show without any
 * script; with the widget's script on the page it takes over.
 *
 * --content: a JSON file with the site's own content, the document a
 * widget's JSON child holds: `{ "steps": [...] }` for the checklist,
 * `{ "questions": [...] }` for the quiz. It is checked as in a browser (bad
 * items left out, with a warning on stderr), shown in the snippet and
 * written into it for the widget's script.
 *
 * It needs `@lit-labs/ssr` installed beside the package (an optional peer
 * dependency).
 */
import { readFileSync } from 'node:fs';

const USAGE =
  'Usage: npx spasm-widgets render <checklist|timer|quiz> [--lang <tag>] [--<attribute> <value>]... [--content <file>]';

/** The attributes a widget has, with their types, from the package's custom-elements.json. */
function attributesOf(tag) {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  return new Map((declaration?.attributes ?? []).map((attribute) => [attribute.name, attribute.type?.text ?? '']));
}

/** The document of `--content <file>` (taken out of `args`), or undefined without it. */
function contentFrom(args) {
  const at = args.indexOf('--content');
  if (at < 0) return undefined;
  const [, file] = args.splice(at, 2);
  if (file === undefined) throw new Error('--content needs a JSON file, e.g. { "steps": [...] }');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--content ${file}: ${error.message}`, { cause: error });
  }
}

/** `--name value` pairs; a boolean attribute takes no value. */
function parseAttributes(args, known) {
  const attributes = {};
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--/, '');
    if (!args[i].startsWith('--') || !(known.has(name) || name === 'lang'))
      throw new Error(`"${args[i]}" is not an attribute of this widget (${['lang', ...known.keys()].join(', ')})`);
    if (known.get(name) === 'boolean') attributes[name] = true;
    else if (i + 1 < args.length) attributes[name] = args[++i];
    else throw new Error(`--${name} needs a value`);
  }
  return attributes;
}

async function main() {
  const [command, widget, ...rest] = process.argv.slice(2);
  if (command !== 'render' || !widget) throw new Error(USAGE);
  const { renderWidget, styleSrc, widgetTag } = await import('../dist/ssr/index.js');
  const tag = widgetTag(widget);
  const content = contentFrom(rest);
  const attributes = parseAttributes(rest, attributesOf(tag));
  const markup = await renderWidget(tag, attributes, content);
  const csp = styleSrc(markup);
  process.stdout.write(
    `<!-- ${tag}, rendered by spasm-widgets. Content-Security-Policy it needs: ${csp} -->\n${markup}\n`
  );
  process.stderr.write(`Content-Security-Policy: ${csp}\n`);
}

main().catch((error) => {
  process.stderr.write(`spasm-widgets: ${error.message}\n`);
  process.exit(1);
});
