/**
 * Emergency (ambulance) numbers by country, for widgets whose host page has
 * not set `emergency-number`. docs/emergency-numbers.md documents every entry
 * with its source and the date it was checked;
 * scripts/check-emergency-docs.mjs fails when this file and the docs differ.
 *
 * Medical-safety rule: never guess a number. A country is here only when an
 * official source (government, health service, emergency service, telecom
 * regulator, EU law) names its number, or, as a last resort that the docs
 * name as such, another country's government in its advice to travellers; a
 * country we are not sure of is left out, and the widget then says "your
 * local emergency number" instead. To add or change a number, change the docs
 * and these strings together, with the source.
 */

/**
 * One group per number, separated by `;`: the number, then the regions
 * (upper case, ISO 3166-1) and the languages (lower case) that call it for an
 * ambulance. `112/108` is a national emergency number and, after the slash, a
 * health service's own ambulance number that is official beside it: both are
 * shown. A language is here only when one number reaches an ambulance in
 * every country and region where the language is official (see the docs for
 * each); a language gets no second number. Grouped by number because it ships
 * in every widget.
 */
const EMERGENCY =
  '112 BE BG CY DE DK EE ES FI GR HU IE IS IT LT LU LV MD MT NL PL PT RO SE SI TR ' +
  'bg cs da de el et fi ga is lb lt lv mt pl sl sv;' +
  '112/144 AT CH LI;' +
  '112/155 CZ SK;' +
  '112/15 FR;' +
  '112/194 HR;' +
  '112/108 IN;' +
  '112/103 RU UA;' +
  '911 CA JO MX PH US;' +
  '119 JP KR TW;' +
  '113 NO nb nn no;' +
  '999 BD GB HK MO;' +
  '101 IL he;' +
  '1669 TH th;' +
  '115 IR VN;' +
  '000 AU;' +
  '192 BR;' +
  '131 CL;' +
  '997 SA;' +
  '120 CN;' +
  '123 CO EG;' +
  '111 NZ;' +
  '995 SG';

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

/** The table's numbers for a key: a region (`GB`) or a language (`de`); {} when it has none. */
function lookUp(key: string): HelpNumbers {
  // Once per key: every widget's render looks its numbers up, a running timer's once a second (issue 25).
  if (!looked.has(key)) looked.set(key, readTable(key));
  return { ...looked.get(key) };
}

const looked = new Map<string, HelpNumbers>();

function readTable(key: string): HelpNumbers {
  const group = EMERGENCY.split(';').find((candidate) => candidate.split(' ').slice(1).includes(key));
  if (!group) return {};
  const [emergency, ambulance] = group.split(' ')[0].split('/');
  const numbers: HelpNumbers = ambulance ? { emergency, ambulance } : { emergency };
  // Only a region has an advice line; a language spans countries.
  const line = /^[A-Z]{2}$/.test(key) && URGENT.split(';').find((candidate) => candidate.slice(0, 2) === key);
  if (!line) return numbers;
  const [urgent, urgentLabel = urgent] = line.slice(2).split(',');
  return { ...numbers, urgent, urgentLabel };
}

/**
 * Numbers for the country a site declares (its `country` attribute): an ISO
 * 3166-1 alpha-2 code, in any case, with spaces around it ignored. The
 * numbers carry no `inferredCountry`: the site said where its readers are.
 * An unknown or invalid code gives {}, never another country's number:
 * `UK` is not read as `GB`, nor `GBR` (alpha-3). Never throws.
 */
export function numbersForCountry(country: string | null | undefined): HelpNumbers {
  let code: string;
  try {
    code = String(country ?? '')
      .trim()
      .toUpperCase();
  } catch {
    return {};
  }
  return /^[A-Z]{2}$/.test(code) ? lookUp(code) : {};
}

/**
 * Numbers for a BCP 47 tag: by its explicit region, else by its language where
 * one number reaches an ambulance everywhere it is official, else {}. Never
 * throws.
 *
 * Numbers from the tag's region carry `inferredCountry`, the region's code:
 * a language is not a location, so the widget names the country with them
 * ("In the UK, call 999") and a reader elsewhere can see they may not be
 * theirs. The region is the tag's own (`en-GB` → GB); the tag is not
 * maximized, so a bare `en` stays unknown instead of becoming US and 911. A
 * two-letter region missing from the table gives {}, not the language's
 * number: `de-NA` is a reader in Namibia, where 112 is not the number. A
 * numeric region (`es-419`, Latin America) names no country, so the language
 * decides.
 */
export function numbersForTag(tag: string | null | undefined): HelpNumbers {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(String(tag).trim().replace(/_/g, '-'));
  } catch {
    return {};
  }
  const region = locale.region ?? '';
  if (/^[A-Z]{2}$/.test(region)) {
    const numbers = lookUp(region);
    return numbers.emergency ? { ...numbers, inferredCountry: region } : {};
  }
  const language = locale.language ?? '';
  return /^[a-z]{2,3}$/.test(language) ? lookUp(language) : {};
}
