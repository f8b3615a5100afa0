import { expect } from '@open-wc/testing';
import { formatCountdown, formatDuration, formatLocale, formatTimeOfDay } from '../src/core/format.js';
import { supportedLocales } from '../src/core/localization.js';

/** Intl.DurationFormat is newer than TypeScript's lib. */
type WithDurationFormat = typeof Intl & {
  DurationFormat?: new (locale: string, options: object) => { format(parts: object): string };
};
const intl = Intl as WithDurationFormat;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('durations', () => {
  // formatDuration words durations itself (unit NumberFormat, unit ListFormat), as the spec defines
  // DurationFormat's long style: the browser's own DurationFormat must say the same.
  describe('in words, as Intl.DurationFormat says them', () => {
    const cases: [number, 'second' | 'minute', object][] = [
      [1 * SECOND, 'second', { seconds: 1 }],
      [59 * SECOND, 'second', { seconds: 59 }],
      [14 * MINUTE + 59 * SECOND, 'second', { minutes: 14, seconds: 59 }],
      [14 * MINUTE + 58_001, 'second', { minutes: 14, seconds: 59 }],
      [15 * MINUTE, 'second', { minutes: 15 }],
      [1 * MINUTE, 'minute', { minutes: 1 }],
      [5 * MINUTE, 'minute', { minutes: 5 }],
      [104 * MINUTE + 1, 'minute', { hours: 1, minutes: 45 }],
      [120 * MINUTE, 'minute', { hours: 2 }],
      [61 * MINUTE, 'minute', { hours: 1, minutes: 1 }],
      [24 * 60 * MINUTE, 'minute', { hours: 24 }],
    ];
    for (const locale of supportedLocales) {
      it(locale, function () {
        if (!intl.DurationFormat) this.skip();
        const long = new intl.DurationFormat!(locale, { style: 'long' });
        for (const [ms, unit, parts] of cases) expect(formatDuration(ms, locale, unit)).to.equal(long.format(parts));
      });
    }
  });

  it('always says something: "0 seconds", "0 minutes"', () => {
    expect(formatDuration(0, 'en', 'second')).to.equal('0 seconds');
    expect(formatDuration(0, 'en', 'minute')).to.equal('0 minutes');
  });

  describe('without Intl.DurationFormat', () => {
    const original = Object.getOwnPropertyDescriptor(Intl, 'DurationFormat');
    afterEach(() => {
      if (original) Object.defineProperty(Intl, 'DurationFormat', original);
    });

    it("counts down in zero-padded digits, as DurationFormat's digital style does in every locale", () => {
      const countdowns: [number, object][] = [
        [0, { minutes: 0, seconds: 0 }],
        [999, { minutes: 0, seconds: 1 }],
        [7 * MINUTE, { minutes: 7, seconds: 0 }],
        [14 * MINUTE + 58_001, { minutes: 14, seconds: 59 }],
        [20 * MINUTE, { minutes: 20, seconds: 0 }],
      ];
      const digital = (locale: string) => new intl.DurationFormat!(locale, { style: 'digital', hoursDisplay: 'auto' });
      const expected = supportedLocales.map((locale) => countdowns.map(([, parts]) => digital(locale).format(parts)));
      delete intl.DurationFormat;
      expect(intl.DurationFormat).to.equal(undefined);
      expect(formatCountdown(7 * MINUTE, 'en')).to.equal('07:00');
      expect(formatCountdown(14 * MINUTE + 58_001, 'id')).to.equal('14.59');
      expect(supportedLocales.map((locale) => countdowns.map(([ms]) => formatCountdown(ms, locale)))).to.deep.equal(
        expected
      );
    });

    it('still says durations in words', () => {
      delete intl.DurationFormat;
      expect(formatDuration(14 * MINUTE + 59 * SECOND, 'en', 'second')).to.equal('14 minutes, 59 seconds');
      expect(formatDuration(104 * MINUTE + 1, 'de', 'minute')).to.equal('1 Stunde, 45 Minuten');
    });
  });
});

describe('the locale to format in', () => {
  // The language tag that applies to the widget, the messages' locale, and what times and numbers follow.
  const cases: [string | null, string, string][] = [
    ['en-GB', 'en', 'en-GB'],
    ['en-US', 'en', 'en-US'],
    ['es', 'es', 'es'],
    ['es-MX', 'es', 'es-MX'],
    ['pt-PT', 'pt-BR', 'pt-PT'],
    ['zh-TW', 'zh-Hant', 'zh-TW'],
    // Messages in another language (none for German, or translations="reviewed"): the words decide.
    ['de-DE', 'en', 'en'],
    [null, 'en', 'en'],
    ['', 'fr', 'fr'],
    ['not a tag!', 'en', 'en'],
    ['en_GB', 'en', 'en'],
    // Unicode extensions stay: a site may ask for a 24-hour clock in US English.
    ['en-US-u-hc-h23', 'en', 'en-US-u-hc-h23'],
  ];
  for (const [tag, messages, expected] of cases) {
    it(`${JSON.stringify(tag)} with ${messages} messages: ${expected}`, () => {
      expect(formatLocale(tag, messages)).to.equal(expected);
    });
  }

  it('gives en-GB, es and en-US-u-hc-h23 a 24-hour clock, en-US a 12-hour one', () => {
    const afternoon = new Date(2026, 10, 22, 14, 30).getTime();
    expect(formatTimeOfDay(afternoon, formatLocale('en-GB', 'en'))).to.equal('14:30');
    expect(formatTimeOfDay(afternoon, formatLocale('en-US', 'en')).replace(/\s/g, ' ')).to.equal('2:30 PM');
    expect(formatTimeOfDay(afternoon, formatLocale('es', 'es'))).to.equal('14:30');
    expect(formatTimeOfDay(afternoon, formatLocale('en-US-u-hc-h23', 'en'))).to.equal('14:30');
  });
});
