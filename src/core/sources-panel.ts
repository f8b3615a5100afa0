/**
 * The "Sources and review" panel: what the content rests on, when it was
 * reviewed and how far the translation shown has been checked. Rarely
 * opened, so its own module, loaded on the first open; with the warning
 * once the content is due for review, so that the review record is in one
 * chunk, not one of its own behind this one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clinicalReviews } from '../generated/clinical-reviews.js';
import { CONTENT_REVIEW } from './content-review.js';
import { addMessageGroup, msg, siteLocales, sourceLocale, str } from './localization.js';
import { loaders } from '../generated/locale-loaders-sources.js';

/** The panel's own messages in `locale`: they load with it, not with every page's shared chunk. */
export const ready = (locale: string) => addMessageGroup('sources', loaders, locale);

/** The source articles by title (facts.md); their titles stay in English. */
const SEED_ARTICLES = [
  'Muscle Spasm cause of low back pain',
  'What Is Your Back Muscle Spasm? All you Need to Know',
  'Lower Back Muscle Spasm',
  'Two main causes of lower back muscle spasm',
  'Muscle Spasms in Lower Back',
];

const date = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(iso));

let warned = false;

/** Past the next review's date: the first overdue widget on a page warns. */
export function warnReviewOverdue(element: string): void {
  if (warned) return;
  warned = true;
  console.warn(`<${element}> content ${CONTENT_REVIEW.version} was due for review on ${CONTENT_REVIEW.nextReview}.`);
}

/** Call while rendering: msg() resolves in the widget's locale. */
export function sourcesPanel(locale: string, hostContent: boolean): TemplateResult {
  const reviewed = date(CONTENT_REVIEW.reviewed, locale);
  const next = date(CONTENT_REVIEW.nextReview, locale);
  const translationReviewed = clinicalReviews[locale];
  return html`
    <p>
      ${msg(str`Content version ${CONTENT_REVIEW.version}, reviewed on ${reviewed}. Next review due by ${next}.`, {
        id: 'sources.review',
        desc: '${0} is a version such as 2026.11; ${1} and ${2} are dates.',
      })}
    </p>
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
      ${msg('Based on these articles:', { id: 'sources.articles', desc: 'Before a list of article titles, in English.' })}
    </p>
    <ul>
      ${SEED_ARTICLES.map((title) => html`<li lang="en">${title}</li>`)}
    </ul>
    <p>
      ${msg(
        "The warning signs and the heat safety advice follow standard guidance: the NHS back pain page, NICE guideline NG59 and heat pad makers' instructions.",
        {
          id: 'sources.guidance',
          desc: 'Names the public guidance used beyond the articles. Keep "NHS" and "NICE guideline NG59".',
        }
      )}
    </p>
    ${
      locale === sourceLocale
        ? nothing
        : html`<p>
            ${
              siteLocales.has(locale)
                ? msg('This translation was supplied by this site, not by spasm-widgets.', {
                    id: 'sources.translation.site',
                    desc: 'Translation status when the website added this language itself (registerTranslation).',
                  })
                : translationReviewed
                  ? msg(
                      str`This translation was reviewed by a native-speaking clinician on ${date(translationReviewed, locale)}.`,
                      {
                        id: 'sources.translation.reviewed',
                        desc: '${0} is a date.',
                      }
                    )
                  : msg(
                      'This translation was machine-drafted and has not yet been reviewed by a native-speaking clinician.',
                      {
                        id: 'sources.translation.draft',
                        desc: 'Translation status: honest and plain.',
                      }
                    )
            }
          </p>`
    }
  `;
}
