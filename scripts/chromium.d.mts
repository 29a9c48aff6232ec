/** Launch options for Debian's Chromium (`CHROMIUM_PATH`, default `/usr/bin/chromium`). */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
