import { expect } from '@open-wc/testing';
import { checkSteps } from '../src/checklist/checklist-check.js';
import { countDone } from '../src/checklist/checklist-content.js';
import { ticksSchema } from '../src/checklist/checklist-storage.js';
import { expectReport } from './widget-helpers.js';

describe('checklist content: checkSteps', () => {
  const good = { id: 'a', title: 'Walk' };
  const cases: [string, unknown, string[], RegExp[]][] = [
    ['an array of steps', [good, { id: 'b', title: 'Ice', therapy: 'cold', detail: 'Wrap it' }], ['a', 'b'], []],
    ['a document with steps', { steps: [good] }, ['a'], []],
    ['JSON text', JSON.stringify({ steps: [good] }), ['a'], []],
    ['malformed JSON', '{"steps": [', [], [/malformed/]],
    ['a non-array', { steps: 'walk' }, [], [/not an array/]],
    ['null', null, [], [/not an array/]],
    ['a step without id', [{ title: 'x' }, good], ['a'], [/step 1 has no id/]],
    ['a duplicate id', [good, { id: 'a', title: 'Again' }], ['a'], [/step "a" repeats an id/]],
    ['an empty title', [{ id: 'x', title: '  ' }, good], ['a'], [/step "x" has an empty title/]],
    ['a null step', [null, good], ['a'], [/step 1 has no id/]],
    ['an unknown therapy', [{ id: 'x', title: 'Lava', therapy: 'lava' }], ['x'], [/unknown therapy/]],
    ['only bad steps', [{ id: '' }, { title: 'x' }], [], [/step 1/, /step 2/]],
    ['an empty list', [], [], [/empty/]],
    [
      'ids that are object keys',
      ['constructor', '__proto__', 'toString'].map((id) => ({ id, title: id })),
      ['constructor', '__proto__', 'toString'],
      [],
    ],
    [
      'more than 50 steps',
      Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, title: 'x' })),
      Array.from({ length: 50 }, (_, i) => `s${i}`),
      [/more than 50/],
    ],
    [
      'a throwing getter',
      [
        {
          get id(): string {
            throw new Error('boom');
          },
        },
        good,
      ],
      ['a'],
      [/could not be read/],
    ],
    [
      'a Proxy whose traps throw',
      new Proxy([], {
        get() {
          throw new Error('trap');
        },
      }),
      [],
      [/could not be read/],
    ],
  ];
  for (const [name, input, ids, problems] of cases) {
    it(name, () => expectReport(checkSteps(input), ids, problems));
  }

  it('keeps only the known fields, and text as it is', () => {
    const title = '<img src=x onerror=alert(1)>';
    const [step] = checkSteps([{ id: 'x', title, detail: '', therapy: 'heat', extra: 1 }]).items;
    expect(step).to.deep.equal({ id: 'x', title, therapy: 'heat' });
  });
});

describe('checklist content: progress and storage', () => {
  const steps = [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ];
  it('counts ticks of the steps shown only', () => {
    expect(countDone(steps, new Set(['a', 'gone']))).to.equal(1);
    expect(countDone(steps, new Set())).to.equal(0);
    expect(countDone(steps, new Set(['a', 'b']))).to.equal(2);
  });

  const stored: [unknown, string[] | undefined][] = [
    [{ version: 1, ticked: ['a'] }, ['a']],
    [{ version: 1, ticked: [] }, []],
    [{ version: 2, ticked: ['a'] }, undefined],
    [{ version: 1, ticked: [1] }, undefined],
    [['a'], undefined],
    ['garbage', undefined],
    [null, undefined],
  ];
  for (const [value, expected] of stored) {
    it(`stored ${JSON.stringify(value)} -> ${JSON.stringify(expected)}`, () =>
      expect(ticksSchema.parse(value, 0).value?.ticked).to.deep.equal(expected));
  }
});
