import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { rendered } from './story-helpers.js';

/**
 * The page's look, as a health site would write it. The widgets are themed only through
 * their public custom properties, set once on the page. Contrast (WCAG AA, 4.5:1 for text):
 * text #1c2b2a on #f4f8f7 13.7:1; muted #4b5d5b 6.5:1; accent #0f6b63 5.9:1 and white on it
 * 6.4:1; cold #1b5a86 and heat #9a3a12 on white 7.4:1 and 7.0:1; urgent, right and wrong
 * on white 7.9:1, 6.6:1 and 7.3:1.
 */
const styles = html`<style>
  .hp {
    --spasm-color-accent: #0f6b63;
    --spasm-color-cold: #1b5a86;
    --spasm-color-heat: #9a3a12;
    --spasm-color-track: #c5d3d1;
    --spasm-color-text: #1c2b2a;
    --spasm-color-surface: #ffffff;
    --spasm-color-muted: #4b5d5b;
    --spasm-color-on-accent: #ffffff;
    --spasm-color-urgent: #9b2226;
    --spasm-color-right: #1e6b34;
    --spasm-color-wrong: #a4262c;
    --spasm-focus-ring: 3px solid #8a4b00;
    --spasm-radius: 0.75rem;
    --spasm-spacing: clamp(0.75rem, 3vw, 1.25rem);
    background: #f4f8f7;
    color: #1c2b2a;
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    font-size: 1.0625rem;
    line-height: 1.6;
    padding: clamp(1rem, 4vw, 2.5rem);
  }
  .hp article {
    max-inline-size: 42rem;
    margin-inline: auto;
  }
  .hp h1,
  .hp h2,
  .hp h3 {
    color: #0e4d49;
    line-height: 1.25;
  }
  .hp h1 {
    font-size: clamp(1.75rem, 6vw, 2.5rem);
    margin-block: 0.25rem 1rem;
  }
  .hp h2 {
    font-size: clamp(1.35rem, 4.5vw, 1.75rem);
    margin-block: 2.5rem 0.75rem;
    padding-block-start: 1.5rem;
    border-block-start: 1px solid #c5d3d1;
  }
  .hp h3 {
    font-size: 1.2rem;
    margin-block: 1.5rem 0.5rem;
  }
  .hp p,
  .hp ul {
    margin-block: 0 1rem;
  }
  .hp li + li {
    margin-block-start: 0.35rem;
  }
  .hp .kicker {
    color: #0f6b63;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    font-size: 0.85rem;
    margin: 0;
  }
  .hp .standfirst {
    font-size: 1.2rem;
    color: #2d3d3b;
  }
  .hp nav {
    background: #e6f0ee;
    border-radius: 0.75rem;
    padding: 0.75rem 1.25rem;
  }
  .hp nav p {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .hp nav ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .hp a {
    color: #0e4d49;
  }
  .hp a:focus-visible {
    outline: 3px solid #8a4b00;
    outline-offset: 2px;
  }
  .hp .widget {
    margin-block: 1.5rem;
  }
  .hp .widget.narrow {
    max-inline-size: 26rem;
    margin-inline: auto;
  }
  .hp footer {
    margin-block-start: 2.5rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid #c5d3d1;
    color: #4b5d5b;
    font-size: 0.95rem;
  }
</style>`;

/**
 * Every medical sentence rests on the sources listed in docs/medical-content.md (NHS, then NICE, then the
 * Cochrane review); the widgets carry their own content.
 */
