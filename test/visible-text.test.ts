/**
 * hasVisibleText: the one judgement of whether a text shows a reader
 * anything, shared by every check of site and host text.
 */
import { expect } from '@open-wc/testing';
import { hasVisibleText } from '../src/core/visible-text.js';

describe('hasVisibleText', () => {
  const blank: [string, string][] = [
    ['nothing', ''],
    ['spaces, tabs and line breaks', ' \t\r\n\u00A0\u2003\u3000'],
    ['line and paragraph separators', '\u2028\u2029\u0085'],
    ['control characters', '\0\x1b\x7f\x9b'],
    ['zero-width space, non-joiner, joiner, word joiner, BOM', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['LRM, RLM, ALM, isolates and embeddings', '\u200E\u200F\u061C\u2066\u2069\u202A\u202C'],
    ['Mongolian vowel separator and invisible operators', '\u180E\u2062\u2064'],
    ['Braille blank', '\u2800'],
    ['Hangul filler', '\u3164'],
    ['Hangul choseong and jungseong fillers', '\u115F\u1160'],
    ['halfwidth Hangul filler', '\uFFA0'],
    ['combining marks alone', '\u0301\u0308\u034F\u20DD'],
    ['variation selectors and tag characters', '\uFE0F\u{E0041}\u{E007F}'],
    ['punctuation and symbols', '… — ! ? ⚠ ☎'],
    ['a mix of all of them', ' \u200B\u2800\u3164\u0301\u00AD\u200E. '],
  ];
  for (const [name, text] of blank) {
    it(`sees nothing in ${name}`, () => expect(hasVisibleText(text)).to.equal(false));
  }

  const visible: [string, string][] = [
    ['one Latin letter', 'a'],
    ['one digit', '9'],
    ['a word among invisible characters', '\u200B\u00ADchest\u200E'],
    ['Devanagari with its vowel signs', 'दर्द'],
    ['Thai with its marks', 'ขาอ่อนแรง'],
    ['Arabic', 'ألم'],
    ['Hebrew', 'כאב'],
    ['Chinese', '胸痛'],
    ['a Hangul syllable beside a filler', '\u3164가'],
    ['Arabic-Indic digits', '٩٩٩'],
    ['a letter with a combining mark', 'e\u0301'],
  ];
  for (const [name, text] of visible) {
    it(`sees ${name}`, () => expect(hasVisibleText(text)).to.equal(true));
  }
});
