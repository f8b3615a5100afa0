import { expect } from '@open-wc/testing';
import { negotiateLocale } from '../src/core/locale-negotiation.js';

const SUPPORTED = ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar', 'hi', 'en-XA'];
/** Today's 23: every shipped locale (lit-localize.json). */
const WITH_HANT = [
  ...SUPPORTED,
  'it',
  'nl',
  'pl',
  'ru',
  'uk',
  'tr',
  'ja',
  'ko',
  'zh-Hant',
  'vi',
  'id',
  'he',
  'fa',
  'bn',
  'sw',
];

describe('negotiateLocale', () => {
  const cases: [string | null | undefined, string, boolean, string[]?][] = [
    [undefined, 'en', true],
    [null, 'en', true],
    ['', 'en', true],
    ['es', 'es', true],
    ['es-MX', 'es', true],
    ['ES_mx', 'es', true],
    ['pt', 'pt-BR', true],
    ['pt-PT', 'pt-BR', true],
    ['pt-br', 'pt-BR', true],
    ['zh', 'zh-Hans', true],
    ['zh-CN', 'zh-Hans', true],
    ['zh-Hans-CN', 'zh-Hans', true],
    ['zh-TW', 'en', false],
    // With Traditional Chinese shipped: Taiwan and Hong Kong get it, mainland China never does.
    ['zh-TW', 'zh-Hant', true, WITH_HANT],
    ['zh-HK', 'zh-Hant', true, WITH_HANT],
    ['zh-Hant', 'zh-Hant', true, WITH_HANT],
    ['zh-CN', 'zh-Hans', true, WITH_HANT],
    ['zh-SG', 'zh-Hans', true, WITH_HANT],
    ['zh', 'zh-Hans', true, WITH_HANT],
    ['he-IL', 'he', true, WITH_HANT],
    ['iw', 'he', true, WITH_HANT],
    ['fa-IR', 'fa', true, WITH_HANT],
    ['ar-EG', 'ar', true],
    ['en-GB', 'en', true],
    ['en-XA', 'en-XA', true],
    ['de-CH', 'de', true],
    ['ja', 'en', false],
    ['not a tag!', 'en', false],
    // A site's own language, not in the build-time tables (src/generated/intl-tables.ts): Intl maximizes it.
    ['cy-GB', 'cy', true, [...SUPPORTED, 'cy']],
    ['pa-PK', 'pa-Arab', true, [...SUPPORTED, 'pa', 'pa-Arab']],
    // The unknown region counts as none; a variant is left to Intl.
    ['zh-ZZ', 'zh-Hans', true],
    ['de-DE-1996', 'de', true],
  ];
  for (const [tag, expected, matched, supported = SUPPORTED] of cases) {
    it(`${JSON.stringify(tag)} -> ${expected}${matched ? '' : ' (unmatched)'} of ${supported.length}`, () => {
      expect(negotiateLocale(tag, supported, 'en')).to.deep.equal({ locale: expected, matched });
    });
  }
});
