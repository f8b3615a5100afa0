// Deliberately without ./helpers.js, which loads the object preview up front: this file sees the
// page before any warning about an object, as a site's page does.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { previewReady, warnInput } from '../src/core/warn.js';

describe('warnInput: the object preview loads with the first bad object', () => {
  afterEach(() => sinon.restore());

  it('warns about a string at once, an object once its preview has loaded, and keeps their order', async () => {
    const warn = sinon.stub(console, 'warn');
    warnInput('spasm-timer', 'mode', 'lava', 'not "cold" or "heat"', 'cold');
    expect(warn.callCount, 'a string needs no preview').to.equal(1);

    warnInput('spasm-checklist', 'steps', [{ id: 'a' }], 'step 1 has no title', 'the default steps');
    warnInput('spasm-timer', 'minutes', 45, 'over 20', '20');
    expect(warn.callCount, 'the object waits for its preview, and the number waits behind it').to.equal(1);

    // The waiting warnings were chained on this same promise first, so they have printed once it settles here.
    await previewReady();
    expect(warn.args.map(([text]) => String(text))).to.deep.equal([
      '<spasm-timer> mode="lava": not "cold" or "heat"; using cold.',
      '<spasm-checklist> steps=[{"id":"a"}]: step 1 has no title; using the default steps.',
      '<spasm-timer> minutes=45: over 20; using 20.',
    ]);

    warnInput('spasm-quiz', 'questions', { a: 1 }, 'not a list', 'the default questions');
    expect(warn.callCount, 'once loaded, every warning comes at once').to.equal(4);
  });
});
