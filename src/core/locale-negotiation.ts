/**
 * Picks the best supported locale for a BCP 47 tag, and says which script a
 * tag is written in. Pure: no DOM, never throws, so it can be tested
 * table-driven.
 *
 * A tag matches a supported locale exactly, else one of the same language
 * and script, so `es-MX` gets `es`, `pt-PT` gets `pt-BR`, and a Traditional
 * Chinese reader (`zh-TW`, which is `zh-Hant-TW`) is not handed Simplified
 * Chinese. The script a tag leaves out is its likely one: for the shipped
 * languages, from the build-time table (src/generated/intl-tables.ts), as
 * Intl's likely-subtags data is slow to load on a phone (issue 25); for any
 * other, from `Intl.Locale#maximize()`.
 *
 * A supported locale with extensions (a site's translation for
 * `ar-EG-u-nu-latn`) is for exactly that tag: only a tag equal to it gets it.
 */
import { LIKELY_SCRIPTS, REGIONAL_SCRIPTS, TABLE_LANGUAGES } from '../generated/intl-tables.js';

export interface Negotiated {
  /** A locale from `supported`, or `fallback`. */
  locale: string;
  /** False when a tag was given but nothing matched it. */
  matched: boolean;
}

export function negotiateLocale(
  tag: string | null | undefined,
  supported: readonly string[],
  fallback: string
): Negotiated {
  if (!tag?.trim()) return { locale: fallback, matched: true };
  const wanted = parse(tag.trim());
  const same = (candidate: string, wantedTag: string) => candidate.toLowerCase() === wantedTag.toLowerCase();
  const exact = wanted && supported.find((candidate) => same(candidate, String(wanted)));
  const plain = supported.filter((candidate) => !hasExtensions(candidate));
  const locale = exact ?? (wanted && (fromTable(wanted, plain) ?? fromIntl(wanted, plain)));
  return locale ? { locale, matched: true } : { locale: fallback, matched: false };
}

/**
 * The script `tag` is written in: the one it names, else its likely one
 * (from the table for a shipped language, else from Intl). Undefined for
 * what is not a language tag.
 */
export function likelyScript(tag: string): string | undefined {
  // Once per tag: every render asks for its direction, a running timer's once a second (issue 25).
  if (!scripts.has(tag)) {
    const locale = parse(tag);
    scripts.set(tag, locale && (locale.script ?? tableScript(locale) ?? locale.maximize().script));
  }
  return scripts.get(tag);
}

const scripts = new Map<string, string | undefined>();

function parse(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

const hasExtensions = (tag: string) => {
  const locale = parse(tag);
  return locale !== undefined && String(locale) !== locale.baseName;
};

/** A shipped language's likely script, from the table: Latin where it names none. */
const usualScript = (language: string) => LIKELY_SCRIPTS[language] ?? 'Latn';

/** A shipped language's likely script in the tag's region, from the table; undefined for any other tag or one with a variant. */
function tableScript({ language, script, region = '', baseName }: Intl.Locale): string | undefined {
  const hasVariant = baseName !== [language, script, region].filter(Boolean).join('-');
  if (!TABLE_LANGUAGES.includes(language) || hasVariant) return undefined;
  return REGIONAL_SCRIPTS[language]?.[region] ?? usualScript(language);
}

/**
 * A tag of a shipped language with no variant: the supported locale equal to
 * it, else the first of its language in its script (the one it names, or
 * the table's likely one). Undefined for any other tag, which Intl decides.
 */
function fromTable(wanted: Intl.Locale, supported: readonly string[]): string | undefined {
  const { language, script, baseName } = wanted;
  const exact = supported.find((candidate) => candidate.toLowerCase() === baseName.toLowerCase());
  const regional = tableScript(wanted);
  if (exact || !regional) return exact;
  // One script in every region: any locale of the language fits a tag that names none.
  if (!REGIONAL_SCRIPTS[language])
    return script ? undefined : supported.find((candidate) => parse(candidate)?.language === language);
  const likely = script ?? regional;
  return supported.find((candidate) => {
    const offered = parse(candidate);
    return offered?.language === language && (offered.script ?? usualScript(language)) === likely;
  });
}

/** Compared after `Intl.Locale#maximize()`, which adds the likely script and region: `pt` is `pt-Latn-BR`. */
function fromIntl(wanted: Intl.Locale, supported: readonly string[]): string | undefined {
  const likely = wanted.maximize();
  const offered = supported.map((candidate) => parse(candidate)?.maximize());
  const same = offered.findIndex((locale) => locale?.baseName === likely.baseName);
  const sameScript = offered.findIndex(
    (locale) => locale?.language === likely.language && locale.script === likely.script
  );
  return supported[same === -1 ? sameScript : same];
}
