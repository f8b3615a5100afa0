import { expect } from '@open-wc/testing';
import { progressText } from '../src/checklist/checklist-messages.js';
import { loadLocale, inLocale, messageGroups, supportedLocales } from '../src/core/localization.js';
import { scoreText } from '../src/quiz/quiz-messages.js';
import { sessionsToday } from '../src/timer/timer-text.js';

/** Issue 15's numbers: each CLDR category of every shipped language, and the teens and twenties that trip Slavic plurals. */
const COUNTS = [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111];
/** A total whose digits appear in none of COUNTS, so the count can be found in the sentence. */
const TOTAL = 987;
const LOCALES = supportedLocales.filter((locale) => locale !== 'en-XA');

/** Every counted sentence, as a function of (n, locale). The timer shows no count of zero. */
const SENTENCES: [string, (n: number, locale: string) => string, number[]][] = [
  ['timer: cold sessions today', (n, locale) => sessionsToday('cold', n, locale), COUNTS.slice(1)],
  ['timer: heat sessions today', (n, locale) => sessionsToday('heat', n, locale), COUNTS.slice(1)],
  ['checklist: progress', (n, locale) => progressText(n, TOTAL, locale), COUNTS],
  ['quiz: score', (n, locale) => scoreText(n, TOTAL, locale), COUNTS],
];

const say = (locale: string, sentence: (n: number, locale: string) => string, n: number) =>
  inLocale(locale, () => sentence(n, locale));

describe('plurals in every locale', () => {
  before(() => Promise.all(LOCALES.map((locale) => loadLocale(locale, messageGroups))));

  for (const locale of LOCALES) {
    for (const [name, sentence, counts] of SENTENCES) {
      it(`${locale}, ${name}: n = ${counts.join(', ')}`, () => {
        const rules = new Intl.PluralRules(locale);
        const byCategory = new Map<string, string>();
        for (const n of counts) {
          const text = say(locale, sentence, n);
          // The number itself, formatted for the locale, is in the sentence.
          expect(text, `${n}`).to.contain(new Intl.NumberFormat(locale).format(n));
          // Numbers of one plural category share one form: the form is chosen by category.
          const form = text.replace(new Intl.NumberFormat(locale).format(n), '#');
          const category = rules.select(n);
          if (byCategory.has(category)) expect(form, `${n} (${category})`).to.equal(byCategory.get(category));
          else byCategory.set(category, form);
        }
      });
    }
  }

  // The forms themselves, as a native reader expects them.
  const expected: [string, number, string][] = [
    ['en', 1, '1 cold session today'],
    ['en', 2, '2 cold sessions today'],
    ['en', 21, '21 cold sessions today'],
    ['es', 1, '1 sesión de frío hoy'],
    ['es', 5, '5 sesiones de frío hoy'],
    ['es', 101, '101 sesiones de frío hoy'],
    ['fr', 1, '1 séance de froid aujourd’hui'],
    ['fr', 2, '2 séances de froid aujourd’hui'],
    ['de', 1, '1 Kälteanwendung heute'],
    ['de', 11, '11 Kälteanwendungen heute'],
    // CLDR puts 0 in pt-BR's "one": a label without agreement reads right for 0, 1 and more.
    ['pt-BR', 0, 'Sessões de frio hoje: 0'],
    ['pt-BR', 1, 'Sessões de frio hoje: 1'],
    ['pt-BR', 3, 'Sessões de frio hoje: 3'],
    // Polish "one" is 1 alone; 2-4 and 22-24 are "few"; 5-21 and 25 are "many".
    ['pl', 1, 'Dziś 1 zimny okład'],
    ['pl', 2, 'Dziś 2 zimne okłady'],
    ['pl', 12, 'Dziś 12 zimnych okładów'],
    ['pl', 21, 'Dziś 21 zimnych okładów'],
    ['pl', 22, 'Dziś 22 zimne okłady'],
    // Russian and Ukrainian "one" is 1, 21, 101 but not 11 or 111.
    ['ru', 1, 'Сегодня 1 сеанс охлаждения'],
    ['ru', 21, 'Сегодня 21 сеанс охлаждения'],
    ['ru', 22, 'Сегодня 22 сеанса охлаждения'],
    ['ru', 11, 'Сегодня 11 сеансов охлаждения'],
    ['ru', 111, 'Сегодня 111 сеансов охлаждения'],
    ['uk', 101, 'Сьогодні проведено 101 сеанс холоду'],
    ['uk', 3, 'Сьогодні проведено 3 сеанси холоду'],
    ['uk', 12, 'Сьогодні проведено 12 сеансів холоду'],
    ['he', 1, '1 טיפול בקור היום'],
    ['he', 2, '2 טיפולים בקור היום'],
  ];
  for (const [locale, n, text] of expected) {
    it(`${locale}: ${n} -> "${text}"`, async () => {
      await loadLocale(locale, messageGroups);
      // Apostrophes may be typographic or plain: compare without them.
      const normalize = (value: string) => value.replace(/[’']/g, "'");
      expect(normalize(say(locale, (count, l) => sessionsToday('cold', count, l), n))).to.equal(normalize(text));
    });
  }

  it('Arabic uses the dual for 2, the plural for 3 to 10, the singular for 11 to 99', async () => {
    await loadLocale('ar', messageGroups);
    const form = (n: number) =>
      say('ar', (count, l) => sessionsToday('cold', count, l), n).replace(new Intl.NumberFormat('ar').format(n), '#');
    expect(form(2)).not.to.equal(form(3));
    expect(form(3)).not.to.equal(form(11));
    expect(form(2)).not.to.equal(form(11));
  });

  it('Hindi treats 0 and 1 alike (category "one") and 2 as "other"', async () => {
    const rules = new Intl.PluralRules('hi');
    expect([0, 1, 2].map((n) => rules.select(n))).to.deep.equal(['one', 'one', 'other']);
    // And our Hindi sentences follow it: 0 and 1 share a form, 2 takes another.
    await loadLocale('hi', messageGroups);
    const form = (n: number) =>
      say('hi', (count, l) => progressText(count, TOTAL, l), n).replace(new Intl.NumberFormat('hi').format(n), '#');
    expect(form(0)).to.equal(form(1));
    expect(form(2)).not.to.equal(form(1));
  });
});
