// Serves the browser scripts' pages and files with @web/dev-server, on
// 127.0.0.1, never cached: files under the repository (URL prefixes may map to
// a folder of it, e.g. '/cdn/' to 'dist/cdn/'), and pages made in code.
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * An import map for pages that load the npm build (dist/, which imports Lit
 * by name) from this server: Lit from the repository's node_modules, as a
 * bundler would resolve it.
 */
export const LIT_IMPORT_MAP = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
});

const TEXT = /html|javascript|css|json|svg|text/;

/** A response body (a string, bytes, or a file's stream) as bytes. */
async function bodyBytes(body) {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  const chunks = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Starts the server; resolves to its origin and a `stop()`.
 * - `routes`: URL prefix to a folder of the repository, both ending in '/'.
 * - `page(path, query)`: a page made in code, `{ body, type?, headers? }`, or undefined.
 * - `delay(path)`: ms to wait before answering (a slow network), 0 by default.
 * - `gzip`: text (pages, scripts, styles, JSON) gzip-encoded for a browser that
 *   accepts it, as every CDN and web host serves it; for the benchmarks, whose
 *   throttled network counts the bytes sent.
 */
export async function serve({ routes = {}, page = () => undefined, delay = () => 0, gzip = false }) {
  const server = await startDevServer({
    config: {
      rootDir: ROOT,
      hostname: '127.0.0.1',
      middleware: [
        async (context, next) => {
          const wait = delay(context.path);
          if (wait > 0) await new Promise((done) => setTimeout(done, wait));
          const made = page(context.path, context.URL.searchParams);
          if (made) {
            context.type = made.type ?? 'html';
            context.body = made.body;
            context.set(made.headers ?? {});
          } else {
            const prefix = Object.keys(routes).find((start) => context.path.startsWith(start));
            if (prefix) context.url = `/${routes[prefix]}${context.url.slice(prefix.length)}`;
            await next();
            // Browsers ask for /favicon.ico on their own; a 404 would show up as a console error.
            if (context.path === '/favicon.ico' && context.status === 404) context.status = 204;
          }
          context.set('cache-control', 'no-store');
          if (
            gzip &&
            context.status === 200 &&
            TEXT.test(context.type) &&
            context.acceptsEncodings('gzip') === 'gzip'
          ) {
            context.body = gzipSync(await bodyBytes(context.body));
            context.set('content-encoding', 'gzip');
          }
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://127.0.0.1:${server.config.port}`, stop: () => server.stop() };
}
