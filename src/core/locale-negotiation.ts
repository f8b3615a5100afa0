/**
 * Picks the best supported locale for a BCP 47 tag. Pure: no DOM, no globals
 * beyond `Intl`, never throws, so it can be tested table-driven.
 */

/** Tags whose language alone is ambiguous map to the variant we ship. */
const LANGUAGE_DEFAULTS: Readonly<Record<string, string>> = {
  pt: 'pt-BR',
  zh: 'zh-Hans',
};

/** Region-only Chinese tags imply a script. */
const CHINESE_REGION_SCRIPTS: Readonly<Record<string, string>> = {
  CN: 'Hans',
  SG: 'Hans',
  MY: 'Hans',
  TW: 'Hant',
  HK: 'Hant',
  MO: 'Hant',
};

export interface Negotiated {
  /** A locale from `supported`, or `fallback`. */
  locale: string;
  /** False when nothing matched and `fallback` was used for a non-empty tag. */
  matched: boolean;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Matches in order: the exact tag, language-script, language-region,
 * the language alone, the language's default variant, then any supported
 * locale of the same language. Case-insensitive.
 */
export function negotiateLocale(
  tag: string | null | undefined,
  supported: readonly string[],
  fallback: string
): Negotiated {
  const trimmed = (tag ?? '').trim();
  if (trimmed === '') return { locale: fallback, matched: true };
  const canonicalTag = canonical(trimmed.replace(/_/g, '-'));
  if (!canonicalTag) return { locale: fallback, matched: false };

  const byLowerCase = new Map(supported.map((s) => [s.toLowerCase(), s]));
  const find = (candidate: string) => byLowerCase.get(candidate.toLowerCase());

  const [language, ...subtags] = canonicalTag.split('-');
  const script = subtags.find((s) => /^[A-Za-z]{4}$/.test(s));
  const region = subtags.find((s) => /^([A-Za-z]{2}|\d{3})$/.test(s));
  const impliedScript =
    script ?? (language === 'zh' && region ? CHINESE_REGION_SCRIPTS[region.toUpperCase()] : undefined);

  const languageDefault = LANGUAGE_DEFAULTS[language];
  // A reader of another script (Traditional Chinese) is not served the default one (Simplified).
  const scriptConflicts = Boolean(impliedScript && languageDefault?.endsWith(`-${impliedScript}`) === false && /-[A-Z][a-z]{3}$/.test(languageDefault));
  const candidates = [
    canonicalTag,
    impliedScript && `${language}-${impliedScript}`,
    region && `${language}-${region}`,
    ...(scriptConflicts ? [] : [language, languageDefault]),
  ];
  for (const candidate of candidates) {
    const found = candidate && find(candidate);
    if (found) return { locale: found, matched: true };
  }
  if (!scriptConflicts) {
    const sameLanguage = supported.find((s) => s.toLowerCase().split('-')[0] === language);
    if (sameLanguage) return { locale: sameLanguage, matched: true };
  }
  return { locale: fallback, matched: language === fallback.split('-')[0] };
}
