/**
 * The "Sources and review" panel: what the content rests on (the
 * authorities first, then the background articles), who checked it and
 * when, a site clinician's sign-off, and how far the translation shown has
 * been checked. It never says "reviewed" without saying who
 * (docs/medical-content.md). Rarely opened, so its own module, loaded on the
 * first open.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clinicalReviews } from '../generated/clinical-reviews.js';
import { CONTENT_REVIEW } from './content-review.js';
import { addMessageGroup, msg, siteLocales, sourceLocale, str } from './localization.js';
import type { SignOffView } from './signoff.js';
import { loaders } from '../generated/locale-loaders-sources.js';

/** The panel's own messages in `locale`: they load with it, not with every page's shared chunk. */
export const ready = (locale: string) => addMessageGroup('sources', loaders, locale);

/** The guidance the content follows, in the order of authority of docs/medical-content.md's Sources; titles stay in English. */
export const AUTHORITIES: readonly { title: string; address: string }[] = [
  { title: 'NHS: Back pain', address: 'https://www.nhs.uk/conditions/back-pain/' },
  { title: 'NHS: Ibuprofen for adults', address: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/' },
  {
    title: 'NICE guideline NG59: Low back pain and sciatica in over 16s: assessment and management',
    address: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    title: 'NICE Clinical Knowledge Summaries: Back pain - low (without radiculopathy)',
    address: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
  {
    title:
      'French SD et al. Superficial heat or cold for low back pain. Cochrane Database of Systematic Reviews 2006, CD004750',
    address: 'https://doi.org/10.1002/14651858.CD004750.pub2',
  },
];

/** The five articles the product began from (docs/medical-content.md: background, not authority), by their own titles. */
export const SEED_ARTICLES: readonly (string | undefined)[] = [
  'Muscle Spasm cause of low back pain',
  'What Is Your Back Muscle Spasm? All you Need to Know',
  'Lower Back Muscle Spasm',
  undefined,
  'Muscle Spasms in Lower Back',
];

const date = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(iso));

/** Call while rendering: msg() resolves in the widget's locale. */
export function sourcesPanel(locale: string, hostContent: boolean, signOff?: SignOffView): TemplateResult {
  return html`
    <p>
      ${msg('Based on NHS and NICE guidance (not endorsed by them).', {
        id: 'sources.basis',
        desc: 'First line of the sources panel. Keep "not endorsed by them": NHS and NICE did not approve this.',
      })}
      ${msg(
        str`Checked by the spasm-widgets maintainers on ${date(CONTENT_REVIEW.reviewed, locale)}. Not reviewed by a clinician. Next review due ${date(CONTENT_REVIEW.nextReview, locale)}.`,
        {
          id: 'sources.checked',
          desc: '${0} and ${1} are dates. Keep "Not reviewed by a clinician": it is true.',
        }
      )}
      ${msg(str`Content version ${CONTENT_REVIEW.version}.`, {
        id: 'sources.version',
        desc: '${0} is a version such as 2026.12: what a clinician signs off.',
      })}
    </p>
    ${signOff ? signOffLine(signOff, locale) : nothing}
    ${
      hostContent
        ? html`<p>
            ${msg('Some of the content here was supplied by this site, not by spasm-widgets.', {
              id: 'sources.host',
              desc: 'Shown when the website replaced the default steps or questions with its own.',
            })}
          </p>`
        : nothing
    }
    <p>
      ${msg('Guidance it follows:', { id: 'sources.authorities', desc: 'Before a list of guidance titles, in English.' })}
    </p>
    <ul>
      ${AUTHORITIES.map(({ title, address }) => html`<li lang="en">${title}: <a href=${address}>${address}</a></li>`)}
    </ul>
    <p>
      ${msg('Background articles it began from (not authorities):', {
        id: 'sources.articles',
        desc: 'Before a list of article titles, in English. They are background, not authority.',
      })}
    </p>
    <ul>
      ${SEED_ARTICLES.map((title) =>
        title
          ? html`<li lang="en">${title}</li>`
          : html`<li>
              ${msg('untitled', { id: 'sources.untitled', desc: 'An article in the list that has no title.' })}
            </li>`
      )}
    </ul>
    ${locale === sourceLocale ? nothing : html`<p>${translationStatus(locale)}</p>`}
  `;
}

/** How far the translation shown has been checked. */
function translationStatus(locale: string): string {
  if (siteLocales.has(locale))
    return msg('This translation was supplied by this site, not by spasm-widgets.', {
      id: 'sources.translation.site',
      desc: 'Translation status when the website added this language itself (registerTranslation).',
    });
  const review = clinicalReviews[locale];
  if (review)
    return msg(
      str`This translation was checked by ${review.reviewer} (registration ${review.registration}), a clinician who speaks the language, on ${date(review.reviewed, locale)}.`,
      {
        id: 'sources.translation.reviewed',
        desc: '${0} is a name, ${1} a registration number, ${2} a date.',
      }
    );
  return msg('This translation was drafted by machine and has not yet been checked by a clinician.', {
    id: 'sources.translation.draft',
    desc: 'Translation status: honest and plain.',
  });
}

/** "Reviewed for this site by …", or why that review no longer covers what is shown. */
function signOffLine({ signOff, status, languageName }: SignOffView, locale: string): TemplateResult {
  const who = `${signOff.name}, ${signOff.role} (${signOff.registration})`;
  const when = date(signOff.date, locale);
  return html`<p part="signoff">${signOffText(status, who, when, signOff.version, languageName)}</p>`;
}

function signOffText(
  status: SignOffView['status'],
  who: string,
  when: string,
  version: string,
  languageName: string
): string {
  if (status === 'valid')
    return msg(str`Reviewed for this site by ${who} on ${when}, for content version ${version}.`, {
      id: 'sources.signoff.valid',
      desc: '${0} is a clinician\'s name, role and registration number, e.g. "Dr A Patel, GP (GMC 1234567)"; ${1} a date; ${2} a version.',
    });
  if (status === 'changed')
    return msg(str`The content has changed since ${who} reviewed it for this site on ${when}.`, {
      id: 'sources.signoff.changed',
      desc: "A site clinician's sign-off no longer covers the text: a new version, or the site changed a message. ${0} is the clinician, ${1} a date.",
    });
  if (status === 'lapsed')
    return msg(str`${who} reviewed this for the site on ${when}. That review is over 12 months old and has lapsed.`, {
      id: 'sources.signoff.lapsed',
      desc: '${0} is the clinician, ${1} a date. Keep "12 months".',
    });
  return msg(str`${who} reviewed the ${languageName} text for this site, not this language.`, {
    id: 'sources.signoff.otherLanguage',
    desc: '${0} is the clinician, ${1} the name of a language, e.g. "English".',
  });
}
