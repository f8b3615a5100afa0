import { expect } from '@open-wc/testing';
import { checkedRandom, shuffled } from '../src/core/shuffle.js';
import { attemptFits, newAttempt } from '../src/quiz/quiz-attempt.js';
import { attemptSchema } from '../src/quiz/quiz-storage.js';
import { checkQuestions } from '../src/quiz/quiz-check.js';
import { isCorrect, scoreOf, type QuizQuestion } from '../src/quiz/quiz-content.js';
import { MULTIPLE, SINGLE, TRUE_FALSE } from './fixtures.js';
import { expectReport } from './widget-helpers.js';

describe('quiz scoring', () => {
  const cases: [string, QuizQuestion, string[], boolean][] = [
    ['single, right', SINGLE, ['cold'], true],
    ['single, wrong', SINGLE, ['heat'], false],
    ['single, nothing', SINGLE, [], false],
    ['multiple, exactly the right set', MULTIPLE, ['stretch', 'walk'], true],
    ['multiple, one missing', MULTIPLE, ['walk'], false],
    ['multiple, one extra', MULTIPLE, ['walk', 'stretch', 'bed'], false],
    ['multiple, a wrong one instead', MULTIPLE, ['walk', 'bed'], false],
    ['multiple, duplicates do not count twice', MULTIPLE, ['walk', 'walk'], false],
    ['true-false, right', TRUE_FALSE, ['true'], true],
    ['true-false, wrong', TRUE_FALSE, ['false'], false],
  ];
  for (const [name, question, selected, expected] of cases) {
    it(name, () => expect(isCorrect(question, selected)).to.equal(expected));
  }

  it('scores the answered questions', () => {
    const answers = new Map([
      ['one', ['cold']],
      ['many', ['walk']],
      ['tf', ['true']],
    ]);
    expect(scoreOf([SINGLE, MULTIPLE, TRUE_FALSE], (id) => answers.get(id))).to.equal(2);
    expect(scoreOf([SINGLE, MULTIPLE, TRUE_FALSE], () => undefined)).to.equal(0);
  });
});

describe('quiz content: checkQuestions', () => {
  const cases: [string, unknown, string[], RegExp[]][] = [
    ['valid questions of each type', [SINGLE, MULTIPLE, TRUE_FALSE], ['one', 'many', 'tf'], []],
    ['a document', { questions: [SINGLE] }, ['one'], []],
    ['JSON text', JSON.stringify({ questions: [TRUE_FALSE] }), ['tf'], []],
    ['malformed JSON', '{"questions": [', [], [/malformed/]],
    ['a non-array', { questions: 'x' }, [], [/not an array/]],
    ['no correct answer', [{ ...SINGLE, correct: [] }], [], [/question "one" has no correct answer/]],
    [
      'a correct id not among the options',
      [{ ...SINGLE, correct: ['lava'] }],
      [],
      [/question "one" has a correct id that is not an option/],
    ],
    ['an unknown type', [{ ...SINGLE, type: 'essay' }], [], [/question "one" has an unknown type/]],
    ['a duplicate question id', [SINGLE, { ...MULTIPLE, id: 'one' }], ['one'], [/question "one" repeats an id/]],
    [
      'duplicate option ids',
      [{ ...SINGLE, options: [SINGLE.options![1], SINGLE.options![1]] }],
      [],
      [/repeats an option id/],
    ],
    ['two right answers to a single question', [{ ...SINGLE, correct: ['cold', 'heat'] }], [], [/more than one/]],
    ['a true-false answer that is neither', [{ ...TRUE_FALSE, correct: ['maybe'] }], [], [/not an option/]],
    ['no id', [{ ...SINGLE, id: '' }, MULTIPLE], ['many'], [/question 1 has no id/]],
  ];
  for (const [name, input, ids, problems] of cases) {
    it(name, () => expectReport(checkQuestions(input), ids, problems));
  }
});

