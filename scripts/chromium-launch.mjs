// How every Chromium of this project is launched: the e2e tests, the size budget (and, with its own
// copy kept as measured, the benchmark). Debian's Chromium by default (no browser downloads here);
// CHROMIUM_PATH overrides it.

/** The flags every launch shares: no sandbox (CI runs as root), no GPU, nothing fetched in the background. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

/** Playwright launch options: the shared flags, then `extra`. */
export function chromiumLaunch(extra = []) {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extra],
  };
}
