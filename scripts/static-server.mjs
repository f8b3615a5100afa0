// One small static file server for the browser scripts (story smoke test,
// embed checks): files from folders mapped to URL prefixes, on a free port of
// 127.0.0.1, never cached, and never outside those folders.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a URL path, or undefined when no route maps it (or it leaves its folder). */
function fileFor(path, routes) {
  for (const [prefix, folder] of routes) {
    if (!path.startsWith(prefix)) continue;
    const root = resolve(folder);
    const file = resolve(join(root, path.slice(prefix.length)));
    return file === root || file.startsWith(root + sep) ? file : undefined;
  }
  return undefined;
}

/**
 * Starts the server. `routes`: [URL prefix, folder] pairs, first match wins;
 * a folder's index.html answers for it. `answer(path, response)` may respond
 * first (pages made in code) and returns true when it did. `headers(path)`
 * adds headers to every file (e.g. a Content-Security-Policy).
 */
export async function serveFiles({ routes, answer = () => false, headers = () => ({}) }) {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      if (answer(path, response)) return;
      let file = fileFor(path, routes);
      let info = file && (await stat(file).catch(() => undefined));
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        // Browsers ask for /favicon.ico on their own; a 404 would show up as a console error.
        response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
        ...headers(path),
      });
      createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  return server;
}
