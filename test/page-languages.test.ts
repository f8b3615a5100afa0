/**
 * The drop-in starts loading the page's languages before any widget is
 * defined (src/core/page-languages.ts, issue 25). This file imports no widget:
 * the elements below stay undefined, so whatever loaded, the widget code
 * didn't ask for it.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { waitFor } from './helpers.js';
import type { MessageGroup } from '../src/core/localization.js';
import { WIDGETS } from '../src/widgets.js';

const [first, second, third] = WIDGETS;
/** A widget's message group is its folder (src/widgets.js). */
const groupOf = (widget: (typeof WIDGETS)[number]) => widget.folder as MessageGroup;

describe('page languages: the drop-in starts loading them before the widgets are defined', () => {
  it('loads the shared and own messages of each widget in the page, in its language, and nothing else', async () => {
    const warn = sinon.spy(console, 'warn');
    document.body.innerHTML = `<div lang="fr-CA"><${first.tag}></${first.tag}></div>
      <${second.tag} lang="de"></${second.tag}>
      <${third.tag} lang="xx-unknown"></${third.tag}>`;
    const { isLocaleReady } = await import('../src/core/localization.js');
    await import('../src/core/page-languages.js');
    try {
      await waitFor(
        () => isLocaleReady('fr', ['shared', groupOf(first)]) && isLocaleReady('de', ['shared', groupOf(second)]),
        'the French and German messages of the widgets in the page'
      );
      // Only what the page shows: not the French of the second widget, nor the German of the first.
      expect(isLocaleReady('fr', [groupOf(second)])).to.equal(false);
      expect(isLocaleReady('de', [groupOf(first)])).to.equal(false);
      for (const tag of WIDGETS.map((widget) => widget.tag)) expect(customElements.get(tag)).to.equal(undefined);
      // An unknown language is the widget's to report, once, when it connects (a site may still register it).
      expect(warn.called).to.equal(false);
    } finally {
      warn.restore();
      document.body.innerHTML = '';
    }
  });
});
