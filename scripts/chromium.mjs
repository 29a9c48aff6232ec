// How every browser test and script here starts Debian's Chromium (Playwright's own browser
// download is not reachable): the Vitest browser projects, the e2e suite, the dist tests in
// Chromium and the screenshot script. The background-networking flags keep Chromium from
// opening connections that this machine's closed network refuses.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
