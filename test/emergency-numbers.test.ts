import { expect } from '@open-wc/testing';
import { numbersForCountry, numbersForTag, type HelpNumbers } from '../src/core/emergency-numbers.js';

/** Inputs that are not strings at all: neither function may throw on them. */
const NOT_STRINGS: unknown[] = [
  42,
  0,
  NaN,
  true,
  {},
  [],
  ['GB'],
  Symbol('x'),
  () => 'en-GB',
  { toString: () => 'GB' },
  {
    toString() {
      throw new Error('no');
    },
  },
  Object.create(null),
];

describe('numbersForCountry', () => {
  const cases: [string | null | undefined, HelpNumbers][] = [
    // A country's row: no inferredCountry, because the site declared it.
    ['GB', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111' }],
    ['US', { emergency: '911' }],
    ['DE', { emergency: '112', urgent: '116117', urgentLabel: '116117' }],
    ['NO', { emergency: '113', urgent: '116117', urgentLabel: 'Legevakt' }],
    ['BR', { emergency: '192' }],
    ['JP', { emergency: '119' }],
    ['TR', { emergency: '112' }],
    // A health service's ambulance number beside the national one.
    ['IN', { emergency: '112', ambulance: '108' }],
    ['RU', { emergency: '112', ambulance: '103' }],
    ['UA', { emergency: '112', ambulance: '103' }],
    ['AT', { emergency: '112', ambulance: '144', urgent: '1450', urgentLabel: '1450' }],
    ['CH', { emergency: '112', ambulance: '144' }],
    ['LI', { emergency: '112', ambulance: '144' }],
    ['CZ', { emergency: '112', ambulance: '155' }],
    ['SK', { emergency: '112', ambulance: '155' }],
    ['FR', { emergency: '112', ambulance: '15' }],
    ['HR', { emergency: '112', ambulance: '194' }],
    // Added at the 2026-12-07 check, with an official source each.
    ['IR', { emergency: '115' }],
    ['MO', { emergency: '999' }],
    ['MD', { emergency: '112' }],
    ['BD', { emergency: '999' }],
    ['JO', { emergency: '911' }],
    // Added at the 2026-12-07 check from other countries' governments, the last resort (docs: note 10).
    ['EG', { emergency: '123' }],
    ['SA', { emergency: '997' }],
    ['VN', { emergency: '115' }],
    ['vn', { emergency: '115' }],
    // Any case; spaces around it do not count.
    ['gb', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111' }],
    ['In', { emergency: '112', ambulance: '108' }],
    [' in ', { emergency: '112', ambulance: '108' }],
    ['\tRU\n', { emergency: '112', ambulance: '103' }],
    // A country code, not a language: `de` is Germany, `no` Norway, `th` Thailand.
    ['de', { emergency: '112', urgent: '116117', urgentLabel: '116117' }],
    ['no', { emergency: '113', urgent: '116117', urgentLabel: 'Legevakt' }],
    ['th', { emergency: '1669' }],
    // Countries without an official source: nothing, never a guess (docs: "Not listed, and why").
    ['ID', {}],
    ['KE', {}],
    ['TZ', {}],
    ['AE', {}],
    ['AR', {}],
    ['PE', {}],
    ['DZ', {}],
    ['IQ', {}],
    ['MA', {}],
    ['SD', {}],
    ['ZA', {}],
    ['NA', {}],
    ['RS', {}],
    ['PW', {}],
    // Not an ISO 3166-1 alpha-2 code of the table: nothing, not a near match.
    ['UK', {}],
    ['GBR', {}],
    ['USA', {}],
    ['G', {}],
    ['G B', {}],
    ['en-GB', {}],
    ['419', {}],
    ['1', {}],
    ['', {}],
    ['   ', {}],
    ['Ελ', {}],
    [null, {}],
    [undefined, {}],
  ];
  for (const [country, expected] of cases) {
    it(`${JSON.stringify(country)} -> ${JSON.stringify(expected)}`, () => {
      expect(numbersForCountry(country)).to.deep.equal(expected);
    });
  }

  it('never sets inferredCountry: the site declared the country', () => {
    for (const country of ['GB', 'IN', 'RU', 'US', 'CH', 'JP']) {
      expect(numbersForCountry(country)).not.to.have.property('inferredCountry');
    }
  });

  it('never throws, whatever it is given', () => {
    for (const country of [...NOT_STRINGS, 'GB-'.repeat(1000), '\u0000', '\uD800']) {
      expect(() => numbersForCountry(country as string)).not.to.throw();
    }
  });

  it('gives nothing for anything that is not a string naming a listed country', () => {
    for (const country of [42, true, {}, [], Symbol('x'), () => 'GB', Object.create(null)]) {
      expect(numbersForCountry(country as unknown as string)).to.deep.equal({});
    }
  });

  it('returns a fresh object each time, so a caller cannot change the table', () => {
    const first = numbersForCountry('IN');
    first.emergency = '123';
    first.ambulance = '456';
    expect(numbersForCountry('IN')).to.deep.equal({ emergency: '112', ambulance: '108' });
  });
});

describe('numbersForTag', () => {
  const cases: [string | null | undefined, HelpNumbers][] = [
    // By the tag's own region, with that region named: a language is not a location.
    ['en-GB', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111', inferredCountry: 'GB' }],
    ['en-US', { emergency: '911', inferredCountry: 'US' }],
    ['en-AU', { emergency: '000', inferredCountry: 'AU' }],
    ['en-IN', { emergency: '112', ambulance: '108', inferredCountry: 'IN' }],
    ['hi-IN', { emergency: '112', ambulance: '108', inferredCountry: 'IN' }],
    // Bengali in India is India's numbers, not Bangladesh's: the region decides.
    ['bn-IN', { emergency: '112', ambulance: '108', inferredCountry: 'IN' }],
    ['ru-RU', { emergency: '112', ambulance: '103', inferredCountry: 'RU' }],
    ['uk-UA', { emergency: '112', ambulance: '103', inferredCountry: 'UA' }],
    ['ru-UA', { emergency: '112', ambulance: '103', inferredCountry: 'UA' }],
    ['fa-IR', { emergency: '115', inferredCountry: 'IR' }],
    ['vi-VN', { emergency: '115', inferredCountry: 'VN' }],
    ['bn-BD', { emergency: '999', inferredCountry: 'BD' }],
    ['en-BD', { emergency: '999', inferredCountry: 'BD' }],
    ['ar-EG', { emergency: '123', inferredCountry: 'EG' }],
    ['ar-JO', { emergency: '911', inferredCountry: 'JO' }],
    ['ar-SA', { emergency: '997', inferredCountry: 'SA' }],
    ['zh-Hant-MO', { emergency: '999', inferredCountry: 'MO' }],
    ['pt-BR', { emergency: '192', inferredCountry: 'BR' }],
    ['de-AT', { emergency: '112', ambulance: '144', urgent: '1450', urgentLabel: '1450', inferredCountry: 'AT' }],
    ['de-DE', { emergency: '112', urgent: '116117', urgentLabel: '116117', inferredCountry: 'DE' }],
    ['de-CH', { emergency: '112', ambulance: '144', inferredCountry: 'CH' }],
    ['fr-CH', { emergency: '112', ambulance: '144', inferredCountry: 'CH' }],
    ['de-LI', { emergency: '112', ambulance: '144', inferredCountry: 'LI' }],
    ['fr-FR', { emergency: '112', ambulance: '15', inferredCountry: 'FR' }],
    ['cs-CZ', { emergency: '112', ambulance: '155', inferredCountry: 'CZ' }],
    ['sk-SK', { emergency: '112', ambulance: '155', inferredCountry: 'SK' }],
    ['ro-RO', { emergency: '112', inferredCountry: 'RO' }],
    ['ro-MD', { emergency: '112', inferredCountry: 'MD' }],
    ['ja-JP', { emergency: '119', inferredCountry: 'JP' }],
    ['tr-TR', { emergency: '112', inferredCountry: 'TR' }],
    ['zh-Hans-CN', { emergency: '120', inferredCountry: 'CN' }],
    ['nb-NO', { emergency: '113', urgent: '116117', urgentLabel: 'Legevakt', inferredCountry: 'NO' }],
    // Case and underscores do not matter; Intl's own region aliases apply (UK -> GB).
    ['EN-gb', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111', inferredCountry: 'GB' }],
    ['en_GB', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111', inferredCountry: 'GB' }],
    [' en-gb ', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111', inferredCountry: 'GB' }],
    ['en-UK', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111', inferredCountry: 'GB' }],
    // By language, only where one number reaches an ambulance everywhere it is official:
    // no inferredCountry, no second number, never an urgent line.
    ['de', { emergency: '112' }],
    ['DE', { emergency: '112' }],
    ['sv', { emergency: '112' }],
    ['el', { emergency: '112' }],
    ['he', { emergency: '101' }],
    ['th', { emergency: '1669' }],
    ['no', { emergency: '113' }],
    ['nb', { emergency: '113' }],
    ['sv-150', { emergency: '112' }],
    ['de-Latn', { emergency: '112' }],
    // Removed from the language table: official where 112 (or 119) is not the number.
    ['ro', {}], // Vojvodina, Serbia
    ['sk', {}], // Vojvodina, Serbia
    ['ja', {}], // Angaur, Palau
    ['tr', {}], // Northern Cyprus: no official source
    // Languages whose countries use different numbers: nothing, not a guess.
    ['en', {}],
    ['fr', {}],
    ['es', {}],
    ['pt', {}],
    ['ar', {}],
    ['ru', {}],
    ['uk', {}],
    ['hi', {}],
    ['bn', {}],
    ['fa', {}],
    ['sw', {}],
    ['vi', {}],
    ['id', {}],
    ['zh', {}],
    ['zh-Hans', {}],
    ['nl', {}],
    ['it', {}],
    ['es-419', {}],
    // A region the table lacks names a country we have no checked number for: nothing, not the language's number.
    ['de-NA', {}],
    ['ro-RS', {}],
    ['sk-RS', {}],
    ['ja-PW', {}],
    ['en-ZA', {}],
    ['en-KE', {}],
    ['sw-TZ', {}],
    ['id-ID', {}],
    ['ar-AE', {}],
    ['ar-MA', {}],
    ['ar-IQ', {}],
    ['ar-DZ', {}],
    ['ar-SD', {}],
    ['es-AR', {}],
    ['es-PE', {}],
    ['en-XA', {}],
    // Not a tag.
    ['x-', {}],
    ['', {}],
    ['   ', {}],
    ['not a tag!', {}],
    ['und', {}],
    [null, {}],
    [undefined, {}],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} -> ${JSON.stringify(expected)}`, () => {
      expect(numbersForTag(tag)).to.deep.equal(expected);
    });
  }

  it('sets inferredCountry only when the numbers came from the tag’s region', () => {
    for (const tag of ['en-GB', 'hi-IN', 'pt-BR', 'de-CH', 'und-GB']) {
      expect(numbersForTag(tag).inferredCountry).to.equal(new Intl.Locale(tag).region);
    }
    for (const tag of ['de', 'he', 'sv-150', 'en', 'de-NA', 'x-']) {
      expect(numbersForTag(tag)).not.to.have.property('inferredCountry');
    }
  });

  it('gives a region the same numbers as a site declaring that country, with the country named', () => {
    for (const [tag, country] of [
      ['en-GB', 'GB'],
      ['hi-IN', 'IN'],
      ['uk-UA', 'UA'],
      ['de-AT', 'AT'],
      ['fr-CH', 'CH'],
      ['vi-VN', 'VN'],
      ['ar-JO', 'JO'],
      ['bn-BD', 'BD'],
    ]) {
      expect(numbersForTag(tag)).to.deep.equal({ ...numbersForCountry(country), inferredCountry: country });
    }
  });

  it('never throws, whatever it is given', () => {
    for (const tag of [...NOT_STRINGS, '\u0000', '\uD800', 'en-GB-'.repeat(1000)]) {
      expect(() => numbersForTag(tag as string)).not.to.throw();
    }
  });

  it('returns a fresh object each time, so a caller cannot change the table', () => {
    const first = numbersForTag('en-GB');
    first.emergency = '123';
    first.inferredCountry = 'XX';
    expect(numbersForTag('en-GB')).to.deep.equal({
      emergency: '999',
      urgent: '111',
      urgentLabel: 'NHS 111',
      inferredCountry: 'GB',
    });
  });
});
