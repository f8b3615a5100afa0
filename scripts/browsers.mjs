// The Debian browsers every test launches, and the Chromium flags they need
// here: root needs --no-sandbox, and without the background-networking flags
// Chromium keeps trying to reach the (closed) network.
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
