// Fails when any locale lacks a translation. `lit-localize extract` (run just
// before) adds every new or changed message to each XLIFF file without a
// <target>; lit-localize itself would only warn and fall back to English.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../locales/', import.meta.url);
const problems = [];
let checked = 0;

const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort().join(' ');

for (const name of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
  const xliff = readFileSync(new URL(name, dir), 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    checked++;
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (target === undefined || target.trim() === '') problems.push(`${name}: "${id}" has no translation`);
    else if (placeholders(source) !== placeholders(target))
      problems.push(`${name}: "${id}" does not keep the placeholders of the English text`);
  }
}

if (problems.length > 0) {
  console.error(`Localization is incomplete (${problems.length} problems):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Localization complete: ${checked} messages checked.`);
