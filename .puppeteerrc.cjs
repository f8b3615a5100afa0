// Browsers come from Debian (chromium, firefox-esr); puppeteer must never download one.
module.exports = { skipDownload: true };
