import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { describe as describeValue, thrownText, warnInput, warnOnce } from '../src/core/warn.js';
import { captureWarnings, warningText } from './helpers.js';

/** A Proxy whose every trap throws. */
function throwingProxy<T extends object>(target: T): T {
  const traps = [
    'apply',
    'construct',
    'defineProperty',
    'deleteProperty',
    'get',
    'getOwnPropertyDescriptor',
    'getPrototypeOf',
    'has',
    'isExtensible',
    'ownKeys',
    'preventExtensions',
    'set',
    'setPrototypeOf',
  ];
  const handler = Object.fromEntries(
    traps.map((trap) => [
      trap,
      () => {
        throw new Error(`trap ${trap}`);
      },
    ])
  );
  return new Proxy(target, handler);
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function deepArray(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function cyclicArray(): unknown[] {
  const array: unknown[] = [1];
  array.push(array);
  return array;
}

function cyclicObject(): object {
  const object: Record<string, unknown> = { a: 1 };
  object.self = object;
  return object;
}

function nullPrototype(): object {
  const object = Object.create(null) as Record<string, unknown>;
  object.a = 1;
  return object;
}

const throwingGetter = {
  ok: 1,
  get bad(): never {
    throw new Error('getter');
  },
};

/** Hostile values and what their preview contains. */
const hostile: [string, () => unknown, string][] = [
  ['a Proxy whose every trap throws', () => throwingProxy({}), '?'],
  ['a Proxy of an array whose every trap throws', () => throwingProxy([1, 2]), '?'],
  ['a Proxy of a function whose every trap throws', () => throwingProxy(() => 1), '?'],
  ['a revoked Proxy', revokedProxy, '?'],
  ['a Symbol', () => Symbol('odd'), 'Symbol(odd)'],
  ['a BigInt', () => 12345678901234567890n, '12345678901234567890'],
  ['a BigInt inside an object', () => ({ n: 1n }), '{"n":1}'],
  ['a function', () => function named() {}, 'function named()'],
  ['a function inside an object', () => ({ f: () => 1 }), '{"f":() => 1}'],
  ['a cyclic array', cyclicArray, '[1,[Circular]]'],
  ['a cyclic object', cyclicObject, '{"a":1,"self":[Circular]}'],
  ['a null-prototype object', nullPrototype, '{"a":1}'],
  ['a huge string', () => 'x'.repeat(5_000_000), '"xxx'],
  ['a 100,000-deep nested array', () => deepArray(100_000), '[[[…]]]'],
  ['a sparse array of 2^32 - 1 slots', () => new Array(2 ** 32 - 1), '[undefined,undefined'],
  ['a huge dense array', () => Array.from({ length: 1_000_000 }, (_, i) => i), '[0,1,2,3,4,…]'],
  ['an object with many keys', () => Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])), '…}'],
  ['a Date', () => new Date(Date.UTC(2026, 10, 22)), '"2026-11-22T00:00:00.000Z"'],
  ['an invalid Date', () => new Date(NaN), 'null'],
  ['an Error', () => new Error('boom'), '{}'],
  [
    'an Error whose message getter throws',
    () =>
      Object.defineProperty(new Error(), 'message', {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      }),
    '{"message":?}',
  ],
  ['an object whose getter throws', () => throwingGetter, '{"ok":1,"bad":?}'],
  [
    'an object whose toJSON throws',
    () => ({
      toJSON() {
        throw new Error('toJSON');
      },
    }),
    '?',
  ],
  [
    'an object whose toJSON returns itself',
    () => ({
      toJSON: function (this: unknown) {
        return this;
      },
    }),
    '[Circular]',
  ],
  [
    'an endless toJSON chain',
    () => ({
      toJSON: function chain(): unknown {
        return { toJSON: chain };
      },
    }),
    '…',
  ],
  ['a huge key', () => ({ ['k'.repeat(1_000_000)]: 1 }), '{"kkk'],
  ['undefined', () => undefined, 'undefined'],
  ['NaN', () => NaN, 'NaN'],
];

