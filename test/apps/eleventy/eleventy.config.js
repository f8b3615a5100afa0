// Eleventy with Lit's own plugin: the widgets render into the built pages as
// declarative shadow DOM, so the warning signs and the numbers to call are in
// the HTML before and without any script.
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { fixCheckedAttributes } from 'spasm-widgets/ssr';

/** @param {any} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['./widgets.js'] });
  // Lit's renderer writes an unticked box as checked="false", which ticks it (README, "Server rendering").
  eleventyConfig.addTransform('spasm-checked', (/** @type {string} */ content) => fixCheckedAttributes(content));
  return { dir: { input: 'src', output: '_site' } };
}
