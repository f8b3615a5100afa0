import { expect } from '@open-wc/testing';
import { negotiateLocale } from '../src/core/locale-negotiation.js';

const SUPPORTED = ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar', 'hi', 'en-XA'];

describe('negotiateLocale', () => {
  const cases: [string | null | undefined, string, boolean][] = [
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
    ['ar-EG', 'ar', true],
    ['en-GB', 'en', true],
    ['en-XA', 'en-XA', true],
    ['de-CH', 'de', true],
    ['ja', 'en', false],
    ['not a tag!', 'en', false],
  ];
  for (const [tag, expected, matched] of cases) {
    it(`${JSON.stringify(tag)} -> ${expected}${matched ? '' : ' (unmatched)'}`, () => {
      expect(negotiateLocale(tag, SUPPORTED, 'en')).to.deep.equal({ locale: expected, matched });
    });
  }
});
