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
 * this string together, with the source.
 *
 * Each entry is `CC` + the number to call for an ambulance, optionally
 * `,urgent,label` for a national non-emergency medical advice line (the label
 * defaults to the urgent number). Kept as one string, parsed on first use: it
 * ships in every widget.
 */
const REGIONS =
  'AT112,1450;AU000;BE112;BG112;BR192;CA911,811;CH144;CL131;CN120;CO123;CY112;CZ112;' +
  'DE112,116117;DK112;EE112;ES112;FI112;FR112;GB999,111,NHS 111;GR112;HK999;HR112;HU112;IE112;IL101;IN112;IS112;' +
  'IT112;JP119;KR119;LI144;LT112;LU112;LV112;MD112;MT112;MX911;NL112;NO113,116117,Legevakt;NZ111,0800 611 116,Healthline;' +
  'PH911;PL112;PT112,808 24 24 24,SNS 24;RO112;SE112,1177;SG995;SI112;SK112;TH1669;TR112;TW119;US911';

/**
 * For a tag without a region: only languages where every country that has the
 * language as an official or majority language answers the same number (see
 * the docs for each). No `en`, `es`, `fr`, `pt`, `ar`, `zh`, `nl`, `it`...:
 * their countries use different numbers.
 */
const LANGUAGES =
  'bg112;cs112;da112;de112;el112;et112;fi112;ga112;he101;is112;ja119;lb112;lt112;lv112;mt112;nb113;nn113;no113;' +
  'pl112;ro112;sk112;sl112;sv112;th1669;tr112';

export interface HelpNumbers {
  emergency?: string;
  urgent?: string;
  urgentLabel?: string;
}

let regions: Map<string, string[]> | undefined;
let languages: Map<string, string[]> | undefined;

/** `'GB999,111,NHS 111;US911'` → GB → ['999', '111', 'NHS 111'], US → ['911']. */
function parse(table: string): Map<string, string[]> {
  return new Map(
    table.split(';').map((entry) => {
      const [, key, fields] = /^([a-z]+)(.*)$/i.exec(entry)!;
      return [key, fields.split(',')];
    })
  );
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
  if (typeof tag !== 'string') return {};
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return {};
  }
  const region = locale.region ?? '';
  if (/^[A-Z]{2}$/.test(region)) {
    const [emergency, urgent, urgentLabel = urgent] = (regions ??= parse(REGIONS)).get(region) ?? [];
    if (!emergency) return {};
    return urgent ? { emergency, urgent, urgentLabel } : { emergency };
  }
  const [emergency] = (languages ??= parse(LANGUAGES)).get(locale.language) ?? [];
  return emergency ? { emergency } : {};
}
