import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { overrideMessages, registerTranslation } from '../src/index.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { captureWarnings, part, partText, renderedIn, timeNamedInWords, waitFor, warningText } from './helpers.js';

const warnings = (stub: sinon.SinonStub) => stub.getCalls().map((_, call) => warningText(stub, call));

// Registered languages stay for the page: each test registers its own (none of them shipped).
describe('registerTranslation', () => {
  afterEach(() => sinon.restore());

  it('adds a language every widget renders in, with English for what it leaves out', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="sq"></spasm-timer>`);
    const warn = captureWarnings();
    await registerTranslation('sq', {
      'timer.title': 'Kohëmatës akulli dhe nxehtësie',
      'timer.start': 'Fillo',
      'timer.time.label': 'Kanë mbetur {0}',
    });
    await renderedIn(timer, 'sq');
    expect(warn.callCount, warnings(warn).join('\n')).to.equal(0);
    expect(partText(timer, 'title')).to.equal('Kohëmatës akulli dhe nxehtësie');
    expect(partText(timer, 'primary-button')).to.equal('Fillo');
    // The value goes where the site put it, formatted in the language.
    await timeNamedInWords(timer);
    expect(part(timer, 'time').getAttribute('aria-label')).to.match(/^Kanë mbetur 15/);
    expect(part(timer, 'modes').querySelector('legend')?.textContent?.trim(), 'left out: English').to.equal('Therapy');
    expect(partText(timer, 'safety')).to.contain('Wrap the pack in a cloth');
  });

  it('switches widgets that showed English because the language was not there yet', async () => {
    const warn = captureWarnings();
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz lang="ms-MY"></spasm-quiz>`);
    await renderedIn(quiz, 'en');
    expect(warningText(warn)).to.contain('lang="ms-MY": not available');
    await registerTranslation('ms', { 'quiz.title': 'Kuiz sakit belakang' });
    await renderedIn(quiz, 'ms');
    expect(partText(quiz, 'title')).to.equal('Kuiz sakit belakang');
  });

  it('fills the plural forms a language does not use from its "other" form', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="eu"></spasm-checklist>`);
    await registerTranslation('eu', { 'checklist.progress.other': '{0}/{1} eginda' });
    await renderedIn(list, 'eu');
    expect(partText(list, 'progress')).to.equal(`0/${list.total} eginda`);
  });

  it('refuses a bad message with one warning naming the locale, the id and the problem, and keeps the rest', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="cy"></spasm-timer>`);
    const warn = captureWarnings();
    await registerTranslation('cy', {
      'timer.start': 'Dechrau',
      'timer.pause': 42 as unknown as string,
      'timer.reset': '<b>Ailosod</b>',
      'timer.time.label': 'Ar ôl',
      'timer.rest': 'Gorffwys {0} {1} {2}',
      'urgent.emergency.number': '{1}Argyfwng:{0} ffoniwch {2}',
      'timer.nope': 'Dim',
    });
    await renderedIn(timer, 'cy');
    expect(partText(timer, 'primary-button')).to.equal('Dechrau');
    expect(warnings(warn)).to.deep.equal([
      '<spasm-widgets> registerTranslation("cy") timer.pause=42: not a string; using English.',
      '<spasm-widgets> registerTranslation("cy") timer.reset="<b>Ailosod</b>": markup: a message is text (write {N} where the English has a tag); using English.',
      '<spasm-widgets> registerTranslation("cy") timer.time.label="Ar ôl": placeholders none; expected {0}; using English.',
      '<spasm-widgets> registerTranslation("cy") timer.rest="Gorffwys {0} {1} {2}": placeholders {0} {1} {2}; expected {0} {1}; using English.',
      '<spasm-widgets> registerTranslation("cy") urgent.emergency.number="{1}Argyfwng:{0} ffoniwch {2}": the placeholders of tags out of order; expected {0} {1} {2}; using English.',
      '<spasm-widgets> registerTranslation("cy") timer.nope="Dim": no message has this id; using English.',
    ]);
    await timeNamedInWords(timer);
    expect(part(timer, 'time').getAttribute('aria-label')).to.match(/left$/);
  });

  it("renders a site's text as text, and our markup where its placeholders say", async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="gl" emergency-number="112"></spasm-timer>`);
    const warn = captureWarnings();
    await registerTranslation('gl', {
      'timer.title': 'Frío & calor "seguro" <3',
      'urgent.emergency.number': '{0}Emerxencia & <3:{1} chama ao {2} se a dor ven con: &amp;',
    });
    await renderedIn(timer, 'gl');
    expect(warn.callCount, warnings(warn).join('\n')).to.equal(0);
    expect(partText(timer, 'title')).to.equal('Frío & calor "seguro" <3');
    const urgent = part(timer, 'urgent').querySelector('p:not([role="heading"])')!;
    expect(urgent.querySelector('strong')?.textContent).to.equal('Emerxencia & <3:');
    expect(urgent.querySelector('a[href="tel:112"]')?.textContent).to.equal('112');
    expect(urgent.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Emerxencia & <3: chama ao 112 se a dor ven con: &amp;'
    );
  });

  it("says in the sources panel that the translation is the site's", async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="is"></spasm-checklist>`);
    await registerTranslation('is', { 'sources.translation.site': 'Þýðing frá þessari síðu.' });
    await renderedIn(list, 'is');
    const sources = part<HTMLDetailsElement>(list, 'sources');
    sources.open = true;
    await waitFor(() => sources.textContent?.includes('Þýðing frá þessari síðu.'), 'the site translation status');
  });

  it('refuses what is not a language or not messages', async () => {
    const warn = captureWarnings();
    await registerTranslation('not a tag!', {});
    await registerTranslation('mt', 'hello' as unknown as Record<string, string>);
    expect(warnings(warn)).to.deep.equal([
      '<spasm-widgets> registerTranslation="not a tag!": not a language tag; using nothing.',
      '<spasm-widgets> registerTranslation("mt")="hello": not an object of message ids and texts; using nothing.',
    ]);
  });
});

describe('overrideMessages', () => {
  afterEach(() => sinon.restore());

  it("replaces a shipped language's wording and keeps the rest", async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="es"></spasm-timer>`);
    await renderedIn(timer, 'es');
    await overrideMessages('es', { 'timer.mode.heat': 'Manta eléctrica' });
    await waitFor(() => partText(timer, 'modes').includes('Manta eléctrica'), 'the override');
    expect(partText(timer, 'primary-button')).to.equal('Iniciar');
  });

  it('changes English wording too, and a later shipped chunk does not undo it', async () => {
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz></spasm-quiz>`);
    await overrideMessages('en', { 'quiz.title': 'Keep your back strong' });
    await overrideMessages('fr', { 'quiz.title': 'Gardez le dos fort' });
    await waitFor(() => partText(quiz, 'title') === 'Keep your back strong', 'the English override');
    quiz.lang = 'fr';
    await renderedIn(quiz, 'fr');
    expect(partText(quiz, 'title')).to.equal('Gardez le dos fort');
  });

  it('warns about a language that is neither shipped nor registered', async () => {
    const warn = captureWarnings();
    await overrideMessages('tlh', { 'timer.start': 'Qapla' });
    expect(warnings(warn)).to.deep.equal([
      '<spasm-widgets> overrideMessages("tlh")={"timer.start":"Qapla"}: not a shipped or registered language; using nothing.',
    ]);
  });
});
