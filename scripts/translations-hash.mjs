import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A digest of every translation in a locale's XLIFF file: a clinical review is of exactly these words. */
export function translationsHash(locale) {
  const xliff = readFileSync(new URL(`../locales/${locale}.xlf`, import.meta.url), 'utf8');
  const targets = [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)]
    .map(([, id, body]) => `${id}\u0000${body.match(/<target>([\s\S]*?)<\/target>/)?.[1] ?? ''}`)
    .sort();
  return createHash('sha256').update(targets.join('\n')).digest('hex').slice(0, 16);
}
