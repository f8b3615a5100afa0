import { expect } from '@open-wc/testing';
import { shuffled } from '../src/core/shuffle.js';
import { attemptFits, newAttempt, type QuizAttempt } from '../src/quiz/quiz-attempt.js';
import { checkStoredAttempt } from '../src/quiz/quiz-storage.js';
import { checkQuestions, isCorrect, scoreOf, type QuizQuestion } from '../src/quiz/quiz-content.js';

const single: QuizQuestion = {
  id: 'q1',
  type: 'single',
  prompt: 'Cold or heat first?',
  options: [
    { id: 'cold', label: 'Cold' },
    { id: 'heat', label: 'Heat' },
  ],
  correct: ['cold'],
  explanation: 'Cold first.',
};
const multiple: QuizQuestion = {
  id: 'q2',
  type: 'multiple',
  prompt: 'Which help?',
  options: [
    { id: 'a', label: 'Stretching' },
    { id: 'b', label: 'Walking' },
    { id: 'c', label: 'Bed rest' },
  ],
  correct: ['a', 'b'],
  explanation: 'Movement helps.',
};
const trueFalse: QuizQuestion = {
  id: 'q3',
  type: 'true-false',
  prompt: 'Ice goes straight on the skin.',
  options: [],
  correct: ['false'],
  explanation: 'Use a cloth.',
};

describe('quiz scoring', () => {
  const cases: [string, QuizQuestion, string[], boolean][] = [
    ['single, right', single, ['cold'], true],
    ['single, wrong', single, ['heat'], false],
    ['single, nothing', single, [], false],
    ['multiple, exactly the right set', multiple, ['b', 'a'], true],
    ['multiple, one missing', multiple, ['a'], false],
    ['multiple, one extra', multiple, ['a', 'b', 'c'], false],
    ['multiple, a wrong one instead', multiple, ['a', 'c'], false],
    ['multiple, duplicates do not count twice', multiple, ['a', 'a'], false],
    ['true-false, right', trueFalse, ['false'], true],
    ['true-false, wrong', trueFalse, ['true'], false],
  ];
  for (const [name, question, selected, expected] of cases) {
    it(name, () => expect(isCorrect(question, selected)).to.equal(expected));
  }

  it('scores the answered questions', () => {
    expect(scoreOf([single, multiple, trueFalse], { q1: ['cold'], q2: ['a'], q3: ['false'] })).to.equal(2);
    expect(scoreOf([single, multiple, trueFalse], {})).to.equal(0);
  });
});

describe('quiz content: checkQuestions', () => {
  const cases: [string, unknown, string[], RegExp[]][] = [
    ['valid questions of each type', [single, multiple, trueFalse], ['q1', 'q2', 'q3'], []],
    ['a document', { questions: [single] }, ['q1'], []],
    ['JSON text', JSON.stringify({ questions: [trueFalse] }), ['q3'], []],
    ['malformed JSON', '{"questions": [', [], [/malformed/]],
    ['a non-array', { questions: 'x' }, [], [/not an array/]],
    ['no correct answer', [{ ...single, correct: [] }], [], [/question "q1" has no correct answer/]],
    [
      'a correct id not among the options',
      [{ ...single, correct: ['lava'] }],
      [],
      [/question "q1" has a correct id that is not an option/],
    ],
    ['an unknown type', [{ ...single, type: 'essay' }], [], [/question "q1" has an unknown type/]],
    ['a duplicate question id', [single, { ...multiple, id: 'q1' }], ['q1'], [/question "q1" repeats an id/]],
    [
      'duplicate option ids',
      [{ ...single, options: [single.options[0], single.options[0]] }],
      [],
      [/repeats an option id/],
    ],
    ['two right answers to a single question', [{ ...single, correct: ['cold', 'heat'] }], [], [/more than one/]],
    ['a true-false answer that is neither', [{ ...trueFalse, correct: ['maybe'] }], [], [/not an option/]],
    ['no id', [{ ...single, id: '' }, multiple], ['q2'], [/question 1 has no id/]],
  ];
  for (const [name, input, ids, problems] of cases) {
    it(name, () => {
      const checked = checkQuestions(input);
      expect(checked.items.map((question) => question.id)).to.deep.equal(ids);
      expect(checked.problems).to.have.length(problems.length);
      problems.forEach((pattern, index) => expect(checked.problems[index]).to.match(pattern));
    });
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
    const attempt = newAttempt([single, multiple, trueFalse], false, sequence(0));
    expect(attempt.order).to.deep.equal(['q1', 'q2', 'q3']);
    expect(attempt.optionOrder).to.deep.equal({ q1: ['cold', 'heat'], q2: ['a', 'b', 'c'], q3: ['true', 'false'] });
  });

  it('shuffles questions and options, but never True and False', () => {
    const attempt = newAttempt([single, multiple, trueFalse], true, sequence(0));
    expect(attempt.order).to.deep.equal(['q2', 'q3', 'q1']);
    expect(attempt.optionOrder.q2).to.deep.equal(['b', 'c', 'a']);
    expect(attempt.optionOrder.q3).to.deep.equal(['true', 'false']);
  });

  const questions = [single, trueFalse];
  const good = {
    version: 1,
    order: ['q3', 'q1'],
    optionOrder: { q1: ['heat', 'cold'], q3: ['true', 'false'] },
    index: 1,
    answers: { q3: ['false'] },
  };
  const stored: [string, unknown, boolean][] = [
    ['a stored attempt that fits', good, true],
    ['another version', { ...good, version: 2 }, false],
    ['a question that no longer exists', { ...good, order: ['q3', 'q9'] }, false],
    ['an index past the results', { ...good, index: 3 }, false],
    ['an answer that is not an option', { ...good, answers: { q3: ['maybe'] } }, false],
    ['options that changed', { ...good, optionOrder: { ...good.optionOrder, q1: ['cold'] } }, false],
    ['garbage', 'garbage', false],
  ];
  for (const [name, value, usable] of stored) {
    it(`${name}: ${usable ? 'resumed' : 'rejected'}`, () => {
      const attempt = checkStoredAttempt(value);
      expect(attempt !== undefined && attemptFits(attempt as QuizAttempt, questions)).to.equal(usable);
    });
  }
});
