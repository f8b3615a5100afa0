/**
 * src/generated/intl-tables.ts is what Node's Intl said at build time
 * (scripts/generate-intl-tables.mjs); the widgets read it instead of asking
 * the browser's Intl on their first render (issue 25). Here: the first render
 * asks Intl for none of it, and for every tag the tables cover (each shipped
 * language alone, with any region the browser knows, with its scripts), they
 * say what this browser's Intl says, so they cannot drift from it unnoticed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { formatCountdown, formatNumber } from '../src/core/format.js';
import { likelyScript, negotiateLocale } from '../src/core/locale-negotiation.js';
import { isRightToLeft, RIGHT_TO_LEFT_SCRIPTS, supportedLocales } from '../src/core/localization.js';
import { LIKELY_SCRIPTS, REGIONAL_SCRIPTS, TABLE_LANGUAGES } from '../src/generated/intl-tables.js';
import { renderedIn } from './helpers.js';

type Constructors = 'DateTimeFormat' | 'NumberFormat' | 'ListFormat' | 'PluralRules' | 'Locale';
const COUNTED: Constructors[] = ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'PluralRules', 'Locale'];

/**
 * While `run` runs: how many of each Intl object are made (with their
 * arguments), and how many times Intl.Locale#maximize() is called.
 */
async function countIntl(run: () => Promise<void> | void) {
  const made = Object.fromEntries(COUNTED.map((name) => [name, [] as unknown[][]])) as Record<
    Constructors,
    unknown[][]
  >;
  const originals = COUNTED.map((name) => [name, Intl[name]] as const);
  for (const [name, original] of originals)
    (Intl as Record<string, unknown>)[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        made[name].push(args);
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  const maximizeSpy = sinon.spy(Intl.Locale.prototype, 'maximize');
  try {
    await run();
  } finally {
    for (const [name, original] of originals) (Intl as Record<string, unknown>)[name] = original;
    maximizeSpy.restore();
  }
  return { made, maximized: maximizeSpy.thisValues.map(String) };
}

// First: the widgets' formatters are cached per page, and this must see the first render's.
describe('the first render', () => {
  for (const lang of ['en', 'ar']) {
    it(`of the three widgets in ${lang} finds no clock separator and maximizes no tag with Intl`, async () => {
      const { made, maximized } = await countIntl(async () => {
        const root = await fixture(
          html`<div lang=${lang}>
            <spasm-checklist></spasm-checklist><spasm-timer></spasm-timer><spasm-quiz></spasm-quiz>
          </div>`
        );
        for (const widget of root.children)
          await renderedIn(widget as HTMLElement & { isUpdatePending: boolean }, lang);
      });
      // What else it makes, for the record: a DateTimeFormat or maximize() here is a regression.
      console.log(
        `first render in ${lang}: ${COUNTED.map((name) => `${made[name].length} ${name} ${JSON.stringify(made[name].map((args) => args[1] ?? ''))}`).join('; ')}; maximize() ×${maximized.length}`
      );
      expect(made.DateTimeFormat, 'DateTimeFormats').to.deep.equal([]);
      expect(maximized, 'tags maximized').to.deep.equal([]);
    });
  }
});

const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every region this browser knows, as the generator lists them (not ZZ, which Intl is left to). */
const REGIONS = [
  ...[...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second)),
  ...Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0')),
].filter(
  (code) => code !== 'ZZ' && new Intl.Locale(`und-${code}`).region === code && regionNames.of(code) !== undefined
);
const LANGUAGES = TABLE_LANGUAGES;

/** The negotiation as Intl alone decides it: exactly after maximize(), else the same language and script. */
function negotiatedByIntl(tag: string): string | undefined {
  const likely = new Intl.Locale(tag).maximize();
  const offered = supportedLocales.map((locale) => new Intl.Locale(locale).maximize());
  return (
    supportedLocales[offered.findIndex((locale) => locale.baseName === likely.baseName)] ??
    supportedLocales[
      offered.findIndex((locale) => locale.language === likely.language && locale.script === likely.script)
    ]
  );
}

