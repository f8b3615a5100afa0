/**
 * Registers every widget, as src/define.ts does, after Lit's hydration
 * support: the entry of the CDN drop-in for server-rendered pages
 * (dist/cdn/spasm-widgets-hydrate.js, see HYDRATING_ALL_IN_ONE in
 * src/widgets.js). The support must run before LitElement's module, which
 * asks for it once, as it loads; a page of the CDN drop-ins has no other
 * place to load it first. Each widget then takes over the shadow root the
 * server rendered (spasm-widgets/ssr) instead of rendering it again.
 * Bundlers import the support themselves (README: Server rendering).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './define.js';
