/** A locale's name in its own language ("Deutsch", "العربية"); the pseudo-locale says what it is. */
export function languageName(locale: string): string {
  if (locale === 'en-XA') return 'Pseudo-locale';
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}
