import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { LitElement } from 'lit';
import { defineElement } from '../src/core/define.js';
import { lazy } from '../src/core/lazy.js';
import { Persistence, type OpenStore, type OpenStoreFunction } from '../src/core/persistence.js';
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

describe('Persistence', () => {
  class PersistHost extends LitElement {
    persist = true;
    storageKey = 'persist-host-test';
  }
  customElements.define('persist-host-test', PersistHost);

  it('a save asked for while the store opens is made once it is open (a server-rendered widget ticked early)', async () => {
    const host = document.createElement('persist-host-test') as PersistHost;
    document.body.append(host);
    let saves = 0;
    let finishLoading!: (open: OpenStoreFunction<number>) => void;
    const openStore = lazy(() => new Promise<OpenStoreFunction<number>>((resolve) => (finishLoading = resolve)));
    const persistence = new Persistence<number>(host, openStore, { snapshot: () => 1, adopt() {}, now: () => 0 });
    const store: OpenStore = { save: () => saves++, refresh() {}, note: () => undefined, close() {} };
    try {
      const opening = persistence.matchSettings();
      persistence.save();
      expect(saves).to.equal(0);
      finishLoading(() => store);
      await opening;
      expect(saves).to.equal(1);
      persistence.save();
      expect(saves).to.equal(2);
    } finally {
      host.remove();
    }
  });
});
