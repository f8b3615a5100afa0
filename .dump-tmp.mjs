import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const root = '/work/main/storybook-static';
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((q, s) => { let p = join(root, decodeURIComponent(new URL(q.url, 'http://x').pathname)); if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html'); if (!existsSync(p)) { console.log('404', q.url); s.writeHead(404).end(); return; } s.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p)); }).listen(0, '127.0.0.1');
await new Promise(r => server.once('listening', r));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await b.newPage();
page.on('console', m => console.log('  [console.' + m.type() + ']', m.text().slice(0, 200)));
for (const id of process.argv.slice(2)) {
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${id}&viewMode=story`);
  const t1 = Date.now();
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', undefined, { timeout: 15000 }).catch(e => console.log('no finish', e.message));
  const t2 = Date.now();
  await page.waitForTimeout(1200);
  const out = await page.evaluate(() => { const el = document.querySelector('spasm-timer'); const sr = el.shadowRoot; return { lang: el.closest('[lang]')?.getAttribute('lang'), state: el.state, rem: el.remainingMs, next: el.nextSessionAt, text: sr.textContent.replace(/\s+/g, ' ').slice(0, 400), style: getComputedStyle(sr.querySelector('.base')).backgroundColor }; });
  console.log(id, `goto ${t1 - t0}ms finished +${t2 - t1}ms`, JSON.stringify(out));
}
await b.close(); server.close();