const article = () =>
  html`${styles}
    <main class="hp" lang="en">
      <article>
        <header>
          <p class="kicker">Back pain</p>
          <h1>Lower-back muscle spasm: what to do when your back locks up</h1>
          <p class="standfirst">
            A back spasm can be very painful and make it hard to move. The good news: most back pain gets better on its
            own, usually within a few weeks. Serious causes are very rare. Here is what to do now, how to use cold and
            heat safely, and how to look after your back.
          </p>
          <nav aria-label="On this page">
            <p>On this page</p>
            <ul>
              <li><a href="#what-it-is">What a back spasm is</a></li>
              <li><a href="#first-aid">First aid: what to do now</a></li>
              <li><a href="#ice-and-heat">Cold and heat</a></li>
              <li><a href="#prevention">Looking after your back</a></li>
            </ul>
          </nav>
        </header>

        <section aria-labelledby="what-it-is">
          <h2 id="what-it-is">What a back spasm is</h2>
          <p>
            A spasm is when the muscles in your back suddenly tighten on their own. It is often your body guarding a
            strained muscle, ligament or joint. It can be very painful and make it hard to move.
          </p>
          <p>A spasm can start when you:</p>
          <ul>
            <li>lift something;</li>
            <li>bend over;</li>
            <li>twist;</li>
            <li>make a sudden movement, or even sneeze.</li>
          </ul>
          <p>Often there is no clear cause.</p>
          <p>
            A spasm doesn't mean you have a serious injury. A small movement can set one off. Most back pain, spasms
            included, gets better on its own, usually within a few weeks. Sometimes it lasts longer or comes back.
          </p>
        </section>

        <section aria-labelledby="first-aid">
          <h2 id="first-aid">First aid: what to do now</h2>
          <p>
            Ease off whatever set it off, but keep moving gently. Some pain when you move is normal. It doesn't mean you
            are doing harm.
          </p>
          <p>
            The check at the top of the checklist asks about the warning signs that mean you need help today or now.
            Then come the steps. You can tick them off as you go, and the cold and heat steps can start the timer
            further down the page. The checklist also says when to see a GP.
          </p>
          <spasm-checklist class="widget" timer="article-timer"></spasm-checklist>
          <p>
            Stay as active as you can. Carry on with your daily activities as much as the pain allows. Staying in bed
            doesn't help and can slow your recovery. Take short, slow walks a few times a day, and build up.
          </p>
          <p>
            Rest when you need to, but only for a short time and well supported. Lie on your back with a pillow under
            your knees, or on your side with a pillow between your knees. Then get moving again.
          </p>
          <p>
            Take pain relief if it is safe for you. Anti-inflammatory painkillers, such as ibuprofen, can help. Don't
            take ibuprofen if you are pregnant. Don't take it if aspirin, ibuprofen or another anti-inflammatory has
            ever given you an allergic reaction or wheezing.
          </p>
          <p>Check with a pharmacist first if any of these is true for you:</p>
          <ul>
            <li>You are over 65.</li>
            <li>You have asthma.</li>
            <li>You have had a stomach ulcer or bleed.</li>
            <li>You have heart, kidney or liver problems, or high blood pressure.</li>
            <li>You take other medicines, especially blood thinners, steroids or another anti-inflammatory.</li>
          </ul>
          <p>
            Follow the label. Take the lowest dose for the shortest time. Paracetamol on its own isn't usually
            recommended for back pain, but it can be used with another painkiller. If you can't take ibuprofen, or it
            isn't helping, ask a pharmacist or GP what you can take.
          </p>
          <p>
            If the pain or spasm is very bad, a doctor may prescribe a medicine for a few days, such as a muscle
            relaxant. It can make you drowsy and dizzy. Don't drive, use machines or drink alcohol while you take it. It
            can be habit-forming.
          </p>
        </section>

        <section aria-labelledby="ice-and-heat">
          <h2 id="ice-and-heat">Cold and heat</h2>
          <h3>Cold or heat: use whichever helps</h3>
          <p>
            Cold or heat can ease the pain. Either can help, so use whichever helps you. For cold, use an ice pack or a
            gel pack. For heat, use a heat pack or a hot-water bottle. Many people find heat helps a spasm.
          </p>
          <p>
            Many people use cold in the first day or two after the spasm starts, and heat after that. This is only a
            suggestion, not a rule. Using heat early is fine too.
          </p>
          <h3>Using them safely</h3>
          <p>
            Always wrap the pack in a cloth or towel. Never put ice or a hot pack straight on your skin. Keep each
            session to about 15 minutes, and never more than 20. Then wait at least 2 hours before the next session on
            the same skin.
          </p>
          <p>
            These limits are for ice packs, gel packs and hot-water bottles. A low-heat wrap that you wear for hours
            follows its maker's instructions instead.
          </p>
          <p>
            Don't use cold or heat on skin that is numb or broken, or where you have poor feeling or blood flow. Stop if
            your skin goes very red, blistered or numb. Don't fall asleep on a heat pad.
          </p>
          <p>
            The timer counts one session at a time and never runs longer than 20 minutes. It tells you when your skin
            has rested enough for the next one.
          </p>
          <spasm-timer class="widget narrow" id="article-timer" mode="cold" minutes="15"></spasm-timer>
        </section>

        <section aria-labelledby="prevention">
          <h2 id="prevention">Looking after your back</h2>
          <p>These things may help to prevent back pain:</p>
          <ul>
            <li>
              Be active regularly. Pick something you enjoy, such as walking, swimming, yoga or pilates. Keeping at it
              matters more than the kind of activity.
            </li>
            <li>Do exercises that strengthen and stretch your back and trunk.</li>
            <li>Don't sit still for long. Get up and move regularly.</li>
            <li>Being overweight can raise your risk of back pain.</li>
          </ul>
          <p>
            When you lift something, bend your knees, keep the load close and don't twist. This is good practice. But
            learning to lift this way has not been shown to prevent back pain.
          </p>
          <h3>Test yourself</h3>
          <p>A few quick questions on looking after your back, and some common myths.</p>
          <spasm-quiz class="widget"></spasm-quiz>
        </section>

        <footer>
          <p>
            This article is general information, not a doctor's advice. It is based on NHS and NICE guidance (not
            endorsed by them).
          </p>
        </footer>
      </article>
    </main>`;

const meta = {
  title: 'Examples/Health article',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
  // The article is in English, so its widgets are too.
  globals: { locale: 'en' },
  render: article,
} satisfies Meta;

export default meta;

/** A health site's article with each widget where the site would put it, themed to the page. */
export const Article: StoryObj = {
  play: async ({ canvasElement }) => {
    // The checklist comes before its timer on the page: the link must still be made.
    const checklist = await rendered(canvasElement, 'spasm-checklist');
    if (!checklist.shadowRoot?.querySelector('[part~="timer-button"]'))
      throw new Error('the checklist is not linked to the article timer');
  },
};
