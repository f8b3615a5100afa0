#!/usr/bin/env node
/**
 * Prints the block to paste into a page's <head> (README: Quick start):
 *
 *   npx spasm-widgets-embed [--lang <tag>] [--base <url>] [--drop-in <name>] [--widgets <folder,...>] [--link]
 *                           [--integrity]
 *
 *   --lang     the page's language (its <html lang>): adds a modulepreload
 *              link per message file of that language, so they arrive with
 *              the script instead of a round trip after it. Default: en
 *              (nothing to preload).
 *   --base     where dist/cdn/ is served. Default: /assets/spasm-widgets/dist/cdn/
 *   --drop-in  spasm-widgets (every widget, the default),
 *              spasm-widgets-hydrate (every widget, taking over the HTML of
 *              server-rendered ones; no host rule: they hold their place)
 *              or one widget's drop-in (spasm-timer, spasm-checklist,
 *              spasm-quiz).
 *   --widgets  with an all-in-one drop-in, the widgets the page shows
 *              (checklist,timer,quiz): only their messages are preloaded.
 *   --link     the host rule as a <link> to dist/cdn/spasm-widgets.css
 *              instead of a <style> (for a style-src without 'unsafe-inline').
 *   --integrity  for files from a public CDN: an `integrity` on every tag, and
 *              first an import map with the integrity of the drop-in's
 *              chunks, from dist/cdn/integrity.json (README: Checking the
 *              files from a CDN).
 *
 * It reads the package's dist/, so the files it names are the ones shipped.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ALL_IN_ONE, WIDGETS } from '../dist/widgets.js';
import { DROP_INS, INTEGRITY_FILE, missingFiles, pasteBlock } from './embed-block.mjs';

const CDN = new URL('../dist/cdn/', import.meta.url);

function main() {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'en' },
      base: { type: 'string', default: '/assets/spasm-widgets/dist/cdn/' },
      'drop-in': { type: 'string', default: ALL_IN_ONE.name },
      widgets: { type: 'string' },
      link: { type: 'boolean', default: false },
      integrity: { type: 'boolean', default: false },
    },
  });
  const dropIn = values['drop-in'];
  if (!DROP_INS.includes(dropIn)) return fail(`--drop-in ${dropIn}: not one of ${DROP_INS.join(', ')}`);
  const folders = values.widgets?.split(',').map((folder) => folder.trim());
  const unknown = folders?.filter((folder) => !WIDGETS.some((widget) => widget.folder === folder)) ?? [];
  if (unknown.length)
    return fail(`--widgets ${unknown.join(',')}: not one of ${WIDGETS.map((w) => w.folder).join(',')}`);
  const widgets = folders ? WIDGETS.filter((widget) => folders.includes(widget.folder)) : WIDGETS;
  const missing = missingFiles(CDN, values.lang, dropIn, widgets, values.integrity);
  if (missing.length) return fail(`not in ${CDN.pathname} (build first?): ${missing.join(', ')}`);
  const integrity = values.integrity ? JSON.parse(readFileSync(new URL(INTEGRITY_FILE, CDN), 'utf8')) : undefined;
  const { lang, base, link } = values;
  process.stdout.write(pasteBlock({ lang, base, dropIn, widgets, link, integrity }));
  return 0;
}

function fail(message) {
  console.error(`spasm-widgets-embed: ${message}`);
  return 2;
}

try {
  process.exitCode = main();
} catch (error) {
  // parseArgs: an unknown option or a missing value.
  process.exitCode = fail(error.message);
}
