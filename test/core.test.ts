import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../src/core/define.js';
import { localStore } from '../src/core/storage.js';
import { SpasmTimer } from '../src/timer/spasm-timer.js';
import '../src/timer/define.js';
import { captureWarnings, warningText } from './helpers.js';

describe('defineElement', () => {
  afterEach(() => sinon.restore());

  it('does nothing when the same class is defined again', () => {
    const warn = captureWarnings();
    expect(() => defineElement('spasm-timer', SpasmTimer)).not.to.throw();
    expect(customElements.get('spasm-timer')).to.equal(SpasmTimer);
    expect(warn.callCount).to.equal(0);
  });

  it('warns and keeps the first class when another copy claims the name', () => {
    const warn = captureWarnings();
    class OtherCopy extends HTMLElement {}
    expect(() => defineElement('spasm-timer', OtherCopy)).not.to.throw();
    expect(customElements.get('spasm-timer')).to.equal(SpasmTimer);
    expect(warn.callCount).to.equal(1);
    expect(warningText(warn)).to.contain('<spasm-timer>');
  });

  it('warns instead of throwing on an invalid name', () => {
    const warn = captureWarnings();
    expect(() => defineElement('no_dash', class extends HTMLElement {})).not.to.throw();
    expect(warn.callCount).to.equal(1);
  });
});

describe('localStore', () => {
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  it('round-trips JSON values', () => {
    const store = localStore('spasm-core-test', () => undefined);
    store.write({ a: 1 });
    expect(store.read()).to.deep.equal({ saved: { a: 1 }, tabCopy: undefined });
    localStorage.removeItem('spasm-core-test');
    expect(store.read().saved).to.equal(undefined);
  });

  it('returns unparseable text as-is for the caller to validate', () => {
    localStorage.setItem('spasm-core-test', '{oops');
    expect(localStore('spasm-core-test', () => undefined).read().saved).to.equal('{oops');
  });

  it('reports the first failure only, and never throws', () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const failures: string[] = [];
    const store = localStore('spasm-core-test', (operation) => failures.push(operation));
    expect(() => {
      store.write(1);
      store.write(2);
    }).not.to.throw();
    expect(failures).to.deep.equal(['write']);
  });

  it('a refused save is kept in the tab, and the older save is taken out of localStorage', () => {
    const store = localStore('spasm-core-test', () => undefined);
    store.write({ older: true });
    const setItem = sinon.stub(Storage.prototype, 'setItem').callsFake(function (this: Storage, key, value) {
      if (this === localStorage) throw new DOMException('full', 'QuotaExceededError');
      setItem.wrappedMethod.call(this, key, value);
    });
    expect(store.write({ newer: true })).to.equal(false);
    // Else a reload would read the older save first, and the tab's newer copy would be passed over.
    expect(store.read()).to.deep.equal({ saved: undefined, tabCopy: { newer: true } });
    sessionStorage.clear();
  });
});