describe('quiz attempts', () => {
  /** A repeatable random source: a fixed sequence. */
  const sequence = (...values: number[]) => {
    let i = 0;
    return () => values[i++ % values.length];
  };

  it('shuffled() reorders with the given random source and keeps every item', () => {
    expect(shuffled([1, 2, 3, 4], sequence(0))).to.deep.equal([2, 3, 4, 1]);
    expect(shuffled([1, 2, 3, 4], sequence(0.99))).to.deep.equal([1, 2, 3, 4]);
    expect([...shuffled([1, 2, 3, 4], Math.random)].sort()).to.deep.equal([1, 2, 3, 4]);
  });

  it('keeps the given order without shuffle', () => {
    const attempt = newAttempt([SINGLE, MULTIPLE, TRUE_FALSE], false, sequence(0));
    expect(attempt.order).to.deep.equal(['one', 'many', 'tf']);
    expect(attempt.options).to.deep.equal([
      ['heat', 'cold'],
      ['walk', 'stretch', 'bed'],
      ['true', 'false'],
    ]);
    expect(attempt.answers).to.deep.equal([null, null, null]);
  });

  it('shuffles questions and options, but never True and False', () => {
    const attempt = newAttempt([SINGLE, MULTIPLE, TRUE_FALSE], true, sequence(0));
    expect(attempt.order).to.deep.equal(['many', 'tf', 'one']);
    expect(attempt.options[0]).to.deep.equal(['stretch', 'bed', 'walk']);
    expect(attempt.options[1]).to.deep.equal(['true', 'false']);
  });

  const questions = [SINGLE, TRUE_FALSE];
  const good = {
    version: 2,
    order: ['tf', 'one'],
    options: [
      ['true', 'false'],
      ['cold', 'heat'],
    ],
    index: 1,
    answers: [['false'], null],
  };
  const version1 = {
    version: 1,
    order: ['tf', 'one'],
    optionOrder: { one: ['cold', 'heat'], tf: ['true', 'false'] },
    index: 1,
    answers: { tf: ['false'] },
  };
  const stored: [string, unknown, boolean][] = [
    ['a stored attempt that fits', good, true],
    ['a version 1 attempt', version1, true],
    ['another version', { ...good, version: 3 }, false],
    ['a question that no longer exists', { ...good, order: ['tf', 'gone'] }, false],
    ['a question asked twice', { ...good, order: ['tf', 'tf'] }, false],
    ['an index past the results', { ...good, index: 3 }, false],
    ['an answer that is not an option', { ...good, answers: [['maybe'], null] }, false],
    ['options that changed', { ...good, options: [['true', 'false'], ['cold']] }, false],
    ['version 1 with ids from Object.prototype', { ...version1, order: ['constructor', 'one'] }, false],
    ['garbage', 'garbage', false],
  ];
  for (const [name, value, usable] of stored) {
    it(`${name}: ${usable ? 'resumed' : 'rejected'}`, () => {
      const attempt = attemptSchema.parse(value, 0).value;
      expect(attempt !== undefined && attemptFits(attempt, questions)).to.equal(usable);
    });
  }

  it('a finished attempt is not resumed, and is no problem', () =>
    expect(attemptSchema.parse({ ...good, index: 2 }, 0)).to.deep.equal({}));

  it('checkedRandom: a bad random source is reported once and replaced', () => {
    for (const bad of [
      () => 1,
      () => NaN,
      () => -0.5,
      () => {
        throw new Error('x');
      },
      'not a function',
    ]) {
      const problems: string[] = [];
      const random = checkedRandom(bad, (problem) => problems.push(problem));
      const values = [random(), random(), random()];
      expect(values.every((value) => value >= 0 && value < 1)).to.equal(true);
      expect(problems).to.have.length(1);
    }
    const fine: string[] = [];
    expect(
      checkedRandom(
        () => 0.25,
        (problem) => fine.push(problem)
      )()
    ).to.equal(0.25);
    expect(fine).to.deep.equal([]);
  });
});