const SECOND = 1000;
const COUNTDOWNS = [0, 999, 7 * 60 * SECOND, 14 * 60 * SECOND + 58_001, 60 * 60 * SECOND];
const NUMBERS = [0, 1, 3, 7, 9, 10, 42, 100, 999];

/** What Intl writes: the countdown as format.ts made it before the tables, and numbers. */
function fromIntl(tag: string) {
  const separator =
    new Intl.DateTimeFormat(tag, { minute: '2-digit', second: '2-digit' })
      .formatToParts(0)
      .find((part) => part.type === 'literal')?.value ?? ':';
  const twoDigits = new Intl.NumberFormat(tag, { minimumIntegerDigits: 2 });
  const numbers = new Intl.NumberFormat(tag);
  return {
    countdowns: COUNTDOWNS.map((ms) => {
      const left = Math.ceil(ms / SECOND);
      return `${twoDigits.format(Math.floor(left / 60) % 60)}${separator}${twoDigits.format(left % 60)}`;
    }),
    numbers: NUMBERS.map((n) => numbers.format(n)),
  };
}

describe('the build-time Intl tables, against this browser', () => {
  it('cover every shipped locale', () => {
    for (const locale of supportedLocales) expect(LANGUAGES, locale).to.include(new Intl.Locale(locale).language);
  });

  for (const language of LANGUAGES) {
    const regional = REGIONAL_SCRIPTS[language];
    const scripts = regional ? [...new Set([LIKELY_SCRIPTS[language], ...Object.values(regional)])] : [];
    const tags = [
      language,
      ...supportedLocales.filter((locale) => locale !== language && locale.startsWith(`${language}-`)),
      ...scripts.map((script) => `${language}-${script}`),
      ...REGIONS.map((region) => `${language}-${region}`),
    ];

    it(`${language}: negotiated as Intl's likely subtags decide, alone, in its scripts and in ${REGIONS.length} regions`, async () => {
      const expected = tags.map((tag) => ({ tag, locale: negotiatedByIntl(tag) ?? 'en' }));
      let actual: object[] = [];
      const { maximized } = await countIntl(() => {
        actual = tags.map((tag) => ({ tag, locale: negotiateLocale(tag, supportedLocales, 'en').locale }));
      });
      expect(actual).to.deep.equal(expected);
      expect(maximized, 'tags maximized by Intl, not the table').to.deep.equal([]);
    });

    it(`${language}: written in the script Intl's likely subtags give, in the same tags, and in its direction`, async () => {
      const expected = tags.map((tag) => {
        const script = new Intl.Locale(tag).maximize().script!;
        return { tag, script, rightToLeft: RIGHT_TO_LEFT_SCRIPTS.has(script) };
      });
      let actual: object[] = [];
      const { maximized } = await countIntl(() => {
        actual = tags.map((tag) => ({ tag, script: likelyScript(tag), rightToLeft: isRightToLeft(tag) }));
      });
      expect(actual).to.deep.equal(expected);
      expect(maximized, 'tags maximized by Intl, not the table').to.deep.equal([]);
    });

    it(`${language}: countdown and numbers as Intl writes them, in the same tags`, async () => {
      const expected = tags.map((tag) => ({ tag, ...fromIntl(tag) }));
      let actual: object[] = [];
      const { made } = await countIntl(() => {
        actual = tags.map((tag) => ({
          tag,
          countdowns: COUNTDOWNS.map((ms) => formatCountdown(ms, tag)),
          numbers: NUMBERS.map((n) => formatNumber(n, tag)),
        }));
      });
      expect(actual).to.deep.equal(expected);
      expect(
        made.DateTimeFormat.length + made.NumberFormat.length,
        'formatters made, not read from the table'
      ).to.equal(0);
    });
  }

  it('negotiates the tags pages commonly use without maximize()', async () => {
    const common = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'fr-CA', 'es-MX', 'es-419', 'pt-PT', 'zh-CN', 'zh-TW'];
    const more = ['zh-HK', 'ar-EG', 'ar-SA', 'ja-JP', 'ko-KR', 'he-IL', 'hi-IN', 'ru-RU', 'uk-UA', 'en-US-u-hc-h23'];
    const { maximized } = await countIntl(() => {
      for (const tag of [...common, ...more]) negotiateLocale(tag, supportedLocales, 'en');
    });
    expect(maximized).to.deep.equal([]);
  });

  it('leaves other tags to Intl, and gives what it gives', async () => {
    const others = ['iw', 'in-ID', 'de-1996', 'sr-Latn', 'und', 'zh-ZZ', 'en-Dsrt', 'tlh', 'ca-ES-valencia'];
    const expected = others.map((tag) => negotiatedByIntl(tag) ?? 'en');
    const { maximized } = await countIntl(() => {
      expect(others.map((tag) => negotiateLocale(tag, supportedLocales, 'en').locale)).to.deep.equal(expected);
    });
    expect(maximized.length).to.be.greaterThan(0);
    for (const tag of ['en-US-u-nu-arab', 'de-1996', 'sr-Latn', 'ar-EG-u-nu-latn'])
      expect([formatCountdown(14 * 60 * SECOND + 58_001, tag), formatNumber(42, tag)], tag).to.deep.equal([
        fromIntl(tag).countdowns[3],
        fromIntl(tag).numbers[6],
      ]);
  });

  it('the right-to-left scripts are those whose letters this browser lays out right to left', () => {
    const scriptNames = new Intl.DisplayNames('en', { type: 'script', fallback: 'none' });
    const lower = [...LETTERS.toLowerCase()];
    /** Every ISO 15924 code this browser names. */
    const codes = [...LETTERS]
      .flatMap((first) =>
        lower.flatMap((second) => lower.flatMap((third) => lower.map((fourth) => first + second + third + fourth)))
      )
      .filter((code) => scriptNames.of(code) !== undefined);
    let letters = '';
    for (let point = 0; point < 0x40000; point++) {
      const character = String.fromCodePoint(point);
      if (/\p{L}/u.test(character)) letters += character;
    }
    const probe = document.createElement('span');
    probe.dir = 'auto';
    document.body.append(probe);
    const rightToLeft: string[] = [];
    const leftToRight: string[] = [];
    try {
      for (const code of codes) {
        let letter: string | undefined;
        try {
          letter = letters.match(new RegExp(`\\p{Script=${code}}`, 'u'))?.[0];
        } catch {
          // A code with no letters in this browser's Unicode (Hans, Zsym, or one newer than it).
        }
        if (letter === undefined) continue;
        probe.textContent = letter;
        (probe.matches(':dir(rtl)') ? rightToLeft : leftToRight).push(code);
      }
    } finally {
      probe.remove();
    }
    console.log(`scripts: ${codes.length} named, ${rightToLeft.length} right to left: ${rightToLeft.join(' ')}`);
    expect(rightToLeft.length, 'Arabic, Hebrew and more').to.be.greaterThan(30);
    expect(
      rightToLeft.filter((code) => !RIGHT_TO_LEFT_SCRIPTS.has(code)),
      'missing from the list'
    ).to.deep.equal([]);
    expect(
      leftToRight.filter((code) => RIGHT_TO_LEFT_SCRIPTS.has(code)),
      'wrongly in the list'
    ).to.deep.equal([]);
    // Variants with no letters of their own are their base script's direction.
    for (const [variant, base] of [
      ['Aran', 'Arab'],
      ['Syre', 'Syrc'],
      ['Syrj', 'Syrc'],
      ['Syrn', 'Syrc'],
      ['Phlv', 'Phli'],
    ])
      expect(RIGHT_TO_LEFT_SCRIPTS.has(variant), variant).to.equal(RIGHT_TO_LEFT_SCRIPTS.has(base));
  });
});
