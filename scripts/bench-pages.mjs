// What the phone benchmarks (bench-phone.mjs, bench-timers.mjs) share: the
// emulated mid-range phone, the article pages they load, and medians.
//
// The phone (issue 25): Chromium's DevTools CPU throttling at 4x
// (Emulation.setCPUThrottlingRate), a 375x812 touch viewport, and DevTools
// network throttling (Network.emulateNetworkConditions): 1.6 Mbps down,
// 750 kbps up, and a latency added to every request (150 ms, or 562 ms for a
// slow connection). DevTools adds the latency per request, not per TCP/TLS
// round trip, so a fresh connection costs no more than a reused one.
import { readFile } from 'node:fs/promises';
import { pasteBlock } from '../bin/embed-block.mjs';

export const PHONE = {
  cpuSlowdown: 4,
  viewport: { width: 375, height: 812, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  /** Bytes per second. */
  download: 1_600_000 / 8,
  upload: 750_000 / 8,
};

/** Applies the phone's CPU, screen and (with `latency`, in ms) network to a puppeteer page, before it navigates. */
export async function emulatePhone(page, { latency } = {}) {
  await page.setViewport(PHONE.viewport);
  await page.emulateCPUThrottling(PHONE.cpuSlowdown);
  if (latency !== undefined)
    await page.emulateNetworkConditions({ download: PHONE.download, upload: PHONE.upload, latency });
}

/** Parses `--runs N` (and other `--name N` options) from the command line. */
export function numberOption(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const README = new URL('../README.md', import.meta.url);
/** Where the README's blocks say dist/cdn/ is served. */
const README_BASE = '/assets/spasm-widgets/dist/cdn/';

/**
 * The README's Quick start paste block, as a site copies it (the first html
 * block that starts with the host rule's `<style>` and ends with the module
 * script), and the rule inside it. Throws unless it is exactly what
 * `npx spasm-widgets-embed` prints for an English page (bin/embed-block.mjs),
 * so the README, the benchmarks and the command can't drift apart.
 */
export async function readmePasteBlock() {
  const readme = await readFile(README, 'utf8');
  const block = readme.match(/```html\n(<style>[^`]*?<script type="module" src="[^"]+"><\/script>\n)```/)?.[1];
  const printed = pasteBlock({ lang: 'en', base: README_BASE });
  if (block !== printed)
    throw new Error(`README.md's Quick start block is not what npx spasm-widgets-embed prints:\n${printed}`);
  return { block, hostRule: block.match(/<style>\n([\s\S]*)<\/style>/)[1] };
}

/** A few paragraphs of an article about back spasm, per language: `before` the widgets and `after` them. */
export const ARTICLE = {
  en: {
    dir: 'ltr',
    title: 'Lower back muscle spasm: what to do now',
    before: [
      'A muscle spasm in the lower back is common and painful, but it usually settles within a few days to weeks. Gentle movement helps more than bed rest.',
    ],
    after: [
      'Keep moving as much as the pain allows: short walks around the house are better than lying still. Change position often, and avoid lifting heavy things for a few days.',
      'Cold or heat can ease the pain: use whichever helps. Never put ice or a hot pack straight on the skin, and never sleep with one in place.',
      'Most people are much better within six weeks. If the pain is not getting better after a few weeks, or it stops you working or sleeping, see a doctor or physiotherapist.',
    ],
  },
  ar: {
    dir: 'rtl',
    title: 'تشنج عضلات أسفل الظهر: ماذا تفعل الآن',
    before: [
      'تشنج عضلات أسفل الظهر شائع ومؤلم، لكنه غالبًا ما يتحسن خلال أيام قليلة إلى أسابيع. الحركة اللطيفة تفيد أكثر من الراحة في السرير.',
    ],
    after: [
      'استمر في الحركة بقدر ما يسمح به الألم: المشي القصير في المنزل أفضل من الاستلقاء دون حركة. غيّر وضعيتك كثيرًا، وتجنب حمل الأشياء الثقيلة لبضعة أيام.',
      'الكمادات الباردة أو الدافئة قد تخفف الألم: استخدم ما يساعدك منها. لا تضع الثلج أو الكمادة الساخنة مباشرة على الجلد، ولا تنم وهي في مكانها.',
      'يتحسن معظم الناس كثيرًا خلال ستة أسابيع. إذا لم يتحسن الألم بعد بضعة أسابيع، أو منعك من العمل أو النوم، فراجع طبيبًا أو أخصائي علاج طبيعي.',
    ],
  },
};

/**
 * An article page in `lang` with `middle` (the paste block, or plain HTML)
 * between its first paragraph and the rest; `head` goes in its <head>, `end`
 * at the end of its <body>.
 */
export function articlePage(lang, middle, head = '', end = '') {
  const article = ARTICLE[lang];
  const paragraphs = (texts) => texts.map((text) => `<p>${text}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}" dir="${article.dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${article.title}</title>
<style>body { font: 18px/1.6 sans-serif; margin: 0 auto; max-width: 42rem; padding: 1rem; } svg { max-width: 12rem; height: auto; }</style>
${head}</head>
<body><article><h1>${article.title}</h1>
${paragraphs(article.before)}
${middle}
${paragraphs(article.after)}
</article>${end}</body></html>`;
}
