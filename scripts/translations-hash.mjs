import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** locales/, or the copy SPASM_LOCALES_DIR names (tests). */
const LOCALES_DIR = process.env.SPASM_LOCALES_DIR
  ? pathToFileURL(`${resolve(process.env.SPASM_LOCALES_DIR)}/`)
  : new URL('../locales/', import.meta.url);

/**
 * A digest of every translation in a locale's XLIFF file: a clinical review is of exactly these words.
 * Only the words: the attributes of <trans-unit> and <target> (`approved`, `state`, which
 * scripts/xliff-states.mjs sets from the review itself) are not part of it.
 */
export function translationsHash(locale, dir = LOCALES_DIR) {
  const xliff = readFileSync(new URL(`${locale}.xlf`, dir), 'utf8');
  const targets = [...xliff.matchAll(/<trans-unit\b[^>]*?\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)]
    .map(([, id, body]) => `${id}\u0000${body.match(/<target\b[^>]*>([\s\S]*?)<\/target>/)?.[1] ?? ''}`)
    .sort();
  return createHash('sha256').update(targets.join('\n')).digest('hex').slice(0, 16);
}
