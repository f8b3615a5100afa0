// The Debian browsers every test launches, and the Chromium flags they need
// here: root needs --no-sandbox, and without the background-networking flags
// Chromium keeps trying to reach the (closed) network.
import { execFileSync } from 'node:child_process';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Oldest major versions the tests run on. Firefox: puppeteer-core 24 drives it
 * over WebDriver BiDi and sends commands (emulation.setScreenOrientationOverride)
 * that Firefox ESR 140 does not know; ESR 153 does. .ci/run upgrades below these.
 */
export const MINIMUM_VERSIONS = { chromium: 150, firefox: 153 };

const BROWSERS = {
  chromium: { label: 'Chromium', path: chromiumPath, variable: 'CHROME_PATH' },
  firefox: { label: 'Firefox ESR', path: firefoxPath, variable: 'FIREFOX_PATH' },
};

/** Major version per executable path, or why there is none: one `--version` run per browser per process. */
const versions = new Map();

/** The major version `<path> --version` prints (a number), or a sentence saying why there is none. */
export function browserVersion(path) {
  if (!versions.has(path)) versions.set(path, readVersion(path));
  return versions.get(path);
}

function readVersion(path) {
  let output;
  try {
    // Debian's chromium wrapper prints shell noise on stderr: only stdout counts.
    output = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    });
  } catch (error) {
    return error.code === 'ENOENT' ? 'not installed' : `\`--version\` failed (${error.message.split('\n')[0]})`;
  }
  // "Chromium 156.0.8078.79 built on Debian GNU/Linux 12", "Mozilla Firefox 153.7.0esr"
  const match = /(\d+)\.\d+/.exec(output);
  return match ? Number(match[1]) : `no version in ${JSON.stringify(output.trim().slice(0, 80))}`;
}

/**
 * Throws one Error naming every browser (of `names`) that is missing or older
 * than MINIMUM_VERSIONS, with the version found and how to fix it.
 */
export function checkBrowserVersions(names = ['chromium', 'firefox']) {
  const unfit = names
    .map((name) => ({ ...BROWSERS[name], minimum: MINIMUM_VERSIONS[name], found: browserVersion(BROWSERS[name].path) }))
    .filter(({ minimum, found }) => !(found >= minimum));
  if (unfit.length === 0) return;
  const lines = unfit.map(
    ({ label, path, minimum, found }) =>
      `${label} at ${path}: ${typeof found === 'number' ? `version ${found}` : found}; the tests need ${minimum} or newer.`
  );
  const variables = unfit.map(({ label, minimum, variable }) => `${variable} to a ${label} ${minimum}+`).join(' and ');
  throw new Error(
    `${lines.join('\n')}\nFix: apt-get update && apt-get install -y chromium firefox-esr\n  or set ${variables}.`
  );
}

/** checkBrowserVersions() for entry points: prints its message alone (no stack) and exits 1. */
export function requireBrowserVersions(names) {
  try {
    checkBrowserVersions(names);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
