// Points the locale modules that `lit-localize build` writes at our own str``
// tag instead of @lit/localize's, so the library needs none of @lit/localize
// at run time and a host page's own copy stays untouched.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/generated/locales/', import.meta.url);
for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
  const file = new URL(name, dir);
  const code = readFileSync(file, 'utf8');
  const rewritten = code.replace(
    /import\s*\{\s*str\s*\}\s*from\s*'@lit\/localize';/,
    "import { str } from '../../core/localization.js';"
  );
  if (rewritten === code && code.includes('@lit/localize')) throw new Error(`${name}: unexpected @lit/localize import`);
  writeFileSync(file, rewritten);
}
