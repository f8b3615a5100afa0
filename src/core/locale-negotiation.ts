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
export interface Negotiated {
  /** A locale from `supported`, or `fallback`. */
  locale: string;
  /** False when a tag was given but nothing matched it. */
  matched: boolean;
}

function maximize(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-')).maximize();
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
