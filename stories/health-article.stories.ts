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

/** Every sentence rests on shared/content/facts.md; the widgets carry their own content. */
const article = () =>
  html`${styles}
    <main class="hp" lang="en">
      <article>
        <header>
          <p class="kicker">Back pain</p>
          <h1>Lower-back muscle spasm: what to do when your back locks up</h1>
          <p class="standfirst">
            Most back pain involves a muscle spasm. The good news: a spasm usually loosens within a couple of days, and
            a strained muscle usually heals within one to two weeks. Here is what to do right away, how to use ice and
            heat safely, and how to keep it from coming back.
          </p>
          <nav aria-label="On this page">
            <p>On this page</p>
            <ul>
              <li><a href="#what-it-is">What a back spasm is</a></li>
              <li><a href="#first-aid">First aid: what to do now</a></li>
              <li><a href="#ice-and-heat">Ice and heat</a></li>
              <li><a href="#prevention">Preventing the next one</a></li>
            </ul>
          </nav>
        </header>

        <section aria-labelledby="what-it-is">
          <h2 id="what-it-is">What a back spasm is</h2>
          <p>
            A spasm is when the muscles in your back tighten on their own and stay tight. It is often your body's way of
            protecting something that got hurt, such as a muscle, a ligament, a tendon, a disc or one of the small
            joints of the spine.
          </p>
          <p>Lifting something heavy is the most common cause. A spasm can also start when you:</p>
          <ul>
            <li>bend over;</li>
            <li>make a sudden or jerky movement;</li>
            <li>play a sport with quick twists, like golf or football;</li>
            <li>cough or sneeze;</li>
            <li>shovel snow or rake leaves;</li>
            <li>do more than your body is ready for, like a "weekend warrior".</li>
          </ul>
          <p>It doesn't take a big injury: a sneeze or picking up a newspaper can be enough.</p>
          <p>
            Muscles tighten more easily when you get too little or too much exercise, when your stomach muscles are weak
            and your back muscles are weak and tight, when you don't drink enough, and when your posture is poor as you
            sit, stand or sleep.
          </p>
        </section>

        <section aria-labelledby="first-aid">
          <h2 id="first-aid">First aid: what to do now</h2>
          <p>
            Stop what you were doing at the first sign of a spasm, even if it only hurts a little. Then work through
            these steps in order. You can tick them off as you go, and the cold and heat steps can start the timer
            further down the page.
          </p>
          <spasm-checklist class="widget" timer="article-timer"></spasm-checklist>
          <p>
            Rest for only a day or two. Lie on your back with your upper body raised a little (about 30 degrees) and a
            pillow under your knees, or sit in a reclining chair with your legs supported and your knees slightly bent.
          </p>
          <p>
            Then keep moving gently: staying still for a long time makes muscles stiffer. Take short, slow walks a few
            times a day. If the pain is bad, you might walk for 5 minutes, rest for 30, and build up from there. Stay
            off hills and uneven ground while it hurts, and don't push through sharp pain.
          </p>
          <p>
            Pain relief you can buy without a prescription can help. Ibuprofen, naproxen and aspirin ease pain and
            inflammation; acetaminophen (paracetamol) eases pain but not inflammation. Read the label and stay within
            the dose it gives.
          </p>
          <p>Drink enough and eat well, especially if the cramps keep coming back.</p>
        </section>

        <section aria-labelledby="ice-and-heat">
          <h2 id="ice-and-heat">Ice and heat</h2>
          <h3>Cold first</h3>
          <p>
            For the first day or two, use cold to limit swelling and inflammation. An ice pack, a cold pack or a bag of
            frozen peas all work. Always put a cloth or towel between the ice and your skin: ice straight on the skin
            can cause frostbite.
          </p>
          <p>
            Keep each session to about 15 minutes, never more than 20. Then let your skin rest for at least 2 hours
            before the next one.
          </p>
          <h3>Then heat</h3>
          <p>
            After the first day or two, switch to heat. It helps tense muscles relax and brings blood flow to the area.
            Moist heat is best; a heat pack or a heating pad works too. Follow the instructions that came with the pad.
          </p>
          <p>
            As with cold, keep each session to about 15 minutes, never more than 20, with at least 2 hours in between.
            Every 4 hours is a good pace for heat.
          </p>
          <p>
            The timer counts one session at a time, never runs longer than 20 minutes, and tells you when your skin has
            rested enough for the next one.
          </p>
          <spasm-timer class="widget narrow" id="article-timer" mode="cold" minutes="15"></spasm-timer>
        </section>

        <section aria-labelledby="prevention">
          <h2 id="prevention">Preventing the next one</h2>
          <p>Once the spasm has passed and the inflammation has settled, these habits make another one less likely:</p>
          <ul>
            <li>Stretch every day. Your muscles do well with gentle stretching.</li>
            <li>Stay active, and keep at it: doing it regularly matters most, so pick activities you enjoy.</li>
            <li>
              Strengthen your back and your stomach muscles together. They work against each other, so keep them in
              balance.
            </li>
            <li>Train your deep core muscles. They keep your spine steady; sit-ups and crunches do little for them.</li>
            <li>Lift carefully. Heavy lifting is the most common cause of a spasm.</li>
            <li>Mind your posture when you sit, stand and sleep.</li>
            <li>Drink enough.</li>
            <li>If you are overweight, losing a few pounds takes load off your spine and joints.</li>
            <li>Wear low-heeled shoes. They help your posture and keep your lower back stable.</li>
            <li>Don't spend long stretches of time in bed or in a chair.</li>
          </ul>
          <p>If you are not active now, see a doctor before you start a new exercise programme.</p>
          <h3>Test yourself</h3>
          <p>A few quick questions on what keeps a spasm from coming back, and some common myths.</p>
          <spasm-quiz class="widget"></spasm-quiz>
        </section>

        <footer>
          <p>This article is general information, not medical advice.</p>
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