describe('warnInput: hostile values', () => {
  afterEach(() => sinon.restore());

  for (const [name, make, shown] of hostile) {
    it(`${name}: one bounded warning, no throw`, () => {
      const value = make();
      const warn = captureWarnings();
      expect(() => warnInput('spasm-timer', 'minutes', value, 'over 20', '20')).not.to.throw();
      expect(warn.callCount).to.equal(1);
      const text = warningText(warn);
      expect(text).to.match(/^<spasm-timer> minutes=.*: over 20; using 20\.$/s);
      expect(text).to.contain(shown);
      const preview = describeValue(value);
      expect(preview.length).to.be.at.most(80);
      expect(text.length).to.be.at.most('<spasm-timer> minutes=: over 20; using 20.'.length + 80);
    });
  }

  it('cuts long previews at 80 characters with "..."', () => {
    const preview = describeValue('x'.repeat(200));
    expect(preview).to.have.length(80);
    expect(preview).to.match(/^"x+\.\.\.$/);
  });

  it('does not throw when console.warn throws', () => {
    sinon.stub(console, 'warn').throws(new Error('console gone'));
    expect(() => warnInput('spasm-timer', 'minutes', 45, 'over 20', '20')).not.to.throw();
  });
});

describe('warnInput: in the same task as the bad input', () => {
  afterEach(() => sinon.restore());

  it('warns about strings, numbers and objects at once, in order, on a page that warned about nothing before', () => {
    const warn = sinon.stub(console, 'warn');
    warnInput('spasm-timer', 'mode', 'lava', 'not "cold" or "heat"', 'cold');
    warnInput('spasm-checklist', 'steps', [{ id: 'a' }], 'step 1 has no title', 'the default steps');
    warnInput('spasm-timer', 'minutes', 45, 'over 20', '20');
    expect(warn.args.map(([text]) => String(text))).to.deep.equal([
      '<spasm-timer> mode="lava": not "cold" or "heat"; using cold.',
      '<spasm-checklist> steps=[{"id":"a"}]: step 1 has no title; using the default steps.',
      '<spasm-timer> minutes=45: over 20; using 20.',
    ]);
  });

  it('warns once per input and value for each set of warnings seen', () => {
    const warn = sinon.stub(console, 'warn');
    const seen = new Set<string>();
    for (let round = 0; round < 3; round++) warnOnce(seen, 'spasm-quiz', 'heading-level', 9, 'not 1 to 6', '2');
    warnOnce(seen, 'spasm-quiz', 'heading-level', 'x', 'not 1 to 6', '2');
    warnOnce(new Set(), 'spasm-quiz', 'heading-level', 9, 'not 1 to 6', '2');
    expect(warn.callCount).to.equal(3);
  });
});

describe('warnInput: ordinary values keep their format', () => {
  afterEach(() => sinon.restore());

  const cases: [unknown, string, string, string, string][] = [
    [45, 'minutes', 'over 20', '20', '<spasm-timer> minutes=45: over 20; using 20.'],
    ['lava', 'mode', 'not one of cold, heat', 'cold', '<spasm-timer> mode="lava": not one of cold, heat; using cold.'],
    [
      'garbage',
      'stored "spasm-timer"',
      'not a valid saved timer',
      'a fresh timer',
      '<spasm-timer> stored "spasm-timer"="garbage": not a valid saved timer; using a fresh timer.',
    ],
    [
      { version: 1, state: { status: 'idle' }, history: [] },
      'stored "k"',
      'bad',
      'a fresh timer',
      '<spasm-timer> stored "k"={"version":1,"state":{"status":"idle"},"history":[]}: bad; using a fresh timer.',
    ],
    [null, 'minutes', 'not a number', '15', '<spasm-timer> minutes=null: not a number; using 15.'],
    [true, 'minutes', 'not a number', '15', '<spasm-timer> minutes=true: not a number; using 15.'],
    [[1, 'a'], 'steps', 'bad', 'x', '<spasm-timer> steps=[1,"a"]: bad; using x.'],
  ];
  for (const [value, input, problem, used, expected] of cases) {
    it(expected, () => {
      const warn = captureWarnings();
      warnInput('spasm-timer', input, value, problem, used);
      expect(warningText(warn)).to.equal(expected);
    });
  }
});

describe('warnInput: problem lists', () => {
  afterEach(() => sinon.restore());

  const cases: [readonly string[], string][] = [
    [['a'], 'a'],
    [['a', 'b'], 'a; b'],
    [['a', 'b', 'c'], 'a; b; c'],
    [['a', 'b', 'c', 'd'], 'a; b; c; and 1 more'],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'a; b; c; and 4 more'],
    [[], 'invalid'],
  ];
  for (const [problems, listed] of cases) {
    it(`${JSON.stringify(problems)} -> ${listed}`, () => {
      const warn = captureWarnings();
      warnInput('spasm-quiz', 'questions', 1, problems, 'the default questions');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.equal(`<spasm-quiz> questions=1: ${listed}; using the default questions.`);
    });
  }
});

describe('thrownText: whatever was thrown, as text, never throwing', () => {
  const unprintable = {
    toString() {
      throw new Error('no text');
    },
  };
  // Functions preview as their source, which each browser writes its own way.
  const cases: [string, unknown, string | RegExp][] = [
    ['an Error', new TypeError('404'), 'TypeError: 404'],
    ['a string', 'offline', 'offline'],
    ['undefined', undefined, 'undefined'],
    ['a Symbol', Symbol('s'), 'Symbol(s)'],
    ['an object whose toString throws', unprintable, /^\{"toString":.*no text/s],
    ['an object whose toString returns an object', { toString: () => ({}) }, /^\{"toString":/],
    ['an object with no prototype', Object.create(null) as object, '{}'],
    ['a Proxy whose every trap throws', throwingProxy({}), '?'],
  ];
  for (const [name, thrown, text] of cases) {
    it(`${name} -> ${String(text)}`, () =>
      typeof text === 'string' ? expect(thrownText(thrown)).to.equal(text) : expect(thrownText(thrown)).to.match(text));
  }
});
