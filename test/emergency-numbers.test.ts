import { expect } from '@open-wc/testing';
import { numbersForTag, type HelpNumbers } from '../src/core/emergency-numbers.js';

describe('numbersForTag', () => {
  const cases: [string | null | undefined, HelpNumbers][] = [
    // By the tag's own region.
    ['en-GB', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111' }],
    ['en-US', { emergency: '911' }],
    ['en-AU', { emergency: '000' }],
    ['pt-BR', { emergency: '192' }],
    ['de-AT', { emergency: '112', urgent: '1450', urgentLabel: '1450' }],
    ['de-DE', { emergency: '112', urgent: '116117', urgentLabel: '116117' }],
    ['de-CH', { emergency: '144' }],
    ['fr-CH', { emergency: '144' }],
    ['fr-FR', { emergency: '112' }],
    ['zh-Hans-CN', { emergency: '120' }],
    ['nb-NO', { emergency: '113', urgent: '116117', urgentLabel: 'Legevakt' }],
    // Case and underscores do not matter.
    ['EN-gb', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111' }],
    ['en_GB', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111' }],
    [' en-gb ', { emergency: '999', urgent: '111', urgentLabel: 'NHS 111' }],
    // By language, only where all its countries share one number; never an urgent line.
    ['de', { emergency: '112' }],
    ['DE', { emergency: '112' }],
    ['ja', { emergency: '119' }],
    ['no', { emergency: '113' }],
    ['sv-150', { emergency: '112' }],
    // Languages whose countries use different numbers: nothing, not a guess.
    ['en', {}],
    ['fr', {}],
    ['es', {}],
    ['pt', {}],
    ['ar', {}],
    ['zh', {}],
    ['zh-Hans', {}],
    ['nl', {}],
    ['it', {}],
    ['es-419', {}],
    // A region the table lacks names a country we have no checked number for.
    ['de-NA', {}],
    ['en-ZA', {}],
    ['en-XA', {}],
    // Not a tag.
    ['x-', {}],
    ['', {}],
    ['   ', {}],
    ['not a tag!', {}],
    [null, {}],
    [undefined, {}],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} -> ${JSON.stringify(expected)}`, () => {
      expect(numbersForTag(tag)).to.deep.equal(expected);
    });
  }

  it('never throws, whatever it is given', () => {
    for (const tag of [42, {}, [], Symbol('x'), () => 'en-GB', '\u0000', 'en-GB-'.repeat(1000)]) {
      expect(() => numbersForTag(tag as unknown as string)).not.to.throw();
    }
  });

  it('returns a fresh object each time, so a caller cannot change the table', () => {
    const first = numbersForTag('en-GB');
    first.emergency = '123';
    expect(numbersForTag('en-GB').emergency).to.equal('999');
  });
});
