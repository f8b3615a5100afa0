/**
 * Emergency (ambulance) numbers by region, for widgets whose host page has
 * not set `emergency-number`. docs/emergency-numbers.md documents every entry
 * with its source and the date it was checked;
 * scripts/check-emergency-docs.mjs fails when this file and the docs differ.
 *
 * Medical-safety rule: never guess a number. A region is here only when an
 * official source (government, health service, EU law) names its number; a
 * region we are not sure of is left out, and the widget then says "your local
 * emergency number" instead. To add or change a number, change the docs and
 * these strings together, with the source.
 */

/**
 * Groups of a number, then the regions (upper case) and the languages (lower
 * case) that call it for an ambulance. A language is here only when every
 * country that has it as an official or majority language answers the same
 * number (see the docs for each): no `en`, `es`, `fr`, `pt`, `ar`, `zh`,
 * `nl`, `it`. Grouped by number because it ships in every widget: this way
 * it gzips to about half of one entry per region.
 */
const EMERGENCY =
  '112 AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IN IS IT LT LU LV MD MT NL PL PT RO SE SI SK TR ' +
  'bg cs da de el et fi ga is lb lt lv mt pl ro sk sl sv tr;911 CA MX PH US;119 JP KR TW ja;113 NO nb nn no;' +
  '144 CH LI;999 GB HK;101 IL he;1669 TH th;000 AU;192 BR;131 CL;120 CN;123 CO;111 NZ;995 SG';

/** Region + its national non-emergency line for urgent medical advice [, the line's name]. */
const URGENT =
  'AT1450;CA811;DE116117;GB111,NHS 111;NO116117,Legevakt;NZ0800 611 116,Healthline;PT808 24 24 24,SNS 24;SE1177';

export interface HelpNumbers {
  /** The national emergency number. */
  emergency?: string;
  /** A health service's own ambulance number, shown beside the national one (India's 108). */
  ambulance?: string;
  /** The region the numbers were inferred from when only the page's language named it: shown with them. */
  inferredCountry?: string;
  urgent?: string;
  urgentLabel?: string;
}

/**
 * Numbers for a BCP 47 tag: by its explicit region, else by its language where
 * all its countries share one number, else {}. Never throws.
 *
 * The region is the tag's own (`en-GB` → GB); the tag is not maximized, so a
 * bare `en` stays unknown instead of becoming US and 911. A two-letter region
 * missing from the table gives {}, not the language's number: `de-NA` is a
 * reader in Namibia, where 112 is not the number. A numeric region (`es-419`,
 * Latin America) names no country, so the language decides.
 */
export function numbersForTag(tag: string | null | undefined): HelpNumbers {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(String(tag).trim().replace(/_/g, '-'));
  } catch {
    return {};
  }
  const key = /^[A-Z]{2}$/.test(locale.region ?? '') ? locale.region! : locale.language;
  const group = EMERGENCY.split(';').find((candidate) => candidate.split(' ').includes(key));
  if (!group) return {};
  const emergency = group.split(' ')[0];
  const line = URGENT.split(';').find((candidate) => candidate.startsWith(key));
  if (!line) return { emergency };
  const [urgent, urgentLabel = urgent] = line.slice(2).split(',');
  return { emergency, urgent, urgentLabel };
}
