import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds a Chromium for tests and benchmarks: an installed one first (Debian's
 * `chromium`, or a Chrome), then Playwright's own, downloading Playwright's
 * only when nothing is installed. `RAPPORT_CHROMIUM` overrides all of that.
 */
export function findChromium(): string {
  const fromEnv = process.env.RAPPORT_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path && existsSync(path)) return path;
    } catch {
      // not installed under this name
    }
  }
  const bundled = playwrightChromium();
  if (bundled) return bundled;
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const downloaded = playwrightChromium();
  if (!downloaded) throw new Error('No Chromium found and Playwright could not install one.');
  return downloaded;
}

function playwrightChromium(): string | undefined {
  try {
    const path = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Flags for a closed network and a root user (see the machine notes in the README). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
