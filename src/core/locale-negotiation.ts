/**
 * Picks the best supported locale for a BCP 47 tag. Pure: no DOM, never
 * throws, so it can be tested table-driven.
 *
 * Tags are compared after `Intl.Locale#maximize()`, which adds the likely
 * script and region: `pt` is `pt-Latn-BR`, `zh-CN` is `zh-Hans-CN`, `zh-TW`
 * is `zh-Hant-TW`. A tag then matches a supported locale exactly, else one of
 * the same language and script, so `es-MX` gets `es`, `pt-PT` gets `pt-BR`,
 * and a Traditional Chinese reader is not handed Simplified Chinese.
 */
import { LIKELY_SUBTAGS } from '../generated/intl-tables.js';

export interface Negotiated {
  /** A locale from `supported`, or `fallback`. */
  locale: string;
  /** False when a tag was given but nothing matched it. */
  matched: boolean;
}

/** What the negotiation reads of a maximized tag; an Intl.Locale has it too. */
export interface Likely {
  language: string;
  script?: string;
  /** language-script-region, and any variants. */
  baseName: string;
}

/** Per language and script: [language, script, usual region, regions where the script is likely]. */
const LIKELY = LIKELY_SUBTAGS.split(' ').map((entry) => entry.split('-'));

/**
 * [language, script, region] of `locale` maximized from
 * src/generated/intl-tables.ts (made at build time by asking Intl the same),
 * where it covers the tag: a shipped language alone, with a region (zh-TW is
 * zh-Hant-TW) or with one of its scripts there, without variants; else
 * undefined. Intl's likely-subtags data is slow to load (issue 25).
 */
export function likelyFromTable({ language, script, region = '', baseName }: Intl.Locale): string[] | undefined {
  const found =
    LIKELY.find(
      ([lang, likely, , ...regions]) => lang === language && (script ? likely === script : regions.includes(region))
    ) ?? LIKELY.find(([lang]) => !script && lang === language);
  // ZZ, the unknown region, counts as none for maximize(): left to Intl.
  return found && baseName === [language, script, region].filter(Boolean).join('-') && region !== 'ZZ'
    ? [language, found[1], region || found[2]]
    : undefined;
}

/** `tag` as Intl.Locale#maximize() gives it, from the table where it can; undefined for no language tag. */
export function maximize(tag: string): Likely | undefined {
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-'));
    const subtags = likelyFromTable(locale);
    return subtags ? { language: subtags[0], script: subtags[1], baseName: subtags.join('-') } : locale.maximize();
  } catch {
    return undefined;
  }
}

export function negotiateLocale(
  tag: string | null | undefined,
  supported: readonly string[],
  fallback: string
): Negotiated {
  if (!tag?.trim()) return { locale: fallback, matched: true };
  const wanted = maximize(tag.trim());
  const sameScript = (candidate: string) => {
    const offered = maximize(candidate);
    return offered?.language === wanted?.language && offered?.script === wanted?.script;
  };
  const locale =
    supported.find((candidate) => maximize(candidate)?.baseName === wanted?.baseName) ??
    (wanted && supported.find(sameScript));
  return locale ? { locale, matched: true } : { locale: fallback, matched: false };
}
